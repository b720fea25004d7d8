// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdminUnit.h"
#include "UnitMatcher.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace cd {

// The area a database serves: one district, or a whole province for a provincial office.
struct Scope {
    AdminUnit province;
    std::optional<AdminUnit> district;

    bool isProvinceWide() const { return !district.has_value(); }
    // "Huyện Bù Đăng, Tỉnh Bình Phước" or "Tỉnh Bình Phước".
    QString displayName() const;
};

// Reads and sets the database's scope and the order in which its units are listed in every table, chart
// and report (official code order unless the office set its own, as Bù Đăng's annex does).
class OfficeScope {
    Q_DECLARE_TR_FUNCTIONS(OfficeScope)

public:
    explicit OfficeScope(QSqlDatabase db)
        : m_db(std::move(db)) {}

    std::optional<Scope> current() const;
    // districtName empty: the whole province. Re-running with the same scope is harmless; changing the
    // scope of a database that already has one is refused.
    Result<Scope> configure(const QString &provinceName, const QString &districtName);

    // The communes in scope, in the office's order.
    AdminUnits communes() const;
    // The units a report lists row by row: communes for a district, districts for a province.
    AdminUnits reportingUnits() const;

    // Sets the order of the reporting units; units not named keep code order after the named ones.
    Status setOrder(const QStringList &unitCodes);
    Status resetOrder();

    // Matchers for names typed or read from files.
    UnitMatcher communeMatcher() const;
    UnitMatcher reportingUnitMatcher() const;

private:
    QSqlDatabase m_db;
};

} // namespace cd
