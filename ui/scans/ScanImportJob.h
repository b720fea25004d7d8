// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scans/ScanImport.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace cd {
class Database;
}

namespace cd::ui {

// What importing one file did, with what the speed display needs.
struct ScanFileOutcome {
    QString path;
    qint64 fileSize = 0;
    qint64 elapsedMs = 0;
    Result<ScanImportReport> result = makeError(QString());
};

// Imports scan files one after the other with ScanImporter on a thread of its own, with its own connection
// to the database file. An in-memory database cannot be shared between connections: that one is imported
// on the calling thread (tests and the demo only). Cancelling rolls back the file being read and skips
// the ones after it.
class ScanImportJob : public QObject {
    Q_OBJECT

public:
    explicit ScanImportJob(Database &database, QObject *parent = nullptr);
    // Cancels a running import and waits for its thread, which stops within a few thousand rows.
    ~ScanImportJob() override;

    // `base` carries the choices that apply to every file (skip invalid rows, the date order);
    // `firstMapping` is the mapping confirmed in the preview, for the first file only (the others are
    // detected, or recalled by their headers).
    void start(const QStringList &paths, const ScanImportOptions &base,
               const std::optional<tabular::ColumnMapping> &firstMapping = {},
               const QString &firstSheet = {});
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void fileStarted(int index, const QString &path, qint64 fileSize);
    void progress(int index, qint64 rowsRead, qint64 bytesRead);
    void fileFinished(int index, const cd::ui::ScanFileOutcome &outcome);
    // Once per start(), after the last fileFinished.
    void finished();

private:
    struct Shared {
        std::atomic_bool cancel = false;
    };

    Database &m_database;
    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
    bool m_running = false;
};

} // namespace cd::ui
