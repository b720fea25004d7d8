// SPDX-License-Identifier: GPL-3.0-or-later
// Acceptance: a province's register and scan export as offices send them, through the real executable.
#include "CliRunner.h"
#include "ProvinceRegister.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cd;
using test::runCli;

TEST_CASE("a province register in every shape imports whole, and the annex of a past day is exact",
          "[cli][registry][intake][acceptance]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cao-bang.sqlite"));
    const auto run = [&](const QStringList &args) {
        return runCli(QStringList{QStringLiteral("--db"), db} + args);
    };
    REQUIRE(
        run({QStringLiteral("init"), QStringLiteral("--province"), QStringLiteral("Cao Bằng")}).exitCode ==
        0);

    auto units = test::memoryWorkspace();
    const QString registerFile = dir.filePath(QStringLiteral("diem-quet-cao-bang.csv"));
    const auto reg =
        test::writeProvinceRegister(units->connection(), QStringLiteral("04"), 5677, registerFile);
    REQUIRE(reg.ok());
    const QDate asOf(2021, 11, 12);
    const QString scansFile = dir.filePath(QStringLiteral("luot-quet.csv"));
    const auto expected = test::writeScanExport(reg.value(), units->connection(), 3000, asOf, scansFile);
    REQUIRE(expected.ok());

    const auto imported = run({QStringLiteral("checkpoints"), QStringLiteral("import"), registerFile});
    INFO(imported.err.left(3000).toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("5.677 added")));
    CHECK(imported.out.contains(QStringLiteral("totals: 1 row")));

    // Every row in its official commune.
    const auto listed = run({QStringLiteral("checkpoints"), QStringLiteral("list"),
                             QStringLiteral("--format"), QStringLiteral("json")});
    QHash<QString, QString> communeOf;
    for (const QJsonValue &c : QJsonDocument::fromJson(listed.out.toUtf8()).array())
        communeOf.insert(c[QStringLiteral("name")].toString(), c[QStringLiteral("commune_code")].toString());
    REQUIRE(communeOf.size() == 5677);
    int misplaced = 0;
    for (const test::GeneratedCheckpoint &c : reg->checkpoints)
        misplaced += communeOf.value(c.name) != c.communeCode;
    CHECK(misplaced == 0);

    const auto scans = run({QStringLiteral("scans"), QStringLiteral("import"), scansFile});
    INFO(scans.err.left(2000).toStdString());
    REQUIRE(scans.exitCode == 0);

    const auto stats = run({QStringLiteral("stats"), QStringLiteral("communes"), QStringLiteral("--as-of"),
                            asOf.toString(Qt::ISODate), QStringLiteral("--columns"),
                            QStringLiteral("with_scans,without_scans,scans_7d"), QStringLiteral("--format"),
                            QStringLiteral("json")});
    REQUIRE(stats.exitCode == 0);
    const QJsonObject table = QJsonDocument::fromJson(stats.out.toUtf8()).object();
    const QJsonArray rows = table[QStringLiteral("rows")].toArray();
    REQUIRE(rows.size() == 10);
    qint64 totalScans = 0;
    for (const QJsonValue &row : rows) {
        const QString code = row[QStringLiteral("code")].toString();
        const test::ExpectedFigures f = expected->value(code);
        INFO(code.toStdString());
        CHECK(row[QStringLiteral("checkpoints")].toInt() == reg->perDistrict.value(code));
        CHECK(row[QStringLiteral("scans")].toInteger() == f.scans);
        CHECK(row[QStringLiteral("with_scans")].toInt() == f.withScans);
        CHECK(row[QStringLiteral("without_scans")].toInt() == reg->perDistrict.value(code) - f.withScans);
        CHECK(row[QStringLiteral("active_7d")].toInt() == f.active7d);
        CHECK(row[QStringLiteral("scans_7d")].toInteger() == f.scans7d);
        totalScans += f.scans;
    }
    CHECK(table[QStringLiteral("total")][QStringLiteral("checkpoints")].toInt() == 5677);
    CHECK(table[QStringLiteral("total")][QStringLiteral("scans")].toInteger() == totalScans);
}
