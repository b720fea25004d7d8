// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScanQueries.h"

#include "ScanTime.h"
#include "database/SqlQuery.h"

#include <QDateTime>

namespace cd {

Result<QVector<StoredScan>> ScanQueries::scans(const QString &checkpointCode, const QDate &from,
                                               const QDate &to, int limit) const {
    // Vietnam days to instants: from 00:00 of the first day to 24:00 of the last. An open end is left out
    // rather than written as the extreme integer, which PostgreSQL reads as out of range.
    QString statement =
        QStringLiteral("SELECT s.scanned_at, c.code, c.name, s.person_name, s.phone, s.id_number, "
                       "s.direction FROM scans s JOIN checkpoints c ON c.id = s.checkpoint_id WHERE TRUE");
    QVariantList values;
    if (from.isValid()) {
        statement += QStringLiteral(" AND s.scanned_at >= ?");
        values << scantime::dateToDay(from) * 86400 - scantime::kVietnamOffsetSeconds;
    }
    if (to.isValid()) {
        statement += QStringLiteral(" AND s.scanned_at < ?");
        values << (scantime::dateToDay(to) + 1) * 86400 - scantime::kVietnamOffsetSeconds;
    }
    if (!checkpointCode.isEmpty()) {
        statement += QStringLiteral(" AND c.code = ?");
        values << checkpointCode;
    }
    statement += QStringLiteral(" ORDER BY s.scanned_at, c.code LIMIT ?");
    values << limit;
    auto query = sql::exec(m_db, statement, values);
    if (!query)
        return query.error();
    QVector<StoredScan> result;
    while (query.value().next()) {
        const QSqlQuery &q = query.value();
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                       q.value(6).toString()});
    }
    return result;
}

QVector<ImportRecord> ScanQueries::imports() const {
    QVector<ImportRecord> result;
    auto query = sql::exec(
        m_db, QStringLiteral("SELECT id, kind, file_name, file_size, sha256, imported_at, rows_read, "
                             "added, duplicates, rejected FROM imports ORDER BY id"));
    if (!query)
        return result;
    while (query.value().next()) {
        const QSqlQuery &q = query.value();
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toLongLong(), q.value(4).toString(),
                       QDateTime::fromString(q.value(5).toString(), Qt::ISODate), q.value(6).toLongLong(),
                       q.value(7).toLongLong(), q.value(8).toLongLong(), q.value(9).toLongLong()});
    }
    return result;
}

} // namespace cd
