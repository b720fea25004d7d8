// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckpointFigures.h"

#include "database/SqlQuery.h"
#include "scans/ScanTime.h"
#include "units/OfficeScope.h"

#include <QCoreApplication>
#include <QHash>

namespace cd::stats {

Result<QVector<CheckpointFigures>> checkpointFigures(const QSqlDatabase &db, const QDate &from,
                                                     const QDate &asOf) {
    const qint64 firstDay = scantime::dateToDay(from);
    const qint64 lastDay = scantime::dateToDay(asOf);
    const QString fromText = from.toString(Qt::ISODate);
    const QString asOfText = asOf.toString(Qt::ISODate);
    // The register's dates are ISO text, which compares in date order on every database. A checkpoint
    // whose registration day is unknown (NULL: an office's register that did not say) counts on every day.
    auto registered =
        sql::exec(db,
                  QStringLiteral("SELECT id, commune_code,"
                                 " CASE WHEN (registered_on IS NULL OR registered_on <= ?) AND (closed_on IS "
                                 "NULL OR closed_on >= ?)"
                                 " THEN 1 ELSE 0 END,"
                                 " CASE WHEN closed_on IS NOT NULL AND closed_on <= ? THEN 1 ELSE 0 END,"
                                 " CASE WHEN registered_on IS NULL OR registered_on <= ? THEN 1 ELSE 0 END"
                                 " FROM checkpoints"),
                  {asOfText, fromText, asOfText, asOfText});
    if (!registered)
        return registered.error();
    QVector<CheckpointFigures> figures;
    QHash<qint64, qsizetype> indexOf;
    for (QSqlQuery &q = registered.value(); q.next();) {
        CheckpointFigures f;
        f.id = q.value(0).toLongLong();
        f.communeCode = q.value(1).toString();
        f.counted = q.value(2).toInt() != 0;
        f.closedByAsOf = q.value(3).toInt() != 0;
        f.registeredByAsOf = q.value(4).toInt() != 0;
        indexOf.insert(f.id, figures.size());
        figures.append(std::move(f));
    }
    // One pass over the daily counts up to as_of, in the primary key's (checkpoint, day) order, gives the
    // period's scans, the last 7 days' and the last scan day together. Bounding it below with the
    // period's start would make SQLite walk the day index and look every row up, twice as slow for the
    // usual period "từ đầu năm"; the table holds one row per checkpoint and day, not per scan.
    auto counted = sql::exec(db,
                             QStringLiteral("SELECT checkpoint_id,"
                                            " SUM(CASE WHEN day >= ? THEN scans ELSE 0 END),"
                                            " SUM(CASE WHEN day >= ? THEN scans ELSE 0 END),"
                                            " MAX(CASE WHEN scans > 0 THEN day END)"
                                            " FROM daily_counts WHERE day <= ? GROUP BY checkpoint_id"),
                             {firstDay, lastDay - 6, lastDay});
    if (!counted)
        return counted.error();
    for (QSqlQuery &q = counted.value(); q.next();) {
        const qsizetype index = indexOf.value(q.value(0).toLongLong(), -1);
        if (index < 0)
            continue;
        CheckpointFigures &f = figures[index];
        f.scans = q.value(1).toLongLong();
        f.scans7d = q.value(2).toLongLong();
        if (!q.value(3).isNull())
            f.lastScanDay = scantime::dayToDate(q.value(3).toLongLong());
    }
    return figures;
}

Result<QDate> periodStart(const QDate &asOf, const QDate &from) {
    if (!asOf.isValid())
        return makeError(
            QCoreApplication::translate("cd::UnitStatistics", "the day of the statistics is missing"), {}, 0,
            QStringLiteral("as_of"));
    const QDate start = from.isValid() ? from : QDate(asOf.year(), 1, 1);
    if (start > asOf)
        return makeError(QCoreApplication::translate("cd::UnitStatistics", "the period starts after it ends"),
                         {}, 0, QStringLiteral("from"));
    return start;
}

Result<AdminUnits> communesOf(const QSqlDatabase &db, const QString &unitCode) {
    const OfficeScope scope(db);
    const auto current = scope.current();
    if (!current)
        return makeError(
            QCoreApplication::translate("cd::UnitStatistics", "the database serves no area yet"));
    const AdminUnits all = scope.communes();
    if (unitCode.isEmpty() || unitCode == current->province.code ||
        (current->district && unitCode == current->district->code))
        return all;
    AdminUnits part;
    for (const AdminUnit &commune : all) {
        if (commune.code == unitCode || commune.parentCode == unitCode)
            part.append(commune);
    }
    if (part.isEmpty())
        return makeError(QCoreApplication::translate("cd::UnitStatistics", "unit %1 is not in %2")
                             .arg(unitCode, current->displayName()),
                         {}, 0, QStringLiteral("unit"));
    return part;
}

} // namespace cd::stats
