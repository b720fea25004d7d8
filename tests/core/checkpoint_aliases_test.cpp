// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "database/SqlQuery.h"
#include "scans/CheckpointAliases.h"
#include "scans/ScanImport.h"

#include <QTemporaryDir>

using namespace cd;

namespace {

const qint64 kNow = 1700000000; // 14/11/2023

qint64 scansAt(const Database &db, const QString &code) {
    auto query = sql::exec(db.connection(),
                           QStringLiteral("SELECT count(*) FROM scans s JOIN checkpoints c ON c.id = "
                                          "s.checkpoint_id WHERE c.code = ?"),
                           {code});
    REQUIRE(query.ok());
    REQUIRE(query.value().next());
    return query.value().value(0).toLongLong();
}

// An export that names places by name and commune, one of them by a name the register does not have.
const QByteArray kExport = "Thời gian,Tên địa điểm,Xã/Phường,SĐT\n"
                           "24/08/2021 07:00,Chợ Đức Phong (cũ),TT Đức Phong,0912345678\n"
                           "24/08/2021 07:05,Chợ Đức Phong (cũ),TT Đức Phong,0912345679\n"
                           "24/08/2021 07:09,CHO DUC PHONG (CU),Thị trấn Đức Phong,0912345680\n";

} // namespace

TEST_CASE("a place the register does not know imports once the user says which checkpoint it is",
          "[scans][aliases]") {
    auto db = test::demoWorkspace();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scans.csv"));
    test::writeFile(path, kExport);
    ScanImportOptions options;
    options.now = kNow;

    const auto before = ScanImporter(db->connection()).run(path, options);
    REQUIRE(before.ok());
    CHECK_FALSE(before->written);
    CHECK(before->rejected == 3);
    // The two spellings are two labels in the report.
    const QString label = QStringLiteral("Chợ Đức Phong (cũ) · TT Đức Phong");
    REQUIRE(before->unknownCheckpoints.value(label) == 2);

    const QString code = QStringLiteral("25396-001");
    const qint64 scansBefore = scansAt(*db, code);
    CheckpointAliases aliases(db->connection());
    const auto mapped = aliases.set(label, code);
    REQUIRE(mapped.ok());
    CHECK(mapped->checkpointCode == code);
    // Case, spacing and Unicode form do not matter; the words and their tones do.
    REQUIRE(aliases.set(QStringLiteral("cho  duc phong (cu) · THỊ TRẤN ĐỨC PHONG"), code).ok());
    REQUIRE(aliases.list().value().size() == 2);

    const auto after = ScanImporter(db->connection()).run(path, options);
    REQUIRE(after.ok());
    CHECK(after->written);
    CHECK(after->added == 3);
    CHECK(after->unknownCheckpoints.isEmpty());
    CHECK(scansAt(*db, code) == scansBefore + 3);

    // Forgetting a mapping does not move what was imported through it.
    REQUIRE(aliases.remove(label).ok());
    CHECK(aliases.list().value().size() == 1);
    CHECK(scansAt(*db, code) == scansBefore + 3);
    const auto again = ScanImporter(db->connection()).run(path, options);
    REQUIRE(again.ok());
    CHECK(again->unknownCheckpoints.value(label) == 2);
}

TEST_CASE("a mapping to a code the register does not have is refused and changes nothing",
          "[scans][aliases]") {
    auto db = test::demoWorkspace();
    CheckpointAliases aliases(db->connection());
    const auto refused = aliases.set(QStringLiteral("Chợ cũ"), QStringLiteral("NO-SUCH"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("checkpoint"));
    CHECK(refused.error().message.contains(QStringLiteral("NO-SUCH")));
    CHECK(aliases.list().value().isEmpty());
    CHECK_FALSE(aliases.set(QStringLiteral("   "), QStringLiteral("25396-001")).ok());
    CHECK_FALSE(aliases.remove(QStringLiteral("Chợ cũ")).ok());
}
