// SPDX-License-Identifier: GPL-3.0-or-later
#include "Schema.h"

namespace cd::schema {

const QVector<Migration> &migrations() {
    static const QVector<Migration> all{
        {1,
         QStringLiteral("settings, administrative units and the commune order"),
         {
             QStringLiteral("CREATE TABLE settings ("
                            " key TEXT PRIMARY KEY,"
                            " value TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE admin_units ("
                            " code TEXT PRIMARY KEY,"
                            " level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 3),"
                            " parent_code TEXT REFERENCES admin_units(code),"
                            " type TEXT NOT NULL,"
                            " name TEXT NOT NULL,"
                            " name_with_type TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX admin_units_by_parent ON admin_units(parent_code)"),
             QStringLiteral("CREATE TABLE unit_order ("
                            " unit_code TEXT PRIMARY KEY REFERENCES admin_units(code),"
                            " position INTEGER NOT NULL)"),
         }},
    };
    return all;
}

int latestVersion() {
    return migrations().isEmpty() ? 0 : migrations().last().version;
}

} // namespace cd::schema
