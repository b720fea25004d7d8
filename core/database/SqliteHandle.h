// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace cd::sql {

// SQLite's own handle under a Qt connection, or null for another driver, or for a Qt driver built with a
// bundled SQLite of another version than the one we link (calling into it would mix two libraries).
// Bulk writes, the online backup and restore, and secure deletion use SQLite's interface directly.
sqlite3 *sqliteHandleOf(const QSqlDatabase &db);

// A sentence for an SQLite result code that the office can act on (busy, full, read-only, a failed
// write), followed by SQLite's own words; empty when the code needs no explanation beyond them.
QString explainSqliteCode(int extendedCode);

// The extended result code of the connection's last failed call, or 0 (no SQLite handle). Qt's driver
// drops it for a failed COMMIT, which is where a full disk shows.
int lastSqliteCode(const QSqlDatabase &db);

} // namespace cd::sql
