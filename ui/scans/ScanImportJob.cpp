// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScanImportJob.h"

#include "database/Database.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

namespace cd::ui {
namespace {

// Runs one file, timing it; `report` sees the rows read.
ScanFileOutcome importFile(QSqlDatabase db, const QString &path, const ScanImportOptions &options) {
    ScanFileOutcome outcome;
    outcome.path = path;
    outcome.fileSize = QFileInfo(path).size();
    QElapsedTimer timer;
    timer.start();
    outcome.result = ScanImporter(std::move(db)).run(path, options);
    outcome.elapsedMs = timer.elapsed();
    return outcome;
}

} // namespace

ScanImportJob::ScanImportJob(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database) {}

ScanImportJob::~ScanImportJob() {
    if (!m_thread)
        return;
    m_shared->cancel = true;
    m_thread->wait();
    delete m_thread;
}

void ScanImportJob::start(const QStringList &paths, const ScanImportOptions &base,
                          const std::optional<tabular::ColumnMapping> &firstMapping,
                          const QString &firstSheet) {
    if (m_running)
        return;
    m_running = true;
    m_shared = std::make_shared<Shared>();
    const std::shared_ptr<Shared> shared = m_shared;
    auto optionsFor = [shared, base, firstMapping, firstSheet](int index) {
        ScanImportOptions options = base;
        if (index == 0) {
            options.mapping = firstMapping;
            options.sheet = firstSheet;
        }
        options.cancel = &shared->cancel;
        return options;
    };

    if (m_database.isInMemory()) {
        for (int index = 0; index < paths.size() && !shared->cancel; ++index) {
            emit fileStarted(index, paths[index], QFileInfo(paths[index]).size());
            ScanImportOptions options = optionsFor(index);
            options.progress = [this, index](qint64 rows, qint64 bytes) {
                emit progress(index, rows, bytes);
            };
            emit fileFinished(index, importFile(m_database.connection(), paths[index], options));
        }
        m_running = false;
        emit finished();
        return;
    }

    // Everything the thread reports is queued to the job's thread; the job outlives the thread (its
    // destructor waits for it), and queued calls to a deleted job are dropped.
    Database *database = &m_database;
    m_thread = QThread::create([this, database, shared, paths, optionsFor] {
        // A Qt Sql connection belongs to the thread that opened it: open, use and close it here.
        auto connection = database->openAnotherConnection();
        for (int index = 0; index < paths.size() && !shared->cancel; ++index) {
            const QString path = paths[index];
            const qint64 size = QFileInfo(path).size();
            QMetaObject::invokeMethod(
                this, [this, index, path, size] { emit fileStarted(index, path, size); },
                Qt::QueuedConnection);
            ScanFileOutcome outcome;
            if (!connection) {
                outcome.path = path;
                outcome.fileSize = size;
                outcome.result = connection.error();
            } else {
                ScanImportOptions options = optionsFor(index);
                // At most ten reports a second.
                auto timer = std::make_shared<QElapsedTimer>();
                options.progress = [this, index, timer](qint64 rows, qint64 bytes) {
                    if (timer->isValid() && timer->elapsed() < 100)
                        return;
                    timer->start();
                    QMetaObject::invokeMethod(
                        this, [this, index, rows, bytes] { emit progress(index, rows, bytes); },
                        Qt::QueuedConnection);
                };
                outcome = importFile(connection.value()->connection(), path, options);
            }
            QMetaObject::invokeMethod(
                this, [this, index, outcome] { emit fileFinished(index, outcome); }, Qt::QueuedConnection);
        }
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_running = false;
        emit finished();
    });
    m_thread->start();
}

void ScanImportJob::cancel() {
    if (m_shared)
        m_shared->cancel = true;
}

} // namespace cd::ui
