// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Checkpoint.h"
#include "common/Error.h"
#include "intake/DateTimeText.h"
#include "tabular/ColumnMapping.h"
#include "units/OfficeScope.h"
#include "units/UnitMatcher.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace cd {

// A row of a register read into the fields of a checkpoint, before it is merged with the one stored.
struct RegisterDraft {
    Checkpoint checkpoint; // code, name, type text, phone, commune, address, location, dates…
    bool hasType = false;  // the file has a type column
    bool addressDerived = false;
    QStringList otherPhones; // further numbers of the phone cell, kept in the description
    QString phoneNote;       // words beside the number in the phone cell ("anh Nam"), likewise
};

// Where a row of a report-shaped register is: the section heading above it names its commune, or its
// district in a province's register.
struct SectionContext {
    std::optional<AdminUnit> district;
    std::optional<AdminUnit> commune;
};

// Reads the rows of one register file: units written every way (UnitMatcher, district and province
// columns narrowing the communes), phones, addresses made from the hamlet and the units when the file has
// none, dates in the file's order. Matches are remembered per spelling: a register writes the same
// commune hundreds of times.
class RegisterRowReader {
    Q_DECLARE_TR_FUNCTIONS(RegistryImporter)

public:
    RegisterRowReader(QSqlDatabase db, const tabular::ColumnMapping &mapping);

    bool has(const QString &key) const { return m_mapping.column(key) >= 0; }
    QString text(const tabular::Row &row, const QString &key) const;
    bool hasScope() const { return m_scope.has_value(); }

    // The unit a section heading names, if any.
    std::optional<AdminUnit> sectionUnit(const QString &heading, const SectionContext &context) const;
    void setDateOrder(intake::DateOrder order) { m_dateOrder = order; }

    Result<RegisterDraft> read(const tabular::Row &row, const SectionContext &context) const;

private:
    Result<AdminUnit> communeOf(const tabular::Row &row, const SectionContext &context) const;
    std::optional<AdminUnit> communeInAddress(const QString &address, const QString &districtCode) const;
    Result<AdminUnit> cachedMatch(const UnitMatcher &matcher, const QString &cacheKey,
                                  const QString &written) const;
    const UnitMatcher &communeMatcherOf(const QString &districtCode) const;
    Status locationOf(const tabular::Row &row, Checkpoint &c) const;
    void readPhone(const QString &cell, RegisterDraft &draft) const;
    QString derivedAddress(const tabular::Row &row, const AdminUnit &commune) const;
    Result<QDate> dayOf(const tabular::Row &row, const QString &key) const;

    tabular::ColumnMapping m_mapping;
    std::optional<Scope> m_scope;
    QString m_hamletPrefix; // the hamlet word the hamlet column's header names, when it names one
    intake::DateOrder m_dateOrder = intake::DateOrder::DayFirst;
    QHash<QString, QString> m_aliases;
    std::optional<UnitMatcher> m_districts;
    std::optional<UnitMatcher> m_provinces;
    mutable QHash<QString, UnitMatcher> m_communeMatchers; // by district code; "" for the whole scope
    mutable QHash<QString, Result<AdminUnit>> m_matches;   // scope + spelling -> unit
};

} // namespace cd
