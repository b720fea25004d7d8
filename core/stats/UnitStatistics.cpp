// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnitStatistics.h"

#include "CheckpointFigures.h"
#include "units/AdminUnitRepository.h"
#include "units/OfficeScope.h"

#include <QCoreApplication>
#include <QHash>

namespace cd {

QVector<UnitStatisticsRow> UnitStatistics::flaggedRows() const {
    QVector<UnitStatisticsRow> flagged;
    for (const UnitStatisticsRow &row : rows) {
        if (row.noScans7d())
            flagged.append(row);
    }
    return flagged;
}

QStringList UnitStatistics::flaggedUnits() const {
    QStringList names;
    for (const UnitStatisticsRow &row : flaggedRows())
        names.append(row.unit.nameWithType);
    return names;
}

Result<UnitStatistics> UnitStatisticsQuery::table(const QDate &asOf, QDate from,
                                                  const QString &parentUnitCode) const {
    const auto start = stats::periodStart(asOf, from);
    if (!start)
        return start.error();
    from = start.value();

    const OfficeScope scope(m_db);
    const auto current = scope.current();
    if (!current)
        return makeError(
            QCoreApplication::translate("cd::UnitStatistics", "the database serves no area yet"));

    UnitStatistics result;
    result.from = from;
    result.asOf = asOf;
    result.parent = current->district ? *current->district : current->province;
    AdminUnits units = scope.reportingUnits();
    if (!parentUnitCode.isEmpty() && parentUnitCode != result.parent.code) {
        // The drill-down of a province table: one district's communes.
        const auto district = std::find_if(
            units.cbegin(), units.cend(), [&](const AdminUnit &unit) { return unit.code == parentUnitCode; });
        if (!current->isProvinceWide() || district == units.cend())
            return makeError(QCoreApplication::translate("cd::UnitStatistics", "%1 is not a district of %2")
                                 .arg(parentUnitCode, current->displayName()),
                             {}, 0, QStringLiteral("unit"));
        result.parent = *district;
        units = AdminUnitRepository(m_db).children(parentUnitCode);
    }

    QHash<QString, int> rowOfUnit;
    for (const AdminUnit &unit : units) {
        rowOfUnit.insert(unit.code, int(result.rows.size()));
        UnitStatisticsRow row;
        row.stt = int(result.rows.size()) + 1;
        row.unit = unit;
        result.rows.append(row);
    }
    // A province table counts each commune in its district's row.
    QHash<QString, int> rowOfCommune;
    for (const AdminUnit &commune : scope.communes())
        rowOfCommune.insert(commune.code,
                            rowOfUnit.value(commune.code, rowOfUnit.value(commune.parentCode, -1)));

    const auto figures = stats::checkpointFigures(m_db, from, asOf, false);
    if (!figures)
        return figures.error();
    for (const stats::CheckpointFigures &f : figures.value()) {
        const int index = rowOfCommune.value(f.communeCode, -1);
        if (index < 0)
            continue;
        UnitStatisticsRow &row = result.rows[index];
        row.scans += f.scans;
        row.scans7d += f.scans7d;
        if (f.counted) {
            ++row.checkpoints;
            row.withScans += f.scans > 0 ? 1 : 0;
            row.active7d += f.scans7d > 0 ? 1 : 0;
        }
    }
    for (UnitStatisticsRow &row : result.rows) {
        row.withoutScans = row.checkpoints - row.withScans;
        result.total.checkpoints += row.checkpoints;
        result.total.active7d += row.active7d;
        result.total.scans += row.scans;
        result.total.withScans += row.withScans;
        result.total.withoutScans += row.withoutScans;
        result.total.scans7d += row.scans7d;
    }
    return result;
}

} // namespace cd
