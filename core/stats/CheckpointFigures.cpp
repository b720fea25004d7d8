// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckpointFigures.h"

#include "database/SqlQuery.h"
#include "scans/ScanTime.h"
#include "units/OfficeScope.h"

#include <QCoreApplication>

namespace cd::stats {

Result<QVector<CheckpointFigures>> checkpointFigures(const QSqlDatabase &db, const QDate &from,
                                                     const QDate &asOf, bool withLastScan) {
    const qint64 firstDay = scantime::dateToDay(from);
    const qint64 lastDay = scantime::dateToDay(asOf);
    const QString fromText = from.toString(Qt::ISODate);
    const QString asOfText = asOf.toString(Qt::ISODate);
    // Days are indexed (daily_counts_by_day), so the two windows read only their own days; dates of the
    // register are ISO text, which compares in date order on every database.
    QString statement = QStringLiteral(
        "SELECT c.id, c.commune_code,"
        " CASE WHEN c.registered_on <= ? AND (c.closed_on IS NULL OR c.closed_on >= ?) THEN 1 ELSE 0 END,"
        " CASE WHEN c.closed_on IS NOT NULL AND c.closed_on <= ? THEN 1 ELSE 0 END,"
        " CASE WHEN c.registered_on <= ? THEN 1 ELSE 0 END,"
        " COALESCE(p.scans, 0), COALESCE(w.scans, 0)%1"
        " FROM checkpoints c"
        " LEFT JOIN (SELECT checkpoint_id, SUM(scans) AS scans FROM daily_counts"
        "  WHERE day BETWEEN ? AND ? GROUP BY checkpoint_id) p ON p.checkpoint_id = c.id"
        " LEFT JOIN (SELECT checkpoint_id, SUM(scans) AS scans FROM daily_counts"
        "  WHERE day BETWEEN ? AND ? GROUP BY checkpoint_id) w ON w.checkpoint_id = c.id%2");
    QVariantList values{asOfText, fromText, asOfText, asOfText, firstDay, lastDay, lastDay - 6, lastDay};
    if (withLastScan) {
        statement = statement.arg(
            QStringLiteral(", l.last_day"),
            QStringLiteral(
                " LEFT JOIN (SELECT checkpoint_id, MAX(day) AS last_day FROM daily_counts"
                "  WHERE day <= ? AND scans > 0 GROUP BY checkpoint_id) l ON l.checkpoint_id = c.id"));
        values.append(lastDay);
    } else {
        statement = statement.arg(QString(), QString());
    }
    auto query = sql::exec(db, statement, values);
    if (!query)
        return query.error();
    QVector<CheckpointFigures> figures;
    QSqlQuery &q = query.value();
    while (q.next()) {
        CheckpointFigures f;
        f.id = q.value(0).toLongLong();
        f.communeCode = q.value(1).toString();
        f.counted = q.value(2).toInt() != 0;
        f.closedByAsOf = q.value(3).toInt() != 0;
        f.registeredByAsOf = q.value(4).toInt() != 0;
        f.scans = q.value(5).toLongLong();
        f.scans7d = q.value(6).toLongLong();
        if (withLastScan && !q.value(7).isNull())
            f.lastScanDay = scantime::dayToDate(q.value(7).toLongLong());
        figures.append(std::move(f));
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
