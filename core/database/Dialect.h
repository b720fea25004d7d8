// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace cd::sql {

// The two databases the core runs on. Every feature's SQL is the same text on both; what differs is kept
// here and in the schema's placeholders (schema::portable): generated keys, clustered tables, how the
// schema version is stored, and the bulk path of a scan import (ScanWriter: SQLite's own interface or
// libpq's COPY). Upserts are ON CONFLICT on both, and no statement does date arithmetic (days are
// computed by the core as days since 1970-01-01 in Vietnam time).
enum class Backend { SQLite, PostgreSQL };

Backend backendOf(const QSqlDatabase &db);
inline bool isServer(const QSqlDatabase &db) {
    return backendOf(db) == Backend::PostgreSQL;
}

// A --db value that names a server rather than a file: a libpq URI (postgresql:// or postgres://).
bool isServerLocation(const QString &location);
// The URI without a password, for messages, logs and the window title.
QString displayLocation(const QString &location);

} // namespace cd::sql
