// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace cd::test {

CliRun runCli(const QStringList &args, const QByteArray &stdinData) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    // English messages, whatever the machine's language, so tests can read them.
    env.insert(QStringLiteral("CHECKPOINT_DESK_TEST"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CD_EXECUTABLE),
                  QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace cd::test
