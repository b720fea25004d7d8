// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnitStatistics.h"

#include "database/SqlQuery.h"
#include "scans/ScanTime.h"
#include "units/OfficeScope.h"

#include <QCoreApplication>
#include <QHash>

namespace cd {
namespace {

// Runs a "commune code, number" query and adds each number to the row of the unit the commune counts in.
Status addPerCommune(const QSqlDatabase &db, const QString &statement, const QVariantList &values,
                     const QHash<QString, int> &rowOfCommune, QVector<UnitStatisticsRow> &rows,
                     qint64 UnitStatisticsRow::*field) {
    auto query = sql::exec(db, statement, values);
    if (!query)
        return query.error();
    while (query.value().next()) {
        const int row = rowOfCommune.value(query.value().value(0).toString(), -1);
        if (row >= 0)
            rows[row].*field += query.value().value(1).toLongLong();
    }
    return success();
}

} // namespace

Result<UnitStatistics> UnitStatisticsQuery::table(const QDate &asOf, QDate from) const {
    if (!asOf.isValid())
        return makeError(
            QCoreApplication::translate("cd::UnitStatistics", "the day of the statistics is missing"), {}, 0,
            QStringLiteral("as_of"));
    if (!from.isValid())
        from = QDate(asOf.year(), 1, 1);
    if (from > asOf)
        return makeError(QCoreApplication::translate("cd::UnitStatistics", "the period starts after it ends"),
                         {}, 0, QStringLiteral("from"));

    const OfficeScope scope(m_db);
    const auto current = scope.current();
    if (!current)
        return makeError(
            QCoreApplication::translate("cd::UnitStatistics", "the database serves no area yet"));

    UnitStatistics result{from, asOf, {}, {}};
    QHash<QString, int> rowOfUnit;
    for (const AdminUnit &unit : scope.reportingUnits()) {
        rowOfUnit.insert(unit.code, int(result.rows.size()));
        result.rows.append({int(result.rows.size()) + 1, unit, 0, 0, 0});
    }
    // A province table counts each commune in its district's row.
    QHash<QString, int> rowOfCommune;
    for (const AdminUnit &commune : scope.communes())
        rowOfCommune.insert(
            commune.code, rowOfUnit.value(current->isProvinceWide() ? commune.parentCode : commune.code, -1));

    const qint64 firstDay = scantime::dateToDay(from);
    const qint64 lastDay = scantime::dateToDay(asOf);
    const QString fromText = from.toString(Qt::ISODate);
    const QString asOfText = asOf.toString(Qt::ISODate);
    const struct {
        QString statement;
        QVariantList values;
        qint64 UnitStatisticsRow::*field;
    } parts[] = {
        {QStringLiteral("SELECT commune_code, count(*) FROM checkpoints WHERE registered_on <= ? "
                        "AND (closed_on IS NULL OR closed_on >= ?) GROUP BY commune_code"),
         {asOfText, fromText},
         &UnitStatisticsRow::checkpoints},
        {QStringLiteral(
             "SELECT c.commune_code, sum(d.scans) FROM daily_counts d JOIN checkpoints c ON c.id = "
             "d.checkpoint_id WHERE d.day BETWEEN ? AND ? GROUP BY c.commune_code"),
         {firstDay, lastDay},
         &UnitStatisticsRow::scans},
        {QStringLiteral(
             "SELECT c.commune_code, count(DISTINCT d.checkpoint_id) FROM daily_counts d JOIN checkpoints c "
             "ON c.id = d.checkpoint_id WHERE d.day BETWEEN ? AND ? AND d.scans > 0 GROUP BY c.commune_code"),
         {lastDay - 6, lastDay},
         &UnitStatisticsRow::active7d},
    };
    for (const auto &part : parts) {
        if (auto added =
                addPerCommune(m_db, part.statement, part.values, rowOfCommune, result.rows, part.field);
            !added)
            return added.error();
    }
    for (const UnitStatisticsRow &row : result.rows) {
        result.total.checkpoints += row.checkpoints;
        result.total.active7d += row.active7d;
        result.total.scans += row.scans;
    }
    return result;
}

} // namespace cd
