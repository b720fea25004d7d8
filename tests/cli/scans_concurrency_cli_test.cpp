// SPDX-License-Identifier: GPL-3.0-or-later
// Scan imports at the same time as each other and as readers, from processes of their own: on a server
// what several desks of a province do; on SQLite the second import waits for the first's write lock.
// Both backends must end where the same imports run one after the other would have ended.
#include "CliRunner.h"
#include "TestSupport.h"

#include "Workspace.h"
#include "database/Dialect.h"
#include "database/SqlQuery.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlRecord>

#include <memory>

using namespace cd;
using test::runCli;

namespace {

QString demoOffice(const QString &db) {
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("create")}).exitCode ==
            0);
    return db;
}

QString exportOf(const QString &db, const QString &path, int rows) {
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("generate-scans"),
                    QStringLiteral("--rows"), QString::number(rows), QStringLiteral("--out"), path})
                .exitCode == 0);
    return path;
}

// Lines [from, to) of an export's rows, under its header.
QString slice(const QString &from, const QString &path, int first, int last) {
    const QList<QByteArray> lines = test::readFile(from).split('\n');
    QByteArray text = lines[0] + '\n';
    for (int i = 1 + first; i < 1 + last && i < lines.size(); ++i)
        text += lines[i] + '\n';
    test::writeFile(path, text);
    return path;
}

// `checkpoint-desk --db DB scans import FILE`, started and left running.
std::unique_ptr<QProcess> startImport(const QString &db, const QString &file) {
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("CHECKPOINT_DESK_TEST"), QStringLiteral("1"));
    process->setProcessEnvironment(env);
    process->start(
        QStringLiteral(CD_EXECUTABLE),
        test::onTestBackend({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db,
                             QStringLiteral("scans"), QStringLiteral("import"), file}));
    REQUIRE(process->waitForStarted());
    return process;
}

void finished(QProcess &process) {
    if (process.state() != QProcess::NotRunning)
        REQUIRE(process.waitForFinished(180000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 0);
}

void importTogether(const QString &db, const QString &first, const QString &second) {
    auto one = startImport(db, first);
    auto other = startImport(db, second);
    finished(*one);
    finished(*other);
}

void importInTurn(const QString &db, const QString &first, const QString &second) {
    for (const QString &file : {first, second}) {
        const auto run =
            runCli({QStringLiteral("--db"), db, QStringLiteral("scans"), QStringLiteral("import"), file});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
    }
}

// A digest of every row the statement gives, in its order, with how many there were.
struct Digest {
    QByteArray sha1;
    qint64 rows = 0;
    bool operator==(const Digest &other) const { return sha1 == other.sha1 && rows == other.rows; }
};

Digest digestOf(const QString &db, const QString &statement) {
    auto opened = openWorkspace(test::databaseLocation(db));
    REQUIRE(opened.ok());
    auto query = sql::exec(opened.value()->connection(), statement);
    REQUIRE(query.ok());
    QCryptographicHash hash(QCryptographicHash::Sha1);
    Digest digest;
    while (query.value().next()) {
        for (int column = 0, columns = query.value().record().count(); column < columns; ++column)
            hash.addData(QByteArray(query.value().value(column).toString().toUtf8() + '\t'));
        hash.addData("\n");
        ++digest.rows;
    }
    digest.sha1 = hash.result().toHex();
    return digest;
}

// The stored scans (all but which import stored them) and the daily counts, by checkpoint code.
Digest scansOf(const QString &db) {
    return digestOf(db, QStringLiteral("SELECT c.code, s.scanned_at, s.person_key, s.person_name, s.phone, "
                                       "s.id_number, s.direction FROM scans s JOIN checkpoints c ON c.id = "
                                       "s.checkpoint_id ORDER BY c.code, s.scanned_at, s.person_key"));
}

Digest dailyCountsOf(const QString &db) {
    return digestOf(db, QStringLiteral("SELECT c.code, d.day, d.scans FROM daily_counts d JOIN checkpoints c "
                                       "ON c.id = d.checkpoint_id ORDER BY c.code, d.day"));
}

qint64 addedByImports(const QString &db) {
    const auto imports = runCli({QStringLiteral("--db"), db, QStringLiteral("imports"),
                                 QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(imports.exitCode == 0);
    qint64 added = 0;
    for (const QJsonValue &row : QJsonDocument::fromJson(imports.out.toUtf8()).array())
        added += row[QStringLiteral("added")].toInteger();
    return added;
}

} // namespace

TEST_CASE("two overlapping scan imports at once store what the same imports in turn store",
          "[cli][scans][concurrency]") {
    QTemporaryDir dir;
    const QString together = demoOffice(dir.filePath(QStringLiteral("together.sqlite")));
    const QString inTurn = demoOffice(dir.filePath(QStringLiteral("in-turn.sqlite")));
    REQUIRE(scansOf(together) == scansOf(inTurn));
    const QString full = exportOf(together, dir.filePath(QStringLiteral("full.csv")), 40000);
    // Two desks' exports that share 12,000 rows.
    const QString early = slice(full, dir.filePath(QStringLiteral("early.csv")), 0, 26000);
    const QString late = slice(full, dir.filePath(QStringLiteral("late.csv")), 14000, 40000);

    importInTurn(inTurn, early, late);
    importTogether(together, early, late);
    CHECK(scansOf(together) == scansOf(inTurn));
    CHECK(dailyCountsOf(together) == dailyCountsOf(inTurn));
    CHECK(addedByImports(together) == addedByImports(inTurn));
    CHECK(addedByImports(together) == scansOf(together).rows);

    // The whole export twice at once: one of them adds what the halves left, the other nothing.
    importInTurn(inTurn, full, full);
    importTogether(together, full, full);
    const Digest stored = scansOf(together);
    CHECK(stored == scansOf(inTurn));
    CHECK(dailyCountsOf(together) == dailyCountsOf(inTurn));
    CHECK(addedByImports(together) == addedByImports(inTurn));
    // Every scan was added by exactly one import: none lost, none twice.
    CHECK(addedByImports(together) == stored.rows);
}

TEST_CASE("statistics read during a scan import see it all or not at all", "[cli][scans][concurrency]") {
    QTemporaryDir dir;
    const QString db = demoOffice(dir.filePath(QStringLiteral("office.sqlite")));
    const QString file = exportOf(db, dir.filePath(QStringLiteral("scans.csv")), 60000);
    auto opened = openWorkspace(test::databaseLocation(db));
    REQUIRE(opened.ok());
    QSqlDatabase reader = opened.value()->connection();
    const bool server = sql::isServer(reader);

    // The daily counts against the scans, in one snapshot: a statistics page reads several statements.
    struct Reading {
        qint64 counted = 0, scans = 0;
    };
    const auto read = [&]() -> Reading {
        REQUIRE(reader.transaction());
        if (server)
            REQUIRE(
                sql::exec(reader, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")).ok());
        Reading reading;
        reading.counted =
            sql::scalar(reader, QStringLiteral("SELECT coalesce(sum(scans), 0) FROM daily_counts"))
                .value()
                .toLongLong();
        reading.scans =
            sql::scalar(reader, QStringLiteral("SELECT count(*) FROM scans")).value().toLongLong();
        REQUIRE(reader.commit());
        return reading;
    };
    // Counts of days whose scans were purged stay: the difference is what stays the same.
    const Reading before = read();
    const qint64 difference = before.counted - before.scans;

    auto import = startImport(db, file);
    qint64 readings = 0, inconsistent = 0, afterCommit = 0;
    while (import->state() != QProcess::NotRunning) {
        const Reading now = read();
        ++readings;
        if (now.counted - now.scans != difference)
            ++inconsistent;
        if (now.scans != before.scans)
            ++afterCommit; // the import committed: its scans are seen, with their counts
        import->waitForFinished(5);
    }
    finished(*import);
    const Reading after = read();
    INFO(readings << " readings during the import, " << afterCommit << " of them after its commit");
    CHECK(readings > 0);
    CHECK(inconsistent == 0);
    CHECK(after.counted - after.scans == difference);
    CHECK(after.scans > before.scans);
}
