// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QSqlDatabase>
#include <QString>

struct pg_conn;

namespace cd::sql {

// A libpq URI taken apart for Qt's PostgreSQL driver, which builds its own connection string from a host,
// a port, a database, a user and options, and does not expand a URI. libpq parses it (PQconninfoParse),
// so every parameter libpq knows (sslmode, options, connect_timeout, a Unix socket folder as host) is
// kept as libpq itself would read it.
Status configureServerConnection(QSqlDatabase &db, const QString &uri);

// libpq's connection under a Qt PostgreSQL connection (QSqlDriver::handle()), for what Qt's driver cannot
// do: COPY. Null for another driver. It belongs to the thread that opened the Qt connection.
pg_conn *pgHandleOf(const QSqlDatabase &db);

} // namespace cd::sql
