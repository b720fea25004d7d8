// SPDX-License-Identifier: GPL-3.0-or-later
// What the office sees when the machine gets in the way: a database it may not write, one another program
// is writing to, a disk that fills up. Each time: a clear message within seconds, and nothing lost.
#include "CliRunner.h"
#include "TestSupport.h"

#include "Workspace.h"
#include "database/SqlQuery.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

#include <unistd.h>

using namespace cd;
using test::runCli;

namespace {

struct Figures {
    qint64 scans = 0;
    qint64 daily = 0;
    QStringList problems;
    bool operator==(const Figures &other) const {
        return scans == other.scans && daily == other.daily && problems == other.problems;
    }
};

Figures figuresOf(const QString &path) {
    auto db = openWorkspace(path);
    REQUIRE(db.ok());
    const QSqlDatabase c = db.value()->connection();
    Figures f;
    f.scans = sql::scalar(c, QStringLiteral("SELECT count(*) FROM scans")).value().toLongLong();
    f.daily = sql::scalar(c, QStringLiteral("SELECT coalesce(sum(scans), 0) FROM daily_counts"))
                  .value()
                  .toLongLong();
    f.problems = db.value()->checkIntegrity().value();
    return f;
}

// Runs the executable through a shell line (for ulimit, or another user), with the test's environment.
test::CliRun runShell(const QString &line) {
    QProcess shell;
    shell.start(QStringLiteral("/bin/bash"), {QStringLiteral("-c"), line});
    REQUIRE(shell.waitForFinished(120000));
    return {shell.exitCode(), QString::fromUtf8(shell.readAllStandardOutput()),
            QString::fromUtf8(shell.readAllStandardError())};
}

QString quoted(const QString &text) {
    return u'\'' + QString(text).replace(u'\'', QStringLiteral("'\\''")) + u'\'';
}

const QString kExecutable = QStringLiteral(CD_EXECUTABLE);

} // namespace

TEST_CASE("a database this user cannot write is refused with a clear message and left as it is",
          "[sqlite][cli][faults]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.sqlite"));
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("create")}).exitCode ==
            0);
    const QByteArray before = test::readFile(db);

    test::CliRun refused;
    if (::geteuid() == 0) {
        // Root writes anything: the office's clerk is another user, for whom the file is read-only.
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                              QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup |
                                              QFile::ExeGroup);
        refused =
            runShell(QStringLiteral("setpriv --reuid=65534 --regid=65534 --clear-groups env HOME=/tmp "
                                    "USER=nobody XDG_RUNTIME_DIR=/tmp/cd-nobody %1 --lang en --db %2 stats "
                                    "communes")
                         .arg(quoted(kExecutable), quoted(db)));
    } else {
        QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadOther | QFile::ReadGroup);
        refused = runCli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("communes")});
    }
    INFO(refused.err.toStdString());
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("cannot be written by this user")));
    CHECK(refused.err.contains(QStringLiteral("office.sqlite")));
    CHECK(test::readFile(db) == before);
}

TEST_CASE("a database another program is writing to gives a clear message within seconds, never a hang",
          "[sqlite][cli][faults]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.sqlite"));
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("create")}).exitCode ==
            0);
    const QString csv = dir.filePath(QStringLiteral("scans.csv"));
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("generate-scans"),
                    QStringLiteral("--rows"), QStringLiteral("200"), QStringLiteral("--out"), csv})
                .exitCode == 0);
    const Figures before = figuresOf(db);

    // sqlite3 holds the write lock, as a second window in the middle of a long import would.
    QProcess holder;
    holder.start(QStringLiteral("sqlite3"), {db});
    REQUIRE(holder.waitForStarted());
    holder.write("BEGIN IMMEDIATE;\nINSERT INTO settings VALUES ('lock', 'held');\nSELECT 'locked';\n");
    REQUIRE(holder.waitForReadyRead(10000));
    REQUIRE(holder.readAllStandardOutput().contains("locked"));

    QElapsedTimer waited;
    waited.start();
    const auto busy =
        runCli({QStringLiteral("--db"), db, QStringLiteral("scans"), QStringLiteral("import"), csv});
    const qint64 seconds = waited.elapsed() / 1000;
    INFO(busy.err.toStdString());
    CHECK(busy.exitCode == 1);
    CHECK(busy.err.contains(QStringLiteral("busy")));
    CHECK(seconds < 15);
    // Reading goes on meanwhile: the statistics do not wait for the writer.
    const auto reading =
        runCli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("communes"),
                QStringLiteral("--as-of"), QStringLiteral("2021-08-24")});
    CHECK(reading.exitCode == 0);

    holder.write("ROLLBACK;\n.quit\n");
    holder.closeWriteChannel();
    REQUIRE(holder.waitForFinished(10000));
    CHECK(figuresOf(db) == before);
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("scans"), QStringLiteral("import"), csv})
              .exitCode == 0);
}

TEST_CASE("a full disk stops an import or a poster file with a clear message and loses nothing",
          "[sqlite][cli][faults]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.sqlite"));
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("create")}).exitCode ==
            0);
    const QString csv = dir.filePath(QStringLiteral("scans.csv"));
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("generate-scans"),
                    QStringLiteral("--rows"), QStringLiteral("150000"), QStringLiteral("--out"), csv})
                .exitCode == 0);
    const Figures before = figuresOf(db);
    const QString posters = dir.filePath(QStringLiteral("ap-phich.pdf"));
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("posters"), QStringLiteral("--all"),
                    QStringLiteral("--out"), posters})
                .exitCode == 0);
    const QByteArray oldPosters = test::readFile(posters);

    // Room for the file as it is and a little more: the import's journal cannot grow past it.
    const qint64 blocks = (QFileInfo(db).size() + QFileInfo(db + QStringLiteral("-wal")).size()) / 1024 + 512;
    const auto full = runShell(QStringLiteral("ulimit -f %1 && exec %2 --lang en --db %3 scans import %4")
                                   .arg(blocks)
                                   .arg(quoted(kExecutable), quoted(db), quoted(csv)));
    INFO(full.err.toStdString());
    CHECK(full.exitCode == 1);
    CHECK((full.err.contains(QStringLiteral("disk")) || full.err.contains(QStringLiteral("full"))));
    CHECK(figuresOf(db) == before);

    // Posters that do not fit: the old file stays whole. The database's journal index needs its 32 KiB.
    const qint64 room = 64;
    REQUIRE(oldPosters.size() > 2 * room * 1024);
    const auto noRoom =
        runShell(QStringLiteral("ulimit -f %1 && exec %2 --lang en --db %3 posters --all --out %4")
                     .arg(room)
                     .arg(quoted(kExecutable), quoted(db), quoted(posters)));
    INFO(noRoom.err.toStdString());
    CHECK(noRoom.exitCode == 1);
    CHECK(noRoom.err.contains(QStringLiteral("ap-phich.pdf")));
    CHECK(test::readFile(posters) == oldPosters);
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*.pdf*")}, QDir::Files) ==
          QStringList{QStringLiteral("ap-phich.pdf")});

    // With room again, the same import goes through whole.
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("scans"), QStringLiteral("import"), csv})
              .exitCode == 0);
    CHECK(figuresOf(db).scans > before.scans);
}
