// SPDX-License-Identifier: GPL-3.0-or-later
// Retention, audit, backup and restore as an office runs them from the command line.
#include "CliRunner.h"
#include "TestSupport.h"

#include "common/Clock.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace cd;
using test::runCli;

namespace {

struct Person {
    QString name, phone, idNumber;
};
const Person kOld{QStringLiteral("Đỗ Thị Đã Qua"), QStringLiteral("0977 111 222"),
                  QStringLiteral("079000111222")};
const Person kRecent{QStringLiteral("Vũ Văn Gần Đây"), QStringLiteral("0966 333 444"),
                     QStringLiteral("079000333444")};

// Output of another program (pdftotext, python3): the independent readers of what we wrote.
QString runTool(const QString &program, const QStringList &args) {
    QProcess tool;
    tool.start(program, args);
    REQUIRE(tool.waitForFinished(60000));
    INFO(QString::fromUtf8(tool.readAllStandardError()).toStdString());
    REQUIRE(tool.exitCode() == 0);
    return QString::fromUtf8(tool.readAllStandardOutput());
}

// Every cell of every sheet, as openpyxl reads them.
QString xlsxCells(const QString &path) {
    // Debian's own python3, which has python3-openpyxl (install-deps.sh), whatever is first on PATH.
    return runTool(QStringLiteral("/usr/bin/python3"),
                   {QStringLiteral("-c"),
                    QStringLiteral("import openpyxl,sys\n"
                                   "wb = openpyxl.load_workbook(sys.argv[1])\n"
                                   "for ws in wb.worksheets:\n"
                                   "    for row in ws.iter_rows(values_only=True):\n"
                                   "        print(repr(row))\n"),
                    path});
}

QByteArray storedBytes(const QString &db) {
    return test::readFile(db) + test::readFile(db + QStringLiteral("-wal"));
}

QString digits(const QString &phone) {
    QString out;
    for (const QChar c : phone)
        if (c.isDigit())
            out += c;
    return out;
}

} // namespace

TEST_CASE("db purge --older-than 28: every figure and document as before, nobody purged left in the file",
          "[sqlite][cli][retention][audit]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.sqlite"));
    const auto run = [&](const QStringList &args) {
        return runCli(QStringList{QStringLiteral("--db"), db} + args);
    };
    REQUIRE(run({QStringLiteral("demo"), QStringLiteral("create")}).exitCode == 0);
    // Two people at a demo checkpoint: one long ago, one this week (days counted from today).
    const QString code = run({QStringLiteral("checkpoints"), QStringLiteral("list"),
                              QStringLiteral("--format"), QStringLiteral("json")})
                             .out.section(QStringLiteral("\"code\": \""), 1, 1)
                             .section(u'"', 0, 0);
    REQUIRE_FALSE(code.isEmpty());
    const QDate today = clock::today();
    QStringList lines{QStringLiteral("Thời gian,Mã điểm,Họ và tên,Số điện thoại,CCCD")};
    const auto scan = [&](int daysAgo, const Person &p) {
        lines << QStringLiteral("%1 09:00,%2,%3,%4,%5")
                     .arg(today.addDays(-daysAgo).toString(QStringLiteral("dd/MM/yyyy")), code, p.name,
                          p.phone, p.idNumber);
    };
    scan(60, kOld);
    scan(40, kOld);
    scan(3, kRecent);
    const QString csv = dir.filePath(QStringLiteral("quet.csv"));
    test::writeFile(csv, lines.join(u'\n').toUtf8());
    REQUIRE(run({QStringLiteral("scans"), QStringLiteral("import"), csv}).exitCode == 0);

    // What the office reports, for every kind of past period.
    const QString iso = today.toString(Qt::ISODate);
    const QList<QStringList> periods{
        {QStringLiteral("--as-of"), QStringLiteral("2021-08-24")},
        {QStringLiteral("--as-of"), QStringLiteral("2021-12-31")},
        {QStringLiteral("--as-of"), QStringLiteral("2021-06-30"), QStringLiteral("--from"),
         QStringLiteral("2021-06-01")},
        {QStringLiteral("--as-of"), iso, QStringLiteral("--from"), today.addDays(-90).toString(Qt::ISODate)},
    };
    const auto documents = [&](const QString &tag) {
        QStringList out;
        for (const QStringList &period : periods) {
            const auto stats = run(QStringList{QStringLiteral("stats"), QStringLiteral("communes"),
                                               QStringLiteral("--format"), QStringLiteral("json")} +
                                   period);
            REQUIRE(stats.exitCode == 0);
            out << stats.out;
            const auto checkpoints = run(QStringList{QStringLiteral("stats"), QStringLiteral("checkpoints"),
                                                     QStringLiteral("--format"), QStringLiteral("json")} +
                                         period);
            REQUIRE(checkpoints.exitCode == 0);
            out << checkpoints.out;
        }
        const QString pdf = dir.filePath(tag + QStringLiteral(".pdf"));
        const QString xlsx = dir.filePath(tag + QStringLiteral(".xlsx"));
        for (const QString &file : {pdf, xlsx})
            REQUIRE(run({QStringLiteral("report"), QStringLiteral("--as-of"), QStringLiteral("2021-08-24"),
                         QStringLiteral("--date"), QStringLiteral("2021-08-25"), QStringLiteral("--charts"),
                         QStringLiteral("--follow-up"), QStringLiteral("--out"), file})
                        .exitCode == 0);
        out << runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        out << xlsxCells(xlsx);
        return out;
    };
    const QStringList before = documents(QStringLiteral("before"));
    const QByteArray bytesBefore = storedBytes(db);
    REQUIRE(bytesBefore.contains(digits(kOld.phone).toUtf8()));

    const auto dry = run({QStringLiteral("db"), QStringLiteral("purge"), QStringLiteral("--older-than"),
                          QStringLiteral("28"), QStringLiteral("--dry-run")});
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("Dry run")));
    CHECK(storedBytes(db).contains(digits(kOld.phone).toUtf8()));

    const auto purged = run({QStringLiteral("db"), QStringLiteral("purge"), QStringLiteral("--older-than"),
                             QStringLiteral("28")});
    INFO(purged.err.toStdString());
    REQUIRE(purged.exitCode == 0);
    CHECK(purged.out.contains(QStringLiteral("Deleted the personal data")));
    CHECK(purged.err.isEmpty());

    // 1. The annex, the report's text, its XLSX cells and the statistics: identical.
    const QStringList after = documents(QStringLiteral("after"));
    REQUIRE(after.size() == before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        INFO("document " << i);
        CHECK(after[i] == before[i]);
    }
    // 2. No phone, name or ID number of a purged scan anywhere in the file or its journal.
    const QByteArray bytes = storedBytes(db);
    for (const QString &text : {digits(kOld.phone), kOld.name, kOld.idNumber}) {
        INFO(text.toStdString());
        CHECK_FALSE(bytes.contains(text.toUtf8()));
    }
    CHECK(bytes.contains(digits(kRecent.phone).toUtf8()));
    // 3. The purge is in the audit log.
    const auto log = run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                          QStringLiteral("purge"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(log.exitCode == 0);
    const QJsonArray purges = QJsonDocument::fromJson(log.out.toUtf8()).array();
    REQUIRE(purges.size() == 1);
    CHECK(purges[0][QStringLiteral("what")].toString().contains(QStringLiteral("28 days")));

    // Tracing the purged days says so; the recent person is still traced.
    const auto oldTrace = run({QStringLiteral("trace"), QStringLiteral("--phone"), kOld.phone,
                               QStringLiteral("--from"), today.addDays(-61).toString(Qt::ISODate),
                               QStringLiteral("--to"), today.addDays(-39).toString(Qt::ISODate)});
    CHECK(oldTrace.exitCode == 1);
    CHECK(oldTrace.err.contains(QStringLiteral("retention period")));
    const auto recentTrace = run({QStringLiteral("trace"), QStringLiteral("--phone"), kRecent.phone,
                                  QStringLiteral("--from"), today.addDays(-40).toString(Qt::ISODate)});
    CHECK(recentTrace.exitCode == 0);
    CHECK(recentTrace.err.contains(QStringLiteral("covers")));
    // The same export again brings nobody back.
    const auto again = run({QStringLiteral("scans"), QStringLiteral("import"), csv});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("were not imported")));
    CHECK_FALSE(storedBytes(db).contains(digits(kOld.phone).toUtf8()));
}

TEST_CASE("db backup and db restore from the command line", "[sqlite][cli][backup]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.sqlite"));
    const auto run = [&](const QStringList &args) {
        return runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("--operator"),
                                  QStringLiteral("Phạm Minh Thư")} +
                      args);
    };
    REQUIRE(run({QStringLiteral("demo"), QStringLiteral("create")}).exitCode == 0);
    const QString copy = dir.filePath(QStringLiteral("sao-luu.sqlite"));
    const auto backedUp = run({QStringLiteral("db"), QStringLiteral("backup"), copy});
    INFO(backedUp.err.toStdString());
    REQUIRE(backedUp.exitCode == 0);
    const auto count = [&] {
        return QJsonDocument::fromJson(run({QStringLiteral("checkpoints"), QStringLiteral("list"),
                                            QStringLiteral("--format"), QStringLiteral("json")})
                                           .out.toUtf8())
            .array()
            .size();
    };
    const qint64 registered = count();
    REQUIRE(run({QStringLiteral("checkpoints"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Quán cà phê Gió"), QStringLiteral("--type"), QStringLiteral("Chợ"),
                 QStringLiteral("--phone"), QStringLiteral("0912345678"), QStringLiteral("--commune"),
                 QStringLiteral("Đăng Hà"), QStringLiteral("--address"), QStringLiteral("Thôn 2")})
                .exitCode == 0);
    REQUIRE(count() == registered + 1);

    // A damaged file is refused before anything changes.
    QByteArray bytes = test::readFile(copy);
    bytes.replace(bytes.size() / 2, 4096, QByteArray(4096, 'Z'));
    const QString damaged = dir.filePath(QStringLiteral("hong.sqlite"));
    test::writeFile(damaged, bytes);
    const auto refused = run({QStringLiteral("db"), QStringLiteral("restore"), damaged});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("hong.sqlite")));
    CHECK(refused.err.contains(QStringLiteral("damaged")));
    CHECK(count() == registered + 1);

    const auto restored = run({QStringLiteral("db"), QStringLiteral("restore"), copy});
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(count() == registered);
    const QStringList kept =
        QDir(dir.path()).entryList({QStringLiteral("office.sqlite.before-restore-*.sqlite")});
    REQUIRE(kept.size() == 1);
    CHECK(runCli({QStringLiteral("--db"), dir.filePath(kept[0]), QStringLiteral("checkpoints"),
                  QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")})
              .out.contains(QStringLiteral("Quán cà phê Gió")));
    // Both in the log, by the operator named.
    const auto log = run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--format"),
                          QStringLiteral("json")});
    const QJsonArray entries = QJsonDocument::fromJson(log.out.toUtf8()).array();
    QStringList actions;
    for (const QJsonValue &e : entries) {
        actions << e[QStringLiteral("action")].toString();
        CHECK(e[QStringLiteral("operator")].toString() == QStringLiteral("Phạm Minh Thư"));
    }
    CHECK(actions == QStringList{QStringLiteral("backup"), QStringLiteral("restore")});
    const QString exported = dir.filePath(QStringLiteral("nhat-ky.xlsx"));
    REQUIRE(run({QStringLiteral("audit"), QStringLiteral("export"), exported}).exitCode == 0);
    CHECK(xlsxCells(exported).contains(QStringLiteral("Phạm Minh Thư")));
}
