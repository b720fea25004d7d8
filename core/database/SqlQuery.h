// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace cd::sql {

// How a server hands over the rows. Row by row holds one row at a time, whatever the size of the result
// (libpq's single-row mode: a message and a result object per row). At once holds the whole result, and
// reads each row several times faster: for results bounded by what the statement asks, like the scans
// around a case's visits. SQLite always steps through the rows.
enum class Fetch { RowByRow, AtOnce };

// Prepares and runs one statement with positional bound values. All SQL of the program goes through
// bound parameters; nothing is ever spliced into a statement.
Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement,
                       std::initializer_list<QVariant> values = {});
Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values,
                       Fetch fetch = Fetch::RowByRow);

// The first column of the first row, or an invalid QVariant when there is no row.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement,
                        std::initializer_list<QVariant> values = {});

// The query's error; SQLite's busy, full, read-only and write errors are explained (explainSqliteCode).
Error errorOf(const QSqlQuery &query);
Error errorOf(const QSqlError &error, QSqlDriver::DbmsType dbms);

} // namespace cd::sql
