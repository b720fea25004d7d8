// SPDX-License-Identifier: GPL-3.0-or-later
// Every long operation killed at a random moment, twenty times: the power cut, the task manager, the
// office PC that restarts for its updates. After each kill the database passes integrity_check, its
// figures are those of before or of the whole operation, and every file written is the old one or a whole
// new one. The seed of the moments is printed with a failure; CD_KILL_SEED replays it.
#include "CliRunner.h"
#include "ProvinceRegister.h"
#include "TestSupport.h"

#include "Workspace.h"
#include "common/SideFile.h"
#include "database/SqlQuery.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <limits>
#include <optional>
#include <random>

using namespace cd;
using test::runCli;

namespace {

constexpr int kKills = 20;

struct Figures {
    qint64 checkpoints = 0;
    qint64 scans = 0;
    qint64 daily = 0;
    qint64 people = 0;
    qint64 audit = 0;
    QStringList problems;
};

qint64 count(const QSqlDatabase &c, const QString &statement) {
    const auto value = sql::scalar(c, statement);
    REQUIRE(value.ok());
    return value.value().toLongLong();
}

Figures figuresOf(const QString &path) {
    auto db = openWorkspace(path);
    INFO((db ? QString() : db.error().message).toStdString());
    REQUIRE(db.ok());
    const QSqlDatabase c = db.value()->connection();
    Figures f;
    f.checkpoints = count(c, QStringLiteral("SELECT count(*) FROM checkpoints"));
    f.scans = count(c, QStringLiteral("SELECT count(*) FROM scans"));
    f.daily = count(c, QStringLiteral("SELECT coalesce(sum(scans), 0) FROM daily_counts"));
    f.people = count(c, QStringLiteral("SELECT count(*) FROM person_ids"));
    f.audit = count(c, QStringLiteral("SELECT count(*) FROM audit_log"));
    f.problems = db.value()->checkIntegrity().value();
    return f;
}

// A copy of a file as SQLite would see it: nothing of an earlier run's journal beside it.
void placeDatabase(const QString &from, const QString &to) {
    for (const char *companion : {"", "-wal", "-shm", "-journal"})
        QFile::remove(to + QLatin1String(companion));
    REQUIRE(QFile::copy(from, to));
    REQUIRE(QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner));
}

void placeFile(const QString &to, const QByteArray &bytes) {
    QFile file(to);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// What another program reads of a file, or nothing when it cannot read it.
std::optional<QString> readBy(const QString &program, const QStringList &args) {
    QProcess tool;
    tool.start(program, args);
    REQUIRE(tool.waitForFinished(60000));
    if (tool.exitStatus() != QProcess::NormalExit || tool.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(tool.readAllStandardOutput());
}

std::optional<QString> pdfText(const QString &pdf) {
    return readBy(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
}

std::optional<QString> xlsxCells(const QString &path) {
    return readBy(QStringLiteral("/usr/bin/python3"),
                  {QStringLiteral("-c"),
                   QStringLiteral("import openpyxl,sys\n"
                                  "wb = openpyxl.load_workbook(sys.argv[1])\n"
                                  "for ws in wb.worksheets:\n"
                                  "    for row in ws.iter_rows(values_only=True):\n"
                                  "        print(row)\n"),
                   path});
}

// A backup's own view of itself, read-only: its integrity and how many scans it holds.
std::optional<qint64> scansInBackup(const QString &path) {
    if (!QFile::exists(path))
        return std::nullopt;
    const QString name = QStringLiteral("kill-test-backup");
    std::optional<qint64> scans;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            const auto check = sql::scalar(db, QStringLiteral("PRAGMA integrity_check"));
            const auto counted = sql::scalar(db, QStringLiteral("SELECT count(*) FROM scans"));
            if (check && check.value().toString() == QLatin1String("ok") && counted)
                scans = counted.value().toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return scans;
}

// Runs the executable on `db`; a failure is the test's.
void run(const QString &db, const QStringList &args) {
    const auto result = runCli(QStringList{QStringLiteral("--db"), db} + args);
    INFO(result.err.left(2000).toStdString());
    REQUIRE(result.exitCode == 0);
}

// The Bù Đăng demo in `db` and a scan export of `rows` rows over its checkpoints in `csv`, imported when
// asked.
void demoWithExport(const QString &db, const QString &csv, int rows, bool imported) {
    run(db, {QStringLiteral("demo"), QStringLiteral("create")});
    run(db, {QStringLiteral("demo"), QStringLiteral("generate-scans"), QStringLiteral("--rows"),
             QString::number(rows), QStringLiteral("--out"), csv});
    if (imported)
        run(db, {QStringLiteral("scans"), QStringLiteral("import"), csv});
}

quint32 killSeed() {
    const QByteArray given = qgetenv("CD_KILL_SEED");
    return given.isEmpty() ? std::random_device{}() : given.toUInt();
}

struct KillRun {
    int index = 0;
    qint64 afterMs = 0;
    bool finished = false; // the operation ended before the kill came
};

// Runs `args` whole to learn how long it takes, then `kKills` times, each killed (SIGKILL) at a
// moment drawn between a twentieth of that time and nine tenths of it; `prepare` sets the scene before every
// run and `verify` judges what a run left. Most runs must really be killed, or the test proves nothing.
void killRepeatedly(const QStringList &args, const std::function<void()> &prepare,
                    const std::function<void(const KillRun &)> &verify) {
    const QStringList command = QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args;
    // The shortest of three whole runs: one slowed by a busy machine (ctest -j2) would put most moments
    // after the end of the runs that follow.
    qint64 duration = std::numeric_limits<qint64>::max();
    for (int attempt = 0; attempt < 3; ++attempt) {
        prepare();
        QElapsedTimer timer;
        timer.start();
        const auto whole = runCli(args);
        duration = std::min(duration, timer.elapsed());
        INFO(whole.err.left(2000).toStdString());
        REQUIRE(whole.exitCode == 0);
    }
    duration = std::max<qint64>(duration, 30);

    const quint32 seed = killSeed();
    std::mt19937 moments(seed);
    std::uniform_int_distribution<qint64> moment(duration / 20, duration * 9 / 10);
    int killed = 0;
    for (int index = 0; index < kKills; ++index) {
        prepare();
        KillRun run{index, moment(moments), false};
        QProcess process;
        process.start(QStringLiteral(CD_EXECUTABLE), command);
        REQUIRE(process.waitForStarted());
        run.finished = process.waitForFinished(int(run.afterMs));
        if (!run.finished) {
            process.kill();
            REQUIRE(process.waitForFinished(30000));
            ++killed;
        }
        INFO("CD_KILL_SEED=" << seed << ", run " << index << " of " << args.join(u' ').toStdString()
                             << (run.finished ? ", finished before " : ", killed after ") << run.afterMs
                             << " ms of about " << duration);
        verify(run);
    }
    CHECK(killed >= kKills / 2);
}

} // namespace

TEST_CASE("a register import killed at random leaves no checkpoint or all of them", "[sqlite][cli][kill][registry]") {
    QTemporaryDir dir;
    const QString pristine = dir.filePath(QStringLiteral("pristine.sqlite"));
    REQUIRE(runCli({QStringLiteral("--db"), pristine, QStringLiteral("init"), QStringLiteral("--province"),
                    QStringLiteral("Cao Bằng")})
                .exitCode == 0);
    auto units = test::memoryWorkspace();
    const QString registerFile = dir.filePath(QStringLiteral("diem-kiem-dich.csv"));
    const int rows = 20000;
    REQUIRE(test::writeProvinceRegister(units->connection(), QStringLiteral("04"), rows, registerFile).ok());

    const QString db = dir.filePath(QStringLiteral("office.sqlite"));
    killRepeatedly(
        {QStringLiteral("--db"), db, QStringLiteral("checkpoints"), QStringLiteral("import"), registerFile},
        [&] { placeDatabase(pristine, db); },
        [&](const KillRun &) {
            const Figures after = figuresOf(db);
            CHECK(after.problems.isEmpty());
            CHECK((after.checkpoints == 0 || after.checkpoints == rows));
        });
}

TEST_CASE("a scan import killed at random loses and duplicates no scan", "[sqlite][cli][kill][scans]") {
    QTemporaryDir dir;
    const QString pristine = dir.filePath(QStringLiteral("pristine.sqlite"));
    const QString csv = dir.filePath(QStringLiteral("luot-quet.csv"));
    demoWithExport(pristine, csv, 150000, false);
    const Figures before = figuresOf(pristine);
    const QString complete = dir.filePath(QStringLiteral("complete.sqlite"));
    placeDatabase(pristine, complete);
    REQUIRE(runCli({QStringLiteral("--db"), complete, QStringLiteral("scans"), QStringLiteral("import"), csv})
                .exitCode == 0);
    const Figures whole = figuresOf(complete);
    REQUIRE(whole.scans > before.scans);

    const QString db = dir.filePath(QStringLiteral("office.sqlite"));
    killRepeatedly(
        {QStringLiteral("--db"), db, QStringLiteral("scans"), QStringLiteral("import"), csv},
        [&] { placeDatabase(pristine, db); },
        [&](const KillRun &) {
            const Figures after = figuresOf(db);
            CHECK(after.problems.isEmpty());
            const bool untouched = after.scans == before.scans && after.people == before.people;
            const bool done = after.scans == whole.scans && after.people == whole.people;
            CHECK((untouched || done));
            CHECK(after.daily == after.scans);
        });
}

TEST_CASE("a purge killed at random keeps every figure, and deletes all or nothing", "[sqlite][cli][kill][privacy]") {
    QTemporaryDir dir;
    const QString pristine = dir.filePath(QStringLiteral("pristine.sqlite"));
    const QString csv = dir.filePath(QStringLiteral("luot-quet.csv"));
    demoWithExport(pristine, csv, 150000, true);
    const Figures before = figuresOf(pristine);
    const auto statsOf = [](const QString &path) {
        return runCli({QStringLiteral("--db"), path, QStringLiteral("stats"), QStringLiteral("communes"),
                       QStringLiteral("--as-of"), QStringLiteral("2021-08-24"), QStringLiteral("--format"),
                       QStringLiteral("json")})
            .out;
    };
    const QString annex = statsOf(pristine);
    REQUIRE(annex.contains(QStringLiteral("scans")));

    const QString db = dir.filePath(QStringLiteral("office.sqlite"));
    killRepeatedly(
        {QStringLiteral("--db"), db, QStringLiteral("db"), QStringLiteral("purge"),
         QStringLiteral("--older-than"), QStringLiteral("28")},
        [&] { placeDatabase(pristine, db); },
        [&](const KillRun &) {
            const Figures after = figuresOf(db);
            CHECK(after.problems.isEmpty());
            CHECK(after.daily == before.daily);
            const bool untouched = after.scans == before.scans && after.audit == before.audit;
            const bool purged = after.scans == 0 && after.people == 0 && after.audit > before.audit;
            CHECK((untouched || purged));
            CHECK(statsOf(db) == annex);
        });
}

TEST_CASE("a backup killed at random leaves the old backup or a whole new one", "[sqlite][cli][kill][backup]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.sqlite"));
    const QString csv = dir.filePath(QStringLiteral("luot-quet.csv"));
    demoWithExport(db, csv, 300000, false);
    const QString backups = dir.filePath(QStringLiteral("sao-luu"));
    const QString target = backups + QStringLiteral("/office-backup.sqlite");
    run(db, {QStringLiteral("db"), QStringLiteral("backup"), target});
    const QByteArray oldBackup = test::readFile(target);
    REQUIRE(scansInBackup(target).has_value());
    run(db, {QStringLiteral("scans"), QStringLiteral("import"), csv});
    const qint64 liveScans = figuresOf(db).scans;

    killRepeatedly(
        {QStringLiteral("--db"), db, QStringLiteral("db"), QStringLiteral("backup"), target},
        [&] { placeFile(target, oldBackup); },
        [&](const KillRun &) {
            CHECK(figuresOf(db).problems.isEmpty());
            const bool old = test::readFile(target) == oldBackup;
            const auto scans = scansInBackup(target);
            CHECK((old || scans == liveScans));
            // At most the temporary of the run just killed is left beside it.
            CHECK(SideFile::leftovers(backups).size() <= 1);
        });
    // The next backup clears what killed ones left.
    run(db, {QStringLiteral("db"), QStringLiteral("backup"), target});
    CHECK(SideFile::leftovers(backups).isEmpty());
    CHECK(scansInBackup(target) == liveScans);
}

TEST_CASE("a restore killed at random leaves the database as it was or as restored", "[sqlite][cli][kill][backup]") {
    QTemporaryDir dir;
    const QString pristine = dir.filePath(QStringLiteral("pristine.sqlite"));
    const QString csv = dir.filePath(QStringLiteral("luot-quet.csv"));
    demoWithExport(pristine, csv, 200000, false);
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    run(pristine, {QStringLiteral("db"), QStringLiteral("backup"), backup});
    const qint64 backupScans = scansInBackup(backup).value();
    run(pristine, {QStringLiteral("scans"), QStringLiteral("import"), csv});
    const Figures before = figuresOf(pristine);
    REQUIRE(before.scans > backupScans);

    const QString live = dir.filePath(QStringLiteral("live"));
    REQUIRE(QDir().mkpath(live));
    const QString db = live + QStringLiteral("/office.sqlite");
    const auto keptCopies = [&] {
        return QDir(live).entryList({QStringLiteral("office.sqlite.before-restore-*")}, QDir::Files);
    };
    killRepeatedly(
        {QStringLiteral("--db"), db, QStringLiteral("db"), QStringLiteral("restore"), backup},
        [&] {
            for (const QString &copy : keptCopies())
                QFile::remove(QDir(live).filePath(copy));
            placeDatabase(pristine, db);
        },
        [&](const KillRun &) {
            const Figures after = figuresOf(db);
            CHECK(after.problems.isEmpty());
            CHECK((after.scans == before.scans || after.scans == backupScans));
            CHECK(after.daily == after.scans);
            // Once restored, the database as it was is kept whole beside it.
            if (after.scans == backupScans) {
                const QStringList copies = keptCopies();
                REQUIRE(copies.size() == 1);
                CHECK(scansInBackup(QDir(live).filePath(copies.first())) == before.scans);
            }
        });
}

TEST_CASE("report and poster files killed at random are the old file or a whole new one",
          "[sqlite][cli][kill][report][posters]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.sqlite"));
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("create")}).exitCode ==
            0);
    const auto write = [&](const QStringList &args) {
        const auto run = runCli(QStringList{QStringLiteral("--db"), db} + args);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
    };

    SECTION("the report as PDF") {
        const QString pdf = dir.filePath(QStringLiteral("bao-cao.pdf"));
        write({QStringLiteral("report"), QStringLiteral("--as-of"), QStringLiteral("2021-08-10"),
               QStringLiteral("--out"), pdf});
        const QByteArray old = test::readFile(pdf);
        const QStringList args{QStringLiteral("--db"),       db,
                               QStringLiteral("report"),     QStringLiteral("--as-of"),
                               QStringLiteral("2021-08-24"), QStringLiteral("--charts"),
                               QStringLiteral("--out"),      pdf};
        write(args.mid(2));
        const auto text = pdfText(pdf);
        REQUIRE(text.has_value());
        REQUIRE(text->contains(QStringLiteral("24/08/2021")));
        killRepeatedly(
            args, [&] { placeFile(pdf, old); },
            [&](const KillRun &) { CHECK((test::readFile(pdf) == old || pdfText(pdf) == text)); });
    }
    SECTION("the report as XLSX") {
        const QString xlsx = dir.filePath(QStringLiteral("bao-cao.xlsx"));
        write({QStringLiteral("report"), QStringLiteral("--as-of"), QStringLiteral("2021-08-10"),
               QStringLiteral("--out"), xlsx});
        const QByteArray old = test::readFile(xlsx);
        const QStringList args{QStringLiteral("--db"),
                               db,
                               QStringLiteral("report"),
                               QStringLiteral("--as-of"),
                               QStringLiteral("2021-08-24"),
                               QStringLiteral("--out"),
                               xlsx};
        write(args.mid(2));
        const auto cells = xlsxCells(xlsx);
        REQUIRE(cells.has_value());
        killRepeatedly(
            args, [&] { placeFile(xlsx, old); },
            [&](const KillRun &) {
                CHECK((test::readFile(xlsx) == old || xlsxCells(xlsx) == cells));
                CHECK(SideFile::leftovers(dir.path()).size() <= 1);
            });
        write(args.mid(2));
        CHECK(SideFile::leftovers(dir.path()).isEmpty());
    }
    SECTION("the posters") {
        const QString pdf = dir.filePath(QStringLiteral("ap-phich.pdf"));
        write({QStringLiteral("posters"), QStringLiteral("--codes"), QStringLiteral("25426-001"),
               QStringLiteral("--out"), pdf});
        const QByteArray old = test::readFile(pdf);
        const QStringList args{QStringLiteral("--db"),    db,
                               QStringLiteral("posters"), QStringLiteral("--all"),
                               QStringLiteral("--out"),   pdf};
        write(args.mid(2));
        const auto text = pdfText(pdf);
        REQUIRE(text.has_value());
        killRepeatedly(
            args, [&] { placeFile(pdf, old); },
            [&](const KillRun &) { CHECK((test::readFile(pdf) == old || pdfText(pdf) == text)); });
    }
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".pdf.")).isEmpty());
}
