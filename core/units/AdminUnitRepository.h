// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdminUnit.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace cd {

// Read access to the administrative units table, which is filled from the bundled GSO list on first use.
class AdminUnitRepository {
    Q_DECLARE_TR_FUNCTIONS(AdminUnitRepository)

public:
    static QString bundledListPath(); // the Qt resource holding the CSV

    explicit AdminUnitRepository(QSqlDatabase db)
        : m_db(std::move(db)) {}

    // Loads the bundled list into an empty table, in one transaction. Does nothing when it is loaded.
    Status ensureLoaded();
    // Loads units from a CSV with the columns code, level, parent_code, type, name, name_with_type.
    Status loadFromCsv(const QString &path);

    std::optional<AdminUnit> unit(const QString &code) const;
    AdminUnits provinces() const;
    // The units under a parent, in the office's order where one is set, else by official code.
    AdminUnits children(const QString &parentCode) const;
    qint64 count() const;

private:
    QSqlDatabase m_db;
};

} // namespace cd
