// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "TestSupport.h"

#include "database/Schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace cd;
using test::runCli;

namespace {
QString dbArg(const QTemporaryDir &dir) {
    return dir.filePath(QStringLiteral("office.sqlite"));
}
} // namespace

TEST_CASE("init, then units list gives the 16 communes of Bù Đăng with their codes", "[cli]") {
    QTemporaryDir dir;
    const QString db = dbArg(dir);
    const auto init =
        runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--province"),
                QStringLiteral("Bình Phước"), QStringLiteral("--district"), QStringLiteral("Bù Đăng")});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);

    const auto list = runCli({QStringLiteral("--db"), db, QStringLiteral("units"), QStringLiteral("list"),
                              QStringLiteral("--district"), QStringLiteral("Bù Đăng"),
                              QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(rows.size() == 16);

    // Every commune of the annex, by code and name, and nothing else.
    QStringList listed;
    for (const QJsonValue &row : rows)
        listed << row[QStringLiteral("code")].toString() + u' ' + row[QStringLiteral("name")].toString();
    for (const auto &annexRow : {QStringLiteral("25426 Đăng Hà"), QStringLiteral("25420 Thống Nhất"),
                                 QStringLiteral("25396 Đức Phong"), QStringLiteral("25399 Đak Nhau"),
                                 QStringLiteral("25398 Đường 10"), QStringLiteral("25405 Bom Bo")})
        CHECK(listed.contains(annexRow));
}

TEST_CASE("units find resolves names as they are written and rejects ambiguous ones", "[cli]") {
    QTemporaryDir dir;
    const QString db = dbArg(dir);
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("create")}).exitCode ==
            0);

    const QString decomposed = QStringLiteral("Đăng Hà").normalized(QString::NormalizationForm_D);
    const auto found =
        runCli({QStringLiteral("--db"), db, QStringLiteral("units"), QStringLiteral("find"),
                QStringLiteral("Thông Nhất"), QStringLiteral("TT Đức Phong"), QStringLiteral("xã đăng hà"),
                decomposed, QStringLiteral("--format"), QStringLiteral("json")});
    INFO(found.err.toStdString());
    REQUIRE(found.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(found.out.toUtf8()).array();
    REQUIRE(rows.size() == 4);
    CHECK(rows[0][QStringLiteral("code")].toString() == QStringLiteral("25420"));
    CHECK(rows[1][QStringLiteral("code")].toString() == QStringLiteral("25396"));
    CHECK(rows[2][QStringLiteral("code")].toString() == QStringLiteral("25426"));
    CHECK(rows[3][QStringLiteral("code")].toString() == QStringLiteral("25426"));

    const auto ambiguous =
        runCli({QStringLiteral("--db"), db, QStringLiteral("units"), QStringLiteral("find"),
                QStringLiteral("Minh Hưng"), QStringLiteral("--province"), QStringLiteral("Bình Phước")});
    CHECK(ambiguous.exitCode == 1);
    CHECK(ambiguous.err.contains(QStringLiteral("25408")));
    CHECK(ambiguous.err.contains(QStringLiteral("Huyện Chơn Thành")));
}

TEST_CASE("the demo lists the communes in the annex's order", "[cli]") {
    QTemporaryDir dir;
    const QString db = dbArg(dir);
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("create")}).exitCode ==
            0);
    const auto list = runCli({QStringLiteral("--db"), db, QStringLiteral("units"), QStringLiteral("list"),
                              QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(list.exitCode == 0);
    const QStringList lines = list.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 17);
    CHECK(lines[0] == QStringLiteral("order,code,name_with_type,name,type,parent_code"));
    CHECK(lines[1] == QStringLiteral("1,25426,Xã Đăng Hà,Đăng Hà,Xã,696"));
    CHECK(lines[16] == QStringLiteral("16,25399,Xã Đak Nhau,Đak Nhau,Xã,696"));
}

TEST_CASE("files that are not usable databases give exit code 1 and stay byte-identical", "[sqlite][cli]") {
    QTemporaryDir dir;
    const QString notDb = dir.filePath(QStringLiteral("report.xlsx"));
    const QByteArray bytes("PK\x03\x04 not really a workbook", 28);
    test::writeFile(notDb, bytes);
    const auto run = runCli({QStringLiteral("--db"), notDb, QStringLiteral("db"), QStringLiteral("check")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(notDb));
    CHECK(run.err.contains(QStringLiteral("not an SQLite file")));
    CHECK(test::readFile(notDb) == bytes);
}

TEST_CASE("db check reports the schema and integrity of a sound database", "[cli]") {
    QTemporaryDir dir;
    const QString db = dbArg(dir);
    const auto run = runCli({QStringLiteral("--db"), db, QStringLiteral("db"), QStringLiteral("check")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Integrity:       ok")));
    CHECK(run.out.contains(QStringLiteral("Schema version:  %1").arg(schema::latestVersion())));
}

TEST_CASE("usage errors give exit code 2 and --help gives 0", "[cli]") {
    CHECK(runCli({QStringLiteral("no-such-command")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--bogus")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("init")}).exitCode == 2); // --province missing
    QTemporaryDir dir;
    CHECK(runCli({QStringLiteral("--db"), dbArg(dir), QStringLiteral("units"), QStringLiteral("list"),
                  QStringLiteral("--format"), QStringLiteral("xml")})
              .exitCode == 2);
    for (const QString &command :
         {QStringLiteral("init"), QStringLiteral("units list"), QStringLiteral("units find"),
          QStringLiteral("units order"), QStringLiteral("db check"), QStringLiteral("demo create")}) {
        const auto help = runCli(command.split(u' ') + QStringList{QStringLiteral("--help")});
        INFO(command.toStdString());
        CHECK(help.exitCode == 0);
        CHECK(help.out.startsWith(QStringLiteral("Usage: checkpoint-desk ") + command));
    }
    // Every subcommand's summary is set apart from its name, the longest ("generate-scans") included.
    const auto demo = runCli({QStringLiteral("demo"), QStringLiteral("--help")});
    CHECK(demo.exitCode == 0);
    CHECK(QRegularExpression(QStringLiteral(R"((?m)^  generate-scans +\S)")).match(demo.out).hasMatch());
    CHECK(QRegularExpression(QStringLiteral(R"((?m)^  create +\S)")).match(demo.out).hasMatch());
}

TEST_CASE("an unknown commune in init is a data error naming the field", "[cli]") {
    QTemporaryDir dir;
    const auto run =
        runCli({QStringLiteral("--db"), dbArg(dir), QStringLiteral("init"), QStringLiteral("--province"),
                QStringLiteral("Bình Phước"), QStringLiteral("--district"), QStringLiteral("Bù Đang Xa")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("district")));
    CHECK(run.err.contains(QStringLiteral("Huyện Bù Đăng")));
}

TEST_CASE("demo create --replace replaces only a demonstration database", "[sqlite][cli][demo][security]") {
    QTemporaryDir dir;
    // An office's real database, and a file that is no database at all.
    const QString office = dir.filePath(QStringLiteral("office.sqlite"));
    REQUIRE(runCli({QStringLiteral("--db"), office, QStringLiteral("init"), QStringLiteral("--province"),
                    QStringLiteral("Bình Phước"), QStringLiteral("--district"), QStringLiteral("Bù Đăng")})
                .exitCode == 0);
    const QString notes = dir.filePath(QStringLiteral("notes.sqlite"));
    test::writeFile(notes, "not a database at all");
    for (const QString &path : {office, notes}) {
        const QByteArray before = test::readFile(path);
        const auto refused = runCli({QStringLiteral("--db"), path, QStringLiteral("demo"),
                                     QStringLiteral("create"), QStringLiteral("--replace")});
        INFO(refused.err.toStdString());
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(QStringLiteral("not a demonstration database")));
        CHECK(test::readFile(path) == before);
    }
    // Without --replace, the demo does not go into the office's database either.
    const QByteArray before = test::readFile(office);
    const auto into =
        runCli({QStringLiteral("--db"), office, QStringLiteral("demo"), QStringLiteral("create")});
    CHECK(into.exitCode == 1);
    CHECK(test::readFile(office) == before);

    // A demonstration database is made anew.
    const QString demo = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(
        runCli({QStringLiteral("--db"), demo, QStringLiteral("demo"), QStringLiteral("create")}).exitCode ==
        0);
    REQUIRE(runCli({QStringLiteral("--db"), demo, QStringLiteral("checkpoints"), QStringLiteral("delete"),
                    QStringLiteral("25396-045")})
                .exitCode != 2);
    const auto replaced = runCli({QStringLiteral("--db"), demo, QStringLiteral("demo"),
                                  QStringLiteral("create"), QStringLiteral("--replace")});
    INFO(replaced.err.toStdString());
    CHECK(replaced.exitCode == 0);
    const auto listed = runCli({QStringLiteral("--db"), demo, QStringLiteral("checkpoints"),
                                QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(listed.out.count(QStringLiteral("\"code\"")) == 189);
}
