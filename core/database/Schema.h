// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

#include <functional>

namespace cd::schema {

// One step of the schema. Each runs in its own transaction together with the bump of user_version.
// Statements stay in the SQL that SQLite and PostgreSQL share: TEXT/INTEGER/REAL columns, ON CONFLICT
// upserts, INSERT … RETURNING, no AUTOINCREMENT. The one difference, a generated integer key, is written
// %ID% and replaced per driver (idColumn()).
struct Migration {
    int version;
    QString description;
    QStringList statements;
    // Rows the new tables start with, inserted with bound values in the same transaction.
    std::function<Status(const QSqlDatabase &)> populate = {};
};

// "INTEGER PRIMARY KEY" for SQLite, an identity column for PostgreSQL.
QString idColumn(const QString &driverName);

const QVector<Migration> &migrations();
int latestVersion();

} // namespace cd::schema
