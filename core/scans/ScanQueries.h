// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QDate>
#include <QSqlDatabase>
#include <QVector>

namespace cd {

struct StoredScan {
    qint64 when = 0; // seconds since the epoch
    QString checkpointCode;
    QString checkpointName;
    QString personName;
    QString phone;
    QString idNumber;
    QString direction;
};

struct ImportRecord {
    qint64 id = 0;
    QString kind;
    QString fileName;
    qint64 fileSize = 0;
    QString sha256;
    QDateTime importedAt;
    qint64 rowsRead = 0, added = 0, duplicates = 0, rejected = 0;
};

// Read access to stored scans and the import log.
class ScanQueries {
public:
    explicit ScanQueries(QSqlDatabase db)
        : m_db(std::move(db)) {}

    // Scans of a checkpoint (all when empty) between two Vietnam days, inclusive, oldest first; at most
    // `limit` rows.
    Result<QVector<StoredScan>> scans(const QString &checkpointCode, const QDate &from, const QDate &to,
                                      int limit = 100000) const;
    QVector<ImportRecord> imports() const;

private:
    QSqlDatabase m_db;
};

} // namespace cd
