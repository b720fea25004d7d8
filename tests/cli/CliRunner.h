// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cd::test {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real checkpoint-desk executable with the arguments, as a user's shell would.
CliRun runCli(const QStringList &args, const QByteArray &stdinData = {});

} // namespace cd::test
