// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cd::test {

// The same core and CLI test cases run against SQLite and against a PostgreSQL server: CTest registers
// each case twice, the second time with CD_TEST_BACKEND=postgresql and the server's URI in
// CHECKPOINT_DESK_TEST_SERVER (tests/pg/with-server.sh starts a throw-away one). Cases about the SQLite
// file itself (its bytes, its journal, backups of it, a killed process's file) are tagged [sqlite] and
// run on SQLite only.
bool onServer();
// The server the tests use; empty when none is set.
QString serverUri();

// Where a test's database lives: on SQLite the path itself; on the server a schema of the test database
// of its own, named after the path (so the same path is the same database within a test, and two tests
// never share one), created when first asked for. ":memory:" gives a new schema each time.
QString databaseLocation(const QString &path);

} // namespace cd::test
