// SPDX-License-Identifier: GPL-3.0-or-later
#include "Job.h"

#include "database/Database.h"

#include <QElapsedTimer>
#include <QThread>

#include <algorithm>

namespace cd::ui {

// One start(): shared by the job and the thread running it, so that a superseded run can finish on its own
// while the job already runs the next.
struct JobRun {
    std::atomic_bool cancel = false;
    QThread *thread = nullptr;
    // Read and written by the work's thread only.
    QElapsedTimer sinceProgress;
};

JobContext::JobContext(Job *job, std::shared_ptr<JobRun> run, QSqlDatabase connection, bool background)
    : m_job(job)
    , m_run(std::move(run))
    , m_connection(std::move(connection))
    , m_background(background) {}

const std::atomic_bool &JobContext::cancelFlag() const {
    return m_run->cancel;
}

void JobContext::reportProgress(qint64 done, qint64 total, const QString &text) {
    if (!m_background) {
        emit m_job->progress(done, total, text);
        return;
    }
    const bool last = total > 0 && done >= total;
    if (!progressDue() && !last)
        return;
    post([job = m_job, done, total, text] { emit job->progress(done, total, text); });
}

bool JobContext::progressDue() {
    if (!m_background)
        return true;
    // Importers call back every hundred rows: more than anyone can read, and a flood of queued events.
    if (m_run->sinceProgress.isValid() && m_run->sinceProgress.elapsed() < 100)
        return false;
    m_run->sinceProgress.start();
    return true;
}

void JobContext::post(std::function<void()> call) {
    if (!m_background) {
        call();
        return;
    }
    // Queued to the job: dropped by Qt if the job is deleted first, and here if the run was superseded.
    QMetaObject::invokeMethod(
        m_job,
        [job = m_job, run = m_run, call = std::move(call)] {
            if (job->isCurrent(*run))
                call();
        },
        Qt::QueuedConnection);
}

Job::Job(QObject *parent)
    : QObject(parent) {}

Job::Job(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(&database) {}

Job::~Job() {
    for (const auto &run : m_threads)
        run->cancel = true;
    for (const auto &run : m_threads) {
        run->thread->wait();
        delete run->thread;
    }
}

bool Job::runsInBackground() const {
    return !m_database || !m_database->isInMemory();
}

bool Job::wasCancelled() const {
    return m_current ? m_current->cancel.load() : m_lastCancelled;
}

void Job::cancel() {
    if (m_current)
        m_current->cancel = true;
}

bool Job::start(Work work, Start mode) {
    if (m_current && mode == Start::IfIdle)
        return false;
    std::shared_ptr<JobRun> superseded = std::move(m_current);
    auto run = std::make_shared<JobRun>();
    // Current before the superseded run's finished(): its handlers see a job still running.
    m_current = run;
    if (superseded) {
        superseded->cancel = true;
        emit finished();
    }

    if (!runsInBackground()) {
        JobContext context(this, run, m_database->connection(), false);
        conclude(run, work(context));
        return true;
    }

    Database *database = m_database;
    run->thread = QThread::create([this, run, database, work = std::move(work)] {
        Result<Delivery> outcome = makeError(QString());
        {
            // Opened, used and closed on this thread, before the outcome leaves it.
            std::unique_ptr<Database> own;
            if (database) {
                auto opened = database->openAnotherConnection();
                if (opened)
                    own = std::move(opened).value();
                else
                    outcome = opened.error();
            }
            if (!database || own) {
                JobContext context(this, run, own ? own->connection() : QSqlDatabase(), true);
                outcome = work(context);
            }
        }
        // Not through JobContext::post: a superseded run must still be joined.
        QMetaObject::invokeMethod(
            this, [this, run, outcome] { conclude(run, outcome); }, Qt::QueuedConnection);
    });
    m_threads.push_back(run);
    run->thread->start();
    return true;
}

void Job::join(const std::shared_ptr<JobRun> &run) {
    if (!run->thread)
        return;
    // The thread's last act was to queue the call that got here: this wait is immediate.
    run->thread->wait();
    delete run->thread;
    run->thread = nullptr;
    m_threads.erase(std::remove(m_threads.begin(), m_threads.end(), run), m_threads.end());
}

void Job::conclude(const std::shared_ptr<JobRun> &run, const Result<Delivery> &outcome) {
    join(run);
    if (!isCurrent(*run))
        return; // superseded: its finished() went when it was
    m_lastCancelled = run->cancel;
    // Idle before anything is reported, so that a handler may start the next run.
    m_current.reset();
    if (!outcome) {
        if (m_lastCancelled)
            emit cancelled();
        else
            emit failed(outcome.error().toString());
    } else if (outcome.value()) {
        outcome.value()();
    }
    emit finished();
}

} // namespace cd::ui
