// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QHash>
#include <QPair>
#include <QSqlDatabase>

#include <memory>

namespace cd {

// One scan, ready to be stored. The texts are UTF-8, SQLite's own encoding, converted by the thread that
// reads the file rather than by the one that writes.
struct ScanRecord {
    qint64 line = 0; // in the file, for errors
    qint64 checkpointId = 0;
    qint64 scannedAt = 0; // seconds since the epoch
    QByteArray personKey, personName, phone, idNumber, direction;
};

// What one import's scans added: its daily counts are raised by exactly these.
struct ScanWriteTally {
    qint64 added = 0;
    qint64 duplicates = 0;                           // stored already, or earlier in the same file
    QHash<QPair<qint64, qint64>, qint64> dailyAdded; // (checkpoint id, Vietnam day) → scans added

    void noteAdded(qint64 checkpointId, qint64 scannedAt, qint64 count = 1);
};

// Stores the scans of one import inside the caller's transaction. A scan already stored (same checkpoint,
// second and person), or written earlier in the same import, is left as it is and counted a duplicate:
// the first one wins.
//
// On SQLite the rows go through SQLite's own interface on Qt's connection, one at a time: a million rows
// are bound straight from the records' UTF-8, where QSqlQuery spends more time converting and naming
// bound values than SQLite spends storing them. On PostgreSQL they are sent with COPY in large steps
// (PgScanWriter.h). Any other driver gets the
// SQLite statement through QSqlQuery.
class ScanWriter {
public:
    // careful: on a server, every scan goes the way that skips what is stored (PgScanWriter.h).
    static Result<std::unique_ptr<ScanWriter>> open(const QSqlDatabase &db, qint64 importId,
                                                    bool careful = false);
    virtual ~ScanWriter() = default;

    // Stores the scan, or queues it to be stored by a later write() or finish(). Scans are written in the
    // file's order. An error that belongs to a row carries its line.
    virtual Status write(const ScanRecord &scan) = 0;
    // Stores what is queued and says what the whole import added. Until it returned, the connection may
    // be busy with the writer's own work: no other statement is run on it in between.
    virtual Result<ScanWriteTally> finish() = 0;
    // After a failed write() or finish(): the import met another one storing the same scans at the same
    // moment, and will succeed if run again carefully. The transaction is lost either way.
    virtual bool needsCarefulRerun() const { return false; }
    // Rows taken in before they are stored at once: the file's reader may read that far ahead of the
    // writer, and goes on reading while they are stored.
    virtual qint64 rowsStoredAtOnce() const { return 1; }

protected:
    static QString insertStatement();
};

} // namespace cd
