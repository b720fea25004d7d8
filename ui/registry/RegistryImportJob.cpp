// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegistryImportJob.h"

#include "database/Database.h"

#include <QElapsedTimer>
#include <QThread>

namespace cd::ui {

RegistryImportJob::RegistryImportJob(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database) {}

RegistryImportJob::~RegistryImportJob() {
    if (!m_thread)
        return;
    m_shared->cancel = true;
    m_thread->wait();
    delete m_thread;
}

void RegistryImportJob::start(const QString &path, RegistryImportOptions options) {
    if (m_thread)
        return;
    m_shared = std::make_shared<Shared>();
    options.cancel = &m_shared->cancel;

    if (m_database.isInMemory()) {
        options.progress = [this](qint64 rows, qint64) {
            emit progress(rows);
        };
        const auto result = RegistryImporter(m_database.connection()).run(path, options);
        emit finished(result);
        return;
    }

    // Reported at most ten times a second (the importer calls back every hundred rows), queued to the
    // job's thread. The job outlives the thread: its destructor waits for it.
    auto timer = std::make_shared<QElapsedTimer>();
    options.progress = [this, timer](qint64 rows, qint64) {
        if (timer->isValid() && timer->elapsed() < 100)
            return;
        timer->start();
        QMetaObject::invokeMethod(
            this, [this, rows] { emit progress(rows); }, Qt::QueuedConnection);
    };
    Database *database = &m_database;
    const std::shared_ptr<Shared> shared = m_shared;
    m_thread = QThread::create([database, shared, path, options] {
        // A Qt Sql connection belongs to the thread that opened it: open, use and close it here.
        auto connection = database->openAnotherConnection();
        if (!connection) {
            shared->result = connection.error();
            return;
        }
        shared->result = RegistryImporter(connection.value()->connection()).run(path, options);
    });
    connect(m_thread, &QThread::finished, this, &RegistryImportJob::collect);
    m_thread->start();
}

void RegistryImportJob::cancel() {
    if (m_shared)
        m_shared->cancel = true;
}

void RegistryImportJob::collect() {
    m_thread->deleteLater();
    m_thread = nullptr;
    const Result<RegistryImportReport> result =
        m_shared->result ? *m_shared->result
                         : Result<RegistryImportReport>(makeError(tr("The import stopped.")));
    emit finished(result);
}

} // namespace cd::ui
