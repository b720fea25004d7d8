// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "TestSupport.h"
#include "common/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cd;
using test::runCli;

namespace {
struct DemoFile {
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    DemoFile() {
        REQUIRE(
            runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("create")}).exitCode ==
            0);
    }
    test::CliRun run(const QStringList &args) const {
        return runCli(QStringList{QStringLiteral("--db"), db} + args);
    }
};
} // namespace

TEST_CASE("checkpoints list --format json carries the documented fields", "[cli][registry]") {
    DemoFile demo;
    const auto list =
        demo.run({QStringLiteral("checkpoints"), QStringLiteral("list"), QStringLiteral("--commune"),
                  QStringLiteral("TT Đức Phong"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(rows.size() == 45);
    const QJsonObject first = rows.first().toObject();
    for (const char *key : {"code", "name", "type", "phone", "province", "district", "commune",
                            "commune_code", "address", "lat", "lon", "parent_code", "status", "qr_payload"})
        CHECK(first.contains(QLatin1String(key)));
    CHECK(first[QStringLiteral("commune_code")].toString() == QStringLiteral("25396"));
    CHECK(first[QStringLiteral("district")].toString() == QStringLiteral("Huyện Bù Đăng"));
}

TEST_CASE("checkpoints add, edit, close and delete from the command line", "[cli][registry]") {
    DemoFile demo;
    const auto added = demo.run({QStringLiteral("checkpoints"), QStringLiteral("add"),
                                 QStringLiteral("--name"), QStringLiteral("Cửa hàng Bách hóa Xanh"),
                                 QStringLiteral("--type"), QStringLiteral("sieu thi, cua hang tien loi"),
                                 QStringLiteral("--phone"), QStringLiteral("+84 912 345 678"),
                                 QStringLiteral("--commune"), QStringLiteral("xã đăng hà"),
                                 QStringLiteral("--address"), QStringLiteral("Thôn 3, xã Đăng Hà"),
                                 QStringLiteral("--registered"), QStringLiteral("04/01/2021")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.startsWith(QStringLiteral("25426-002")));

    const auto duplicate = demo.run(
        {QStringLiteral("checkpoints"), QStringLiteral("add"), QStringLiteral("--name"),
         QStringLiteral("cửa hàng bách hóa xanh"), QStringLiteral("--type"), QStringLiteral("Chợ"),
         QStringLiteral("--phone"), QStringLiteral("0912345678"), QStringLiteral("--commune"),
         QStringLiteral("Đăng Hà"), QStringLiteral("--address"), QStringLiteral("Thôn 3, xã Đăng Hà")});
    CHECK(duplicate.exitCode == 1);
    CHECK(duplicate.err.contains(QStringLiteral("25426-002")));

    const auto invalid =
        demo.run({QStringLiteral("checkpoints"), QStringLiteral("add"), QStringLiteral("--name"),
                  QStringLiteral("X"), QStringLiteral("--type"), QStringLiteral("Chợ"),
                  QStringLiteral("--phone"), QStringLiteral("12"), QStringLiteral("--commune"),
                  QStringLiteral("Đăng Hà"), QStringLiteral("--address"), QStringLiteral("Y")});
    CHECK(invalid.exitCode == 1);
    CHECK(invalid.err.contains(QStringLiteral("phone: “12”")));

    CHECK(demo.run({QStringLiteral("checkpoints"), QStringLiteral("edit"), QStringLiteral("25426-002"),
                    QStringLiteral("--phone"), QStringLiteral("0987 654 321")})
              .exitCode == 0);
    CHECK(demo.run({QStringLiteral("checkpoints"), QStringLiteral("close"), QStringLiteral("25426-002"),
                    QStringLiteral("--on"), QStringLiteral("30/11/2021")})
              .exitCode == 0);
    const auto closed =
        demo.run({QStringLiteral("checkpoints"), QStringLiteral("list"), QStringLiteral("--status"),
                  QStringLiteral("closed"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray rows = QJsonDocument::fromJson(closed.out.toUtf8()).array();
    REQUIRE(rows.size() == 1);
    CHECK(rows.first()[QStringLiteral("phone")].toString() == QStringLiteral("0987654321"));
    CHECK(rows.first()[QStringLiteral("closed_on")].toString() == QStringLiteral("2021-11-30"));
    CHECK(rows.first()[QStringLiteral("registered_on")].toString() == QStringLiteral("2021-01-04"));
    CHECK(demo.run({QStringLiteral("checkpoints"), QStringLiteral("delete"), QStringLiteral("25426-002")})
              .exitCode == 0);
    CHECK(demo.run({QStringLiteral("checkpoints"), QStringLiteral("delete"), QStringLiteral("25426-002")})
              .exitCode == 1);
}

TEST_CASE("a checkpoint added by hand is registered today, in Vietnam time", "[cli][registry]") {
    DemoFile demo;
    // Read the clock on both sides of the command: the test may run across midnight.
    const QDate before = clock::today();
    const auto added = demo.run(
        {QStringLiteral("checkpoints"), QStringLiteral("add"), QStringLiteral("--name"),
         QStringLiteral("Nhà văn hóa thôn 5"), QStringLiteral("--type"), QStringLiteral("Khu dân cư"),
         QStringLiteral("--phone"), QStringLiteral("0912345678"), QStringLiteral("--commune"),
         QStringLiteral("Đăng Hà"), QStringLiteral("--address"), QStringLiteral("Thôn 5")});
    const QDate after = clock::today();
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QString code = added.out.section(u' ', 0, 0);
    const auto list =
        demo.run({QStringLiteral("checkpoints"), QStringLiteral("list"), QStringLiteral("--search"), code,
                  QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(rows.size() == 1);
    const QDate registered =
        QDate::fromString(rows.first()[QStringLiteral("registered_on")].toString(), Qt::ISODate);
    CHECK((registered == before || registered == after));

    // Closing it without --on closes it today; a day before its registration is refused.
    const auto early = demo.run({QStringLiteral("checkpoints"), QStringLiteral("close"), code,
                                 QStringLiteral("--on"), registered.addDays(-1).toString(Qt::ISODate)});
    CHECK(early.exitCode == 1);
    CHECK(demo.run({QStringLiteral("checkpoints"), QStringLiteral("close"), code}).exitCode == 0);
}

TEST_CASE("checkpoints export and import round-trip, and a bad row names file and line", "[cli][registry]") {
    DemoFile demo;
    const QString xlsx = demo.dir.filePath(QStringLiteral("register.xlsx"));
    REQUIRE(demo.run({QStringLiteral("checkpoints"), QStringLiteral("export"), QStringLiteral("--out"), xlsx})
                .exitCode == 0);

    const QString fresh = demo.dir.filePath(QStringLiteral("fresh.sqlite"));
    REQUIRE(runCli({QStringLiteral("--db"), fresh, QStringLiteral("init"), QStringLiteral("--province"),
                    QStringLiteral("Bình Phước"), QStringLiteral("--district"), QStringLiteral("Bù Đăng")})
                .exitCode == 0);
    const auto imported = runCli(
        {QStringLiteral("--db"), fresh, QStringLiteral("checkpoints"), QStringLiteral("import"), xlsx});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("189 added")));
    const auto again = runCli(
        {QStringLiteral("--db"), fresh, QStringLiteral("checkpoints"), QStringLiteral("import"), xlsx});
    CHECK(again.out.contains(QStringLiteral("0 added, 0 updated, 189 unchanged")));

    const QString bad = demo.dir.filePath(QStringLiteral("bad.csv"));
    test::writeFile(bad, QStringLiteral("Tên điểm;Loại;SĐT;Xã/Phường;Địa chỉ\n"
                                        "Quán A;Chợ;0912345678;Đăng Hà;Thôn 1\n"
                                        "Quán B;Chợ;0912345678;Xã Không Có;Thôn 2\n")
                             .toUtf8());
    const auto refused =
        runCli({QStringLiteral("--db"), fresh, QStringLiteral("checkpoints"), QStringLiteral("import"), bad});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(bad + QStringLiteral(": commune: “Xã Không Có” is not a unit of")));
    CHECK(refused.err.contains(QStringLiteral("1 row (line 3)")));
    CHECK(refused.out.contains(QStringLiteral("Nothing was written")));
}

TEST_CASE("checkpoints import: a column placed by hand, rows skipped with exit code 3, types merged",
          "[cli][registry][intake]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.sqlite"));
    const auto run = [&](const QStringList &args) {
        return runCli(QStringList{QStringLiteral("--db"), db} + args);
    };
    REQUIRE(run({QStringLiteral("init"), QStringLiteral("--province"), QStringLiteral("Bình Phước"),
                 QStringLiteral("--district"), QStringLiteral("Bù Đăng")})
                .exitCode == 0);
    const QString file = dir.filePath(QStringLiteral("so-dang-ky.csv"));
    test::writeFile(file, QStringLiteral("Tên cơ sở;Liên lạc;Nơi đặt;Loại hình\n"
                                         "Chợ A;0912345678;X. Đăng Hà;Chợ\n"
                                         "Nhà văn hóa xóm 2;0912345679;Xã Không Có;Nhà văn hóa xóm\n"
                                         "Nhà văn hóa xóm 3;0912345670;Xã Không Có;Nhà văn hóa xóm\n"
                                         "Bến xe B;0912345671;Bom Bo;Bến xe\n")
                              .toUtf8());
    // The commune column is named nothing the import knows: it says so, and --map places it.
    const auto unplaced = run({QStringLiteral("checkpoints"), QStringLiteral("import"), file});
    CHECK(unplaced.exitCode == 1);
    CHECK(unplaced.err.contains(QStringLiteral("commune")));
    const QStringList mapped{
        QStringLiteral("checkpoints"), QStringLiteral("import"),          file,
        QStringLiteral("--map"),       QStringLiteral("commune=Nơi đặt"), QStringLiteral("--map"),
        QStringLiteral("phone=B")};
    const auto refused = run(mapped);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("so-dang-ky.csv: commune: “Xã Không Có” is not a unit")));
    CHECK(refused.err.contains(QStringLiteral("2 rows (lines 3, 4)")));
    CHECK(refused.err.count(QStringLiteral("Xã Không Có")) == 1); // one line for the two rows
    CHECK(refused.out.contains(QStringLiteral("Nothing was written")));

    const auto partly = run(mapped + QStringList{QStringLiteral("--skip-invalid")});
    INFO(partly.err.toStdString());
    CHECK(partly.exitCode == 3);
    CHECK(partly.out.contains(QStringLiteral("2 added")));
    CHECK(QFile::exists(dir.filePath(QStringLiteral("so-dang-ky.rejects.csv"))));

    const auto types = run({QStringLiteral("checkpoints"), QStringLiteral("types"),
                            QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray listed = QJsonDocument::fromJson(types.out.toUtf8()).array();
    int stations = -1;
    for (const QJsonValue &type : listed) {
        if (type[QStringLiteral("name")].toString() == QStringLiteral("Bến xe, bến tàu"))
            stations = type[QStringLiteral("checkpoints")].toInt();
    }
    CHECK(stations == 1);

    // The office's own type is renamed, then merged into a national one.
    CHECK(run({QStringLiteral("checkpoints"), QStringLiteral("add"), QStringLiteral("--name"),
               QStringLiteral("Tiệm tóc Lan"), QStringLiteral("--type"), QStringLiteral("Tiệm cắt tóc"),
               QStringLiteral("--phone"), QStringLiteral("0912345672"), QStringLiteral("--commune"),
               QStringLiteral("Đăng Hà"), QStringLiteral("--address"), QStringLiteral("Thôn 1")})
              .exitCode == 0);
    CHECK(run({QStringLiteral("checkpoints"), QStringLiteral("types"), QStringLiteral("--rename"),
               QStringLiteral("tiem cat toc"), QStringLiteral("--to"), QStringLiteral("Dịch vụ cắt tóc")})
              .exitCode == 0);
    const auto merged =
        run({QStringLiteral("checkpoints"), QStringLiteral("types"), QStringLiteral("--merge"),
             QStringLiteral("Dịch vụ cắt tóc"), QStringLiteral("--into"), QStringLiteral("Khác")});
    CHECK(merged.exitCode == 0);
    CHECK_FALSE(merged.out.contains(QStringLiteral("cắt tóc")));
    const auto list = run({QStringLiteral("checkpoints"), QStringLiteral("list"), QStringLiteral("--type"),
                           QStringLiteral("Khác"), QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(QJsonDocument::fromJson(list.out.toUtf8()).array().size() == 1);
}
