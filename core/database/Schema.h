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
// upserts, INSERT … RETURNING, no AUTOINCREMENT. The differences are written as placeholders replaced
// per driver (portable()): %ID%, a generated integer key; %CLUSTERED%, after a table whose primary key
// should hold the rows themselves (SQLite's WITHOUT ROWID; PostgreSQL tables are heaps either way). A
// statement that starts with %SQLITE% or %PSQL% runs on that database only: SQLite cannot drop a NOT
// NULL constraint and rebuilds the table, PostgreSQL alters it in place.
struct Migration {
    int version;
    QString description;
    QStringList statements;
    // Rows the new tables start with, inserted with bound values in the same transaction.
    std::function<Status(const QSqlDatabase &)> populate = {};
    // The migration rebuilds a table other tables refer to. SQLite's procedure for that turns the
    // foreign-key check off around the transaction and checks every key before committing.
    bool rebuildsReferencedTable = false;
};

// "INTEGER PRIMARY KEY" for SQLite, an identity column for PostgreSQL.
QString idColumn(const QString &driverName);
// A statement with its placeholders replaced for the driver; empty when it is for the other database.
QString portable(const QString &statement, const QString &driverName);

const QVector<Migration> &migrations();
int latestVersion();

} // namespace cd::schema
