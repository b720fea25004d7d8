// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include "TestBackend.h"
#include "database/Dialect.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace cd::test {

QStringList onTestBackend(const QStringList &args) {
    if (!onServer())
        return args;
    QStringList mapped = args;
    for (int i = 0; i < mapped.size(); ++i) {
        if (mapped[i] == QLatin1String("--db") && i + 1 < mapped.size()) {
            if (!sql::isServerLocation(mapped[i + 1]))
                mapped[i + 1] = databaseLocation(mapped[i + 1]);
            ++i;
        } else if (mapped[i].startsWith(QLatin1String("--db="))) {
            const QString path = mapped[i].mid(5);
            if (!sql::isServerLocation(path))
                mapped[i] = QStringLiteral("--db=") + databaseLocation(path);
        }
    }
    return mapped;
}

CliRun runCli(const QStringList &args, const QByteArray &stdinData) {
    return runCliAsIs(onTestBackend(args), stdinData);
}

CliRun runCliAsIs(const QStringList &args, const QByteArray &stdinData) {
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
