// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "TestSupport.h"

#include "Workspace.h"
#include "database/SqlQuery.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QThread>

using namespace cd;
using test::runCli;

namespace {

struct Snapshot {
    qint64 scans = 0;
    qint64 dailyTotal = 0;
    qint64 imports = 0;
    QStringList problems;
};

Snapshot snapshotOf(const QString &path) {
    auto db = openWorkspace(path);
    REQUIRE(db.ok());
    const QSqlDatabase c = db.value()->connection();
    Snapshot s;
    s.scans = sql::scalar(c, QStringLiteral("SELECT count(*) FROM scans")).value().toLongLong();
    s.dailyTotal = sql::scalar(c, QStringLiteral("SELECT coalesce(sum(scans), 0) FROM daily_counts"))
                       .value()
                       .toLongLong();
    s.imports = sql::scalar(c, QStringLiteral("SELECT count(*) FROM imports")).value().toLongLong();
    s.problems = db.value()->checkIntegrity().value();
    return s;
}

} // namespace

TEST_CASE("a killed scan import leaves the database as it was", "[sqlite][cli][scans]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.sqlite"));
    const QString csv = dir.filePath(QStringLiteral("big.csv"));
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("create")}).exitCode ==
            0);
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("generate-scans"),
                    QStringLiteral("--rows"), QStringLiteral("400000"), QStringLiteral("--out"), csv})
                .exitCode == 0);
    const Snapshot before = snapshotOf(db);
    REQUIRE(before.problems.isEmpty());

    // Kill the import once it reports rows stored in its open transaction (--progress, twice a second).
    QProcess import;
    import.start(QStringLiteral(CD_EXECUTABLE),
                 {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db,
                  QStringLiteral("scans"), QStringLiteral("import"), QStringLiteral("--progress"), csv});
    REQUIRE(import.waitForStarted());
    QElapsedTimer waited;
    waited.start();
    qint64 rowsRead = 0;
    QByteArray progress;
    while (rowsRead == 0 && import.state() == QProcess::Running && waited.elapsed() < 60000) {
        import.waitForReadyRead(50);
        progress += import.readAllStandardError();
        const qsizetype end = progress.indexOf(" row(s) read");
        if (end > 0) {
            const qsizetype start = progress.lastIndexOf(' ', end - 1) + 1;
            rowsRead = progress.mid(start, end - start).replace('.', "").toLongLong();
        }
    }
    INFO(progress.toStdString());
    REQUIRE(rowsRead > 0);
    REQUIRE(rowsRead < 400000);
    REQUIRE(import.state() == QProcess::Running); // still importing: the kill interrupts it
    import.kill();
    import.waitForFinished();

    const Snapshot after = snapshotOf(db);
    CHECK(after.problems.isEmpty());
    CHECK(after.scans == before.scans);
    CHECK(after.dailyTotal == before.dailyTotal);
    CHECK(after.imports == before.imports);
    CHECK(after.dailyTotal == after.scans);
}
