// SPDX-License-Identifier: GPL-3.0-or-later
#include "TraceJob.h"

#include "common/VnFormat.h"
#include "database/Database.h"
#include "trace/ContactTracer.h"
#include "trace/PersonSearch.h"
#include "trace/TraceAudit.h"

#include <QPointer>
#include <QThread>

namespace cd::ui {

TraceJob::TraceJob(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database) {}

TraceJob::~TraceJob() {
    stopThread();
}

void TraceJob::stopThread() {
    if (!m_thread)
        return;
    if (m_cancel)
        *m_cancel = true;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

TraceJob::Outcome TraceJob::run(const QSqlDatabase &db, const TraceRequest &request,
                                const std::atomic_bool &cancel) {
    Outcome outcome;
    trace::Person person;
    if (request.person) {
        person = *request.person;
    } else {
        const auto people = trace::PersonSearch(db).find(request.kind, request.text, request.options.from,
                                                         request.options.to);
        if (!people) {
            outcome.error = people.error().message;
            return outcome;
        }
        if (people->isEmpty()) {
            outcome.error = request.kind == trace::QueryKind::Name
                                ? tr("Nobody who scanned between %1 and %2 is named “%3”.")
                                      .arg(format::date(request.options.from),
                                           format::date(request.options.to), request.text.trimmed())
                                : tr("Nobody in the stored scans matches “%1”.").arg(request.text.trimmed());
            return outcome;
        }
        if (people->size() > 1) {
            if (auto logged = trace::recordCandidates(db, request.kind, *people, request.options.from,
                                                      request.options.to);
                !logged) {
                outcome.error = logged.error().message;
                return outcome;
            }
            outcome.candidates = people.value();
            return outcome;
        }
        person = people->first();
    }
    const auto result = trace::ContactTracer(db).trace(person, request.options, &cancel);
    if (!result) {
        outcome.error = result.error().message;
        return outcome;
    }
    // Recorded before it is shown: a trace the log cannot hold is not shown.
    if (auto logged = trace::recordTrace(db, *result, request.person ? request.person->kind : request.kind);
        !logged) {
        outcome.error = logged.error().message;
        return outcome;
    }
    outcome.result = result.value();
    return outcome;
}

void TraceJob::deliver(const Outcome &outcome) {
    m_running = false;
    if (!outcome.error.isEmpty())
        emit failed(outcome.error);
    else if (outcome.result)
        emit traced(*outcome.result);
    else
        emit candidatesFound(outcome.candidates);
    emit finished();
}

void TraceJob::start(const TraceRequest &request) {
    stopThread(); // a trace takes milliseconds; a name search at most a few seconds
    m_running = true;
    const quint64 generation = ++m_generation;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    if (m_database.isInMemory()) {
        deliver(run(m_database.connection(), request, *m_cancel));
        return;
    }
    Database *database = &m_database;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    QPointer<TraceJob> self(this);
    m_thread = QThread::create([self, database, request, cancel, generation] {
        Outcome outcome;
        {
            // A Qt Sql connection belongs to the thread that opened it: open, use and close it here.
            auto connection = database->openAnotherConnection();
            if (!connection)
                outcome.error = connection.error().message;
            else
                outcome = run(connection.value()->connection(), request, *cancel);
        }
        if (*cancel)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, outcome, generation] {
                if (self && generation == self->m_generation)
                    self->deliver(outcome);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

} // namespace cd::ui
