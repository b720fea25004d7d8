// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

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

// Stores the scans of one import, one row at a time, inside the caller's transaction. A scan already
// stored (same checkpoint, second and person) is left as it is and reported as such.
//
// On SQLite the rows go through SQLite's own interface on Qt's connection: a million rows are bound
// straight from the records' UTF-8, where QSqlQuery spends more time converting and naming bound values
// than SQLite spends storing them. Any other driver (PostgreSQL) gets the same statement through
// QSqlQuery.
class ScanWriter {
public:
    static Result<std::unique_ptr<ScanWriter>> open(const QSqlDatabase &db, qint64 importId);
    virtual ~ScanWriter() = default;

    // True when the scan was added, false when it was there already.
    virtual Result<bool> insert(const ScanRecord &scan) = 0;

protected:
    static QString insertStatement();
};

} // namespace cd
