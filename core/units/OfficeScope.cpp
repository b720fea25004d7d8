// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfficeScope.h"

#include "AdminUnitRepository.h"
#include "database/SqlQuery.h"
#include "database/Transaction.h"
#include "settings/SettingsStore.h"

#include <QSet>

namespace cd {
namespace {
const QString kProvinceKey = QStringLiteral("scope.province_code");
const QString kDistrictKey = QStringLiteral("scope.district_code");
} // namespace

QString Scope::displayName() const {
    return district ? district->nameWithType + QStringLiteral(", ") + province.nameWithType
                    : province.nameWithType;
}

std::optional<Scope> OfficeScope::current() const {
    const SettingsStore settings(m_db);
    const QString provinceCode = settings.value(kProvinceKey);
    if (provinceCode.isEmpty())
        return std::nullopt;
    const AdminUnitRepository units(m_db);
    Scope scope;
    const auto province = units.unit(provinceCode);
    if (!province)
        return std::nullopt;
    scope.province = *province;
    if (const QString districtCode = settings.value(kDistrictKey); !districtCode.isEmpty())
        scope.district = units.unit(districtCode);
    return scope;
}

Result<Scope> OfficeScope::configure(const QString &provinceName, const QString &districtName) {
    AdminUnitRepository units(m_db);
    if (auto loaded = units.ensureLoaded(); !loaded)
        return loaded.error();

    const auto province = UnitMatcher(units.provinces(), tr("Vietnam")).match(provinceName);
    if (!province)
        return Error{province.error().message, {}, 0, QStringLiteral("province")};
    Scope wanted{province.value(), std::nullopt};
    if (!districtName.trimmed().isEmpty()) {
        const auto district =
            UnitMatcher(units.children(province->code), province->nameWithType).match(districtName);
        if (!district)
            return Error{district.error().message, {}, 0, QStringLiteral("district")};
        wanted.district = district.value();
    }

    if (const auto existing = current()) {
        const bool same = existing->province.code == wanted.province.code &&
                          existing->isProvinceWide() == wanted.isProvinceWide() &&
                          (wanted.isProvinceWide() || existing->district->code == wanted.district->code);
        if (same)
            return wanted;
        return makeError(tr("this database already serves %1; create a new database for %2")
                             .arg(existing->displayName(), wanted.displayName()));
    }

    Transaction transaction(m_db);
    SettingsStore settings(m_db);
    if (auto s = settings.setValue(kProvinceKey, wanted.province.code); !s)
        return s.error();
    if (auto s = settings.setValue(kDistrictKey, wanted.district ? wanted.district->code : QString()); !s)
        return s.error();
    if (!transaction.commit())
        return makeError(tr("could not save the scope: %1").arg(transaction.failure()));
    return wanted;
}

AdminUnits OfficeScope::communes() const {
    const auto scope = current();
    if (!scope)
        return {};
    const AdminUnitRepository units(m_db);
    if (scope->district)
        return units.children(scope->district->code);
    AdminUnits all;
    for (const AdminUnit &district : units.children(scope->province.code))
        all += units.children(district.code);
    return all;
}

AdminUnits OfficeScope::reportingUnits() const {
    const auto scope = current();
    if (!scope)
        return {};
    const AdminUnitRepository units(m_db);
    return units.children(scope->district ? scope->district->code : scope->province.code);
}

Status OfficeScope::setOrder(const QStringList &unitCodes) {
    const AdminUnits inScope = reportingUnits();
    QSet<QString> known;
    for (const AdminUnit &unit : inScope)
        known.insert(unit.code);
    QSet<QString> seen;
    for (const QString &code : unitCodes) {
        if (!known.contains(code))
            return makeError(tr("unit %1 is not in this database's area").arg(code));
        if (seen.contains(code))
            return makeError(tr("unit %1 is listed twice").arg(code));
        seen.insert(code);
    }

    Transaction transaction(m_db);
    for (const AdminUnit &unit : inScope) {
        if (auto r =
                sql::exec(m_db, QStringLiteral("DELETE FROM unit_order WHERE unit_code = ?"), {unit.code});
            !r)
            return r.error();
    }
    for (int position = 0; position < unitCodes.size(); ++position) {
        auto r = sql::exec(m_db, QStringLiteral("INSERT INTO unit_order (unit_code, position) VALUES (?, ?)"),
                           {unitCodes[position], position + 1});
        if (!r)
            return r.error();
    }
    if (!transaction.commit())
        return makeError(tr("could not save the order: %1").arg(transaction.failure()));
    return success();
}

Status OfficeScope::resetOrder() {
    return setOrder({});
}

UnitMatcher OfficeScope::communeMatcher() const {
    const auto scope = current();
    return UnitMatcher(communes(), scope ? scope->displayName() : QString());
}

UnitMatcher OfficeScope::reportingUnitMatcher() const {
    const auto scope = current();
    return UnitMatcher(reportingUnits(), scope ? scope->displayName() : QString());
}

} // namespace cd
