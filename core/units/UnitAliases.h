// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

namespace cd {

// Unit names a file wrote that matched no unit, and the unit the office said each one is (the import's
// "Pick a unit…"). Every later import reads the name as that unit.
class UnitAliases {
    Q_DECLARE_TR_FUNCTIONS(UnitAliases)

public:
    explicit UnitAliases(QSqlDatabase db)
        : m_db(std::move(db)) {}

    // The name as written -> unit code.
    Result<QHash<QString, QString>> all() const;
    Status set(const QString &written, const QString &unitCode);
    Status remove(const QString &written);

private:
    QSqlDatabase m_db;
};

} // namespace cd
