// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/RegistryImport.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace cd {
class Database;
}

namespace cd::ui {

// Runs RegistryImporter::run on a thread of its own, with its own connection to the database file, so
// that the window stays responsive through a long register. An in-memory database cannot be shared
// between connections: that one is imported on the calling thread (tests and the demo only).
class RegistryImportJob : public QObject {
    Q_OBJECT

public:
    explicit RegistryImportJob(Database &database, QObject *parent = nullptr);
    // Cancels a running import and waits for its thread, which stops at the next row.
    ~RegistryImportJob() override;

    // Options' cancel and progress are the job's own.
    void start(const QString &path, RegistryImportOptions options);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void progress(qint64 rowsRead);
    // Always emitted once per start(), on the thread that owns the job.
    void finished(const cd::Result<cd::RegistryImportReport> &result);

private:
    // What the worker thread writes, read back once it has finished.
    struct Shared {
        std::atomic_bool cancel = false;
        std::optional<Result<RegistryImportReport>> result;
    };

    void collect();

    Database &m_database;
    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
};

} // namespace cd::ui
