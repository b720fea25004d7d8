// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cd::test {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real checkpoint-desk executable with the arguments, as a user's shell would. In the
// PostgreSQL run of the tests (TestBackend.h), every `--db PATH` becomes the server schema of that path,
// so the same case runs on both backends.
CliRun runCli(const QStringList &args, const QByteArray &stdinData = {});
// The same with the arguments as they are, for a case that needs an SQLite file beside a server (db copy).
CliRun runCliAsIs(const QStringList &args, const QByteArray &stdinData = {});
// The arguments with every --db PATH replaced by test::databaseLocation(PATH).
QStringList onTestBackend(const QStringList &args);

} // namespace cd::test
