// SPDX-License-Identifier: GPL-3.0-or-later
#include "CopyArea.h"

#include "database/SqlQuery.h"
#include "units/AdminUnitRepository.h"
#include "units/OfficeScope.h"
#include "units/UnitMatcher.h"

#include <algorithm>

namespace cd {

CopyArea::CopyArea(QStringList districtCodes)
    : m_districtCodes(std::move(districtCodes)) {
    std::sort(m_districtCodes.begin(), m_districtCodes.end());
    m_districtCodes.erase(std::unique(m_districtCodes.begin(), m_districtCodes.end()), m_districtCodes.end());
}

Result<CopyArea> CopyArea::wholeDatabase(const QSqlDatabase &db) {
    auto found =
        sql::exec(db, QStringLiteral("SELECT DISTINCT a.parent_code FROM checkpoints c JOIN admin_units a "
                                     "ON a.code = c.commune_code"));
    if (!found)
        return found.error();
    QStringList codes;
    while (found.value().next())
        codes << found.value().value(0).toString();
    // An office whose register is still empty moves its settings and log: its district is its scope.
    if (const auto scope = OfficeScope(db).current(); scope && scope->district)
        codes << scope->district->code;
    return CopyArea(codes);
}

Result<AdminUnit> CopyArea::resolveDistrict(const QSqlDatabase &db, const QString &text) {
    const AdminUnitRepository units(db);
    if (const auto unit = units.unit(text.trimmed()); unit && unit->level == AdminUnit::Level::District)
        return *unit;
    const auto scope = OfficeScope(db).current();
    if (scope && scope->isProvinceWide())
        return OfficeScope(db).reportingUnitMatcher().match(text);
    AdminUnits districts;
    for (const AdminUnit &province : units.provinces())
        districts += units.children(province.code);
    return UnitMatcher(districts, tr("Vietnam")).match(text);
}

QString CopyArea::placeholders() const {
    QStringList marks;
    for (qsizetype i = 0; i < m_districtCodes.size(); ++i)
        marks << QStringLiteral("?");
    return marks.join(u',');
}

QString CopyArea::communePredicate(const QString &column) const {
    if (isEmpty())
        return QStringLiteral("1 = 0");
    return QStringLiteral("%1 IN (SELECT code FROM admin_units WHERE parent_code IN (%2))")
        .arg(column, placeholders());
}

QString CopyArea::unitPredicate(const QString &column) const {
    if (isEmpty())
        return QStringLiteral("1 = 0");
    return QStringLiteral("(%1 IN (%2) OR %3)").arg(column, placeholders(), communePredicate(column));
}

QVariantList CopyArea::values() const {
    QVariantList out;
    for (const QString &code : m_districtCodes)
        out << code;
    return out;
}

QVariantList CopyArea::unitValues() const {
    return values() + values();
}

} // namespace cd
