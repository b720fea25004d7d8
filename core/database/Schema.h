// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QVector>

namespace cd::schema {

// One step of the schema. Each runs in its own transaction together with the bump of user_version.
// Statements stay in the SQL that SQLite and PostgreSQL share: TEXT/INTEGER/REAL columns, explicit
// primary keys, ON CONFLICT upserts, no AUTOINCREMENT.
struct Migration {
    int version;
    QString description;
    QStringList statements;
};

const QVector<Migration> &migrations();
int latestVersion();

} // namespace cd::schema
