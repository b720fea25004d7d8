// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace cd;
using test::runCli;

TEST_CASE("scans import, list and imports list from the command line", "[cli][scans]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.sqlite"));
    const QString csv = dir.filePath(QStringLiteral("export.csv"));
    auto run = [&](QStringList args) {
        return runCli(QStringList{QStringLiteral("--db"), db} + args);
    };
    REQUIRE(run({QStringLiteral("demo"), QStringLiteral("create")}).exitCode == 0);
    REQUIRE(run({QStringLiteral("demo"), QStringLiteral("generate-scans"), QStringLiteral("--rows"),
                 QStringLiteral("2000"), QStringLiteral("--out"), csv})
                .exitCode == 0);

    const auto first = run({QStringLiteral("scans"), QStringLiteral("import"), csv});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("2.000 row(s) read")));
    const auto again = run({QStringLiteral("scans"), QStringLiteral("import"), csv});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("was imported before")));
    CHECK(again.out.contains(QStringLiteral(", 0 added")));

    const auto imports = run({QStringLiteral("imports"), QStringLiteral("list"), QStringLiteral("--format"),
                              QStringLiteral("json")});
    const QJsonArray rows = QJsonDocument::fromJson(imports.out.toUtf8()).array();
    REQUIRE(rows.size() == 3); // the demo's own export and this file twice
    CHECK(rows[2][QStringLiteral("added")].toInt() == 0);
    CHECK(rows[1][QStringLiteral("sha256")].toString() == rows[2][QStringLiteral("sha256")].toString());

    // Phones are personal data: masked unless asked for.
    const auto list = run({QStringLiteral("scans"), QStringLiteral("list"), QStringLiteral("--checkpoint"),
                           QStringLiteral("25426-001"), QStringLiteral("--from"),
                           QStringLiteral("01/08/2021"), QStringLiteral("--to"), QStringLiteral("2021-08-31"),
                           QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray scans = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE_FALSE(scans.isEmpty());
    for (const QJsonValue &scan : scans) {
        CHECK(scan[QStringLiteral("checkpoint_code")].toString() == QStringLiteral("25426-001"));
        CHECK(scan[QStringLiteral("time")].toString().startsWith(QStringLiteral("2021-08")));
        const QString phone = scan[QStringLiteral("phone")].toString();
        CHECK((phone.isEmpty() || phone.contains(u'*')));
    }

    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    test::writeFile(bad, QStringLiteral("Thời gian,Mã điểm,SĐT\n24/08/2021,25426-001,0912345678\n").toUtf8());
    const auto refused = run({QStringLiteral("scans"), QStringLiteral("import"), bad});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(
        bad + QStringLiteral(": time: “24/08/2021” has a date but no time: 1 row (line 2)")));
}

TEST_CASE("scans map: an unknown place of an export imports after it is mapped", "[cli][scans][aliases]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.sqlite"));
    auto run = [&](QStringList args) {
        return runCli(QStringList{QStringLiteral("--db"), db} + args);
    };
    REQUIRE(run({QStringLiteral("demo"), QStringLiteral("create")}).exitCode == 0);
    const QString csv = dir.filePath(QStringLiteral("market.csv"));
    test::writeFile(csv, QStringLiteral("Thời gian,Địa điểm,Xã,SĐT\n"
                                        "24/08/2021 07:00,Chợ tạm Minh Hưng,Minh Hưng,0912345678\n"
                                        "24/08/2021 07:10,Chợ tạm Minh Hưng,Minh Hưng,0987654321\n")
                             .toUtf8());

    const auto unknown = run({QStringLiteral("scans"), QStringLiteral("import"), csv});
    CHECK(unknown.exitCode == 1);
    const QString label = QStringLiteral("Chợ tạm Minh Hưng · Minh Hưng");
    CHECK(unknown.err.contains(
        QStringLiteral("checkpoint: no checkpoint in the register matches “%1”: 2 rows (lines 2, 3)")
            .arg(label)));
    CHECK(unknown.err.contains(QStringLiteral("scans map LABEL --to CODE")));

    const auto wrongCode = run(
        {QStringLiteral("scans"), QStringLiteral("map"), label, QStringLiteral("--to"), QStringLiteral("X")});
    CHECK(wrongCode.exitCode != 0);
    CHECK(wrongCode.err.contains(QStringLiteral("“X”")));

    const auto mapped = run({QStringLiteral("scans"), QStringLiteral("map"), label, QStringLiteral("--to"),
                             QStringLiteral("25423-001")});
    INFO(mapped.err.toStdString());
    REQUIRE(mapped.exitCode == 0);
    const auto imported = run({QStringLiteral("scans"), QStringLiteral("import"), csv});
    CHECK(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral(", 2 added")));

    const auto listed = run({QStringLiteral("scans"), QStringLiteral("mappings"), QStringLiteral("--format"),
                             QStringLiteral("json")});
    const QJsonArray mappings = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(mappings.size() == 1);
    CHECK(mappings[0][QStringLiteral("label")].toString() == label);
    CHECK(mappings[0][QStringLiteral("checkpoint_code")].toString() == QStringLiteral("25423-001"));

    CHECK(run({QStringLiteral("scans"), QStringLiteral("unmap"), label}).exitCode == 0);
    const auto empty = run({QStringLiteral("scans"), QStringLiteral("mappings"), QStringLiteral("--format"),
                            QStringLiteral("json")});
    CHECK(QJsonDocument::fromJson(empty.out.toUtf8()).array().isEmpty());
}

TEST_CASE("scans import: the file's date order, --date-order, and exit code 3 for rows skipped",
          "[cli][scans][intake]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.sqlite"));
    auto run = [&](QStringList args) {
        return runCli(QStringList{QStringLiteral("--db"), db} + args);
    };
    REQUIRE(run({QStringLiteral("demo"), QStringLiteral("create")}).exitCode == 0);
    const QString either = dir.filePath(QStringLiteral("either.csv"));
    test::writeFile(
        either,
        QStringLiteral("Ngày quét,Giờ quét,Mã điểm,SĐT\n03/08/2021,07:30,25426-001,0911111111\n").toUtf8());
    const auto assumed = run({QStringLiteral("scans"), QStringLiteral("import"), either});
    CHECK(assumed.exitCode == 0);
    CHECK(assumed.out.contains(QStringLiteral("dd/MM/yyyy")));
    const auto forced = run({QStringLiteral("scans"), QStringLiteral("import"), either,
                             QStringLiteral("--date-order"), QStringLiteral("mdy")});
    CHECK(forced.exitCode == 0);
    CHECK(forced.out.contains(QStringLiteral("1 added")));
    const auto listed =
        run({QStringLiteral("scans"), QStringLiteral("list"), QStringLiteral("--checkpoint"),
             QStringLiteral("25426-001"), QStringLiteral("--from"), QStringLiteral("2021-03-08"),
             QStringLiteral("--to"), QStringLiteral("2021-03-08"), QStringLiteral("--format"),
             QStringLiteral("json")});
    CHECK(QJsonDocument::fromJson(listed.out.toUtf8()).array().size() == 1);
    CHECK(run({QStringLiteral("scans"), QStringLiteral("import"), either, QStringLiteral("--date-order"),
               QStringLiteral("ymd")})
              .exitCode == 2);

    const QString mixed = dir.filePath(QStringLiteral("mixed.csv"));
    test::writeFile(mixed,
                    QStringLiteral("Thời gian,Mã điểm,SĐT\n20/08/2021 07:30,25426-001,0911111112\n"
                                   "20/08/2021 07:31,25426-001,0911111113\n20/08/2021 07:32,X-1,0911111114\n")
                        .toUtf8());
    const auto skipped =
        run({QStringLiteral("scans"), QStringLiteral("import"), mixed, QStringLiteral("--skip-invalid")});
    CHECK(skipped.exitCode == 3);
    CHECK(skipped.out.contains(QStringLiteral("2 added")));
}
