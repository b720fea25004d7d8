// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "database/SqlQuery.h"
#include "demo/DemoDatabase.h"
#include "registry/CheckpointRegistry.h"
#include "registry/CheckpointTypes.h"
#include "registry/PhoneNumber.h"
#include "scans/ScanImport.h"
#include "units/OfficeScope.h"

using namespace cd;

namespace {
Checkpoint market() {
    Checkpoint c;
    c.name = QStringLiteral("Chợ Đăng Hà");
    c.typeName = QStringLiteral("Chợ");
    c.phone = QStringLiteral("0912 345 678");
    c.communeCode = QStringLiteral("25426");
    c.address = QStringLiteral("Thôn 3, xã Đăng Hà");
    c.registeredOn = QDate(2021, 6, 1);
    return c;
}
} // namespace

TEST_CASE("phone numbers written any way become the national form", "[registry]") {
    for (const QString &written :
         {QStringLiteral("0912345678"), QStringLiteral("+84912345678"), QStringLiteral("84912345678"),
          QStringLiteral("912345678"), QStringLiteral("0912 345 678"), QStringLiteral("0912.345.678"),
          QStringLiteral("091-234-5678"), QStringLiteral("(+84) 912 345 678"), QStringLiteral("912345678.0"),
          QStringLiteral("0084912345678")}) {
        INFO(written.toStdString());
        CHECK(phone::normalize(written).value() == QStringLiteral("0912345678"));
    }
    CHECK(phone::normalize(QStringLiteral("02713 877 123")).value() == QStringLiteral("02713877123"));
    for (const QString &bad :
         {QStringLiteral("09722444456"), QStringLiteral("12345"), QStringLiteral("091234567x"),
          QStringLiteral("+1 202 555 0100"), QStringLiteral("0112345678")}) {
        INFO(bad.toStdString());
        const auto result = phone::normalize(bad);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().field == QStringLiteral("phone"));
    }
    CHECK(phone::masked(QStringLiteral("0912345678")) == QStringLiteral("0912***678"));
}

TEST_CASE("a checkpoint is validated field by field", "[registry]") {
    auto db = test::demoWorkspace();
    CheckpointRegistry registry(db->connection());
    Checkpoint empty;
    QStringList fields;
    for (const Error &problem : registry.validate(empty))
        fields << problem.field;
    CHECK(fields == QStringList{QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("phone"),
                                QStringLiteral("commune"), QStringLiteral("address")});

    Checkpoint swapped = market();
    swapped.latitude = 107.2;
    swapped.longitude = 11.8;
    const auto problems = registry.validate(swapped);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().field == QStringLiteral("location"));

    Checkpoint elsewhere = market();
    elsewhere.communeCode = QStringLiteral("00004"); // Phường Trúc Bạch, Hà Nội
    CHECK(registry.validate(elsewhere).first().field == QStringLiteral("commune"));
}

TEST_CASE("adding generates a stable code and refuses duplicates", "[registry]") {
    auto db = test::demoWorkspace();
    CheckpointRegistry registry(db->connection());
    const auto added = registry.add(market());
    REQUIRE(added.ok());
    CHECK(added->code == QStringLiteral("25426-002")); // the demo has 25426-001
    CHECK(added->phone == QStringLiteral("0912345678"));
    CHECK(added->typeName == QStringLiteral("Chợ"));
    CHECK(added->communeName == QStringLiteral("Xã Đăng Hà"));
    CHECK(added->districtName == QStringLiteral("Huyện Bù Đăng"));
    CHECK(added->registeredOn == QDate(2021, 6, 1));

    Checkpoint again = market();
    again.name = QStringLiteral("chợ  đăng hà"); // same name, other case and spacing
    const auto duplicate = registry.add(again);
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().message.contains(added->code));

    // An issued QR code belongs to one checkpoint.
    Checkpoint copycat = market();
    copycat.name = QStringLiteral("Chợ đêm Đăng Hà");
    copycat.issuedQrPayload = registry.byCode(QStringLiteral("25420-003"))->issuedQrPayload;
    REQUIRE_FALSE(copycat.issuedQrPayload.isEmpty());
    const auto taken = registry.add(copycat);
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.error().field == QStringLiteral("qr_payload"));
    CHECK(taken.error().message.contains(QStringLiteral("25420-003")));

    // Editing keeps the code; a new code can be given.
    Checkpoint edited = added.value();
    edited.name = QStringLiteral("Chợ trung tâm Đăng Hà");
    const auto updated = registry.update(edited);
    REQUIRE(updated.ok());
    CHECK(updated->code == added->code);
    CHECK(registry.byCode(added->code)->name == QStringLiteral("Chợ trung tâm Đăng Hà"));
}

TEST_CASE("sub-checkpoints, closing and deleting", "[registry]") {
    auto db = test::demoWorkspace();
    CheckpointRegistry registry(db->connection());
    const Checkpoint hospital = registry.add(market()).value();
    Checkpoint floor = market();
    floor.name = QStringLiteral("Chợ Đăng Hà – khu B");
    floor.parentCode = hospital.code;
    const auto child = registry.add(floor);
    REQUIRE(child.ok());
    CHECK(child->parentId == hospital.id);
    CHECK(child->parentCode == hospital.code);

    // A parent with sub-checkpoints is closed, not deleted.
    CHECK_FALSE(registry.remove(hospital.id).ok());
    REQUIRE(registry.close(hospital.id, QDate(2021, 9, 1)).ok());
    CHECK(registry.byId(hospital.id)->isClosed());
    CHECK(registry.byId(hospital.id)->closedOn == QDate(2021, 9, 1));

    // A loop is refused.
    Checkpoint loop = registry.byId(hospital.id).value();
    loop.parentCode = child->code;
    loop.parentId.reset();
    CHECK(registry.validate(loop).first().field == QStringLiteral("parent"));

    REQUIRE(registry.remove(child->id).ok());
    CHECK_FALSE(registry.byId(child->id));
    // Undo of the delete puts it back as it was.
    const auto restored = registry.restore(child.value());
    REQUIRE(restored.ok());
    CHECK(restored->id == child->id);
    CHECK(restored->code == child->code);
}

TEST_CASE("lists follow the commune order and filter without diacritics", "[registry]") {
    auto db = test::demoWorkspace();
    CheckpointRegistry registry(db->connection());
    const Checkpoints all = registry.list();
    REQUIRE(all.size() == 189);
    CHECK(all.first().communeCode == QStringLiteral("25426")); // Đăng Hà heads the annex
    CHECK(all.last().communeCode == QStringLiteral("25399"));  // Đak Nhau ends it
    CHECK(registry.countByCommune().value(QStringLiteral("25396")) == 45);

    CheckpointFilter filter;
    filter.text = QStringLiteral("tram y te");
    const Checkpoints stations = registry.list(filter);
    // Every commune of the demo with two checkpoints or more has its health station.
    int communesWithTwo = 0;
    for (const AnnexRow &row : DemoDatabase::annex())
        communesWithTwo += row.checkpoints >= 2 ? 1 : 0;
    CHECK(stations.size() == communesWithTwo);
    for (const Checkpoint &c : stations)
        CHECK(c.name.startsWith(QStringLiteral("Trạm Y tế")));
}

TEST_CASE("checkpoint types are the seeds' places and editable", "[registry]") {
    auto db = test::memoryWorkspace();
    CheckpointTypes types(db->connection());
    CHECK(types.all().value().size() == CheckpointTypes::defaults().size());
    CHECK(types.find(QStringLiteral("cho")).value().name == QStringLiteral("Chợ"));
    CHECK(types.find(QStringLiteral("truong hoc")).value().name == QStringLiteral("Trường học"));
    CHECK_FALSE(types.find(QStringLiteral("Tiệm cắt tóc")).ok());
    const auto added = types.add(QStringLiteral("Tiệm cắt tóc"));
    REQUIRE(added.ok());
    CHECK(types.find(QStringLiteral("tiem cat toc")).value().id == added->id);
    CHECK(types.remove(added->id).ok());
}

TEST_CASE("a failure of the database is reported as itself, never as something else", "[registry][errors]") {
    auto db = test::demoWorkspace();
    CheckpointRegistry registry(db->connection());
    Checkpoint lone = market();
    lone.name = QStringLiteral("Điểm không có lượt quét");
    const auto added = registry.add(lone);
    REQUIRE(added.ok());
    // Deleting fails for a reason other than the records that refer to it.
    const auto allowDeletes =
        test::refuseWrites(db->connection(), QStringLiteral("checkpoints"), QStringLiteral("DELETE"),
                           QStringLiteral("TRUE"), QStringLiteral("the disk is full"));
    const Status removed = registry.remove(added->id);
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.error().message.contains(QStringLiteral("the disk is full")));
    CHECK_FALSE(removed.error().message.contains(QStringLiteral("refer to it")));
    allowDeletes();
    CHECK(registry.remove(added->id).ok());

    // A register that cannot be read is an error for the whole register, not an empty one.
    REQUIRE(sql::exec(db->connection(), QStringLiteral("ALTER TABLE checkpoint_types RENAME TO lost_types"))
                .ok());
    REQUIRE(sql::exec(db->connection(), QStringLiteral("CREATE TABLE checkpoint_types (x INTEGER)")).ok());
    REQUIRE(sql::exec(db->connection(), QStringLiteral("DROP TABLE checkpoint_types")).ok());
    CHECK_FALSE(registry.all().ok());
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("quet.csv"));
    test::writeFile(csv, "Thời gian,Mã điểm,SĐT\n24/08/2021 07:00,25426-001,0912345678\n");
    const auto imported = ScanImporter(db->connection()).run(csv);
    REQUIRE_FALSE(imported.ok()); // before: every row an "unknown checkpoint"
    CHECK(imported.error().file == csv);
}

TEST_CASE("a checkpoint with scans cannot be deleted or renumbered, and keeps its scans",
          "[registry][scans]") {
    // SQLite keeps this by the scans' foreign key; a server by a trigger, its imports copying scans in
    // without a key to check (migration 9). Both say so the same way.
    auto db = test::demoWorkspace();
    CheckpointRegistry registry(db->connection());
    Checkpoint scanned = market();
    scanned.name = QStringLiteral("Điểm có một lượt quét");
    const auto added = registry.add(scanned);
    REQUIRE(added.ok());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("scans.csv"));
    test::writeFile(
        file, QStringLiteral("Thời gian quét,Mã điểm,Số điện thoại\n02/03/2022 07:00:00,%1,0912345678\n")
                  .arg(added->code)
                  .toUtf8());
    ScanImportOptions options;
    options.now = 1700000000; // 14/11/2023
    const auto report = ScanImporter(db->connection()).run(file, options);
    REQUIRE(report.ok());
    REQUIRE(report->added == 1);

    const Status removed = registry.remove(added->id);
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.error().message.contains(QStringLiteral("refer to it")));
    CHECK_FALSE(sql::exec(db->connection(),
                          QStringLiteral("UPDATE checkpoints SET id = id + 100000 WHERE id = ?"), {added->id})
                    .ok());
    CHECK(registry.byId(added->id).has_value());
    CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM scans WHERE checkpoint_id = ?"),
                      {added->id})
              .value()
              .toLongLong() == 1);
    // A change that keeps the number is no renumbering.
    CHECK(sql::exec(db->connection(), QStringLiteral("UPDATE checkpoints SET id = id, name = ? WHERE id = ?"),
                    {QStringLiteral("Điểm đổi tên"), added->id})
              .ok());
}
