// SPDX-License-Identifier: GPL-3.0-or-later
// The Statistics section of a provincial office: one row per district, a drill-down to the district's
// communes, then to a commune's checkpoints.
#include "TestSupport.h"

#include "demo/ScanGenerator.h"
#include "registry/CheckpointRegistry.h"
#include "registry/CheckpointTypes.h"
#include "scans/ScanImport.h"
#include "stats/CheckpointStatisticsModel.h"
#include "stats/StatisticsPage.h"
#include "stats/UnitStatisticsModel.h"
#include "units/OfficeScope.h"

using namespace cd;

namespace {

// Three checkpoints in two communes of two districts of Bình Phước, and 300 scans in July 2021.
std::unique_ptr<Database> provinceWithScans(const QString &scanFile) {
    auto db = test::memoryWorkspace();
    REQUIRE(OfficeScope(db->connection()).configure(QStringLiteral("Bình Phước"), {}));
    const AdminUnits communes = OfficeScope(db->connection()).communes();
    REQUIRE(communes.size() > 2);
    const AdminUnit first = communes.first();
    AdminUnit other;
    for (const AdminUnit &commune : communes) {
        if (commune.parentCode != first.parentCode) {
            other = commune;
            break;
        }
    }
    REQUIRE(other.isValid());
    const auto types = CheckpointTypes(db->connection()).all().value();
    REQUIRE(!types.isEmpty());
    CheckpointRegistry registry(db->connection());
    int number = 0;
    for (const AdminUnit &commune : {first, first, other}) {
        Checkpoint checkpoint;
        checkpoint.name = QStringLiteral("Điểm thử %1").arg(++number);
        checkpoint.typeId = types.first().id;
        checkpoint.phone = QStringLiteral("09123456%1").arg(number, 2, 10, QLatin1Char('0'));
        checkpoint.communeCode = commune.code;
        checkpoint.address = QStringLiteral("Thôn %1").arg(number);
        checkpoint.registeredOn = QDate(2021, 1, 5);
        REQUIRE(registry.add(checkpoint));
    }
    ScanGenerator generator(db->connection(), 7);
    REQUIRE(generator.write(scanFile, 300,
                            [&] { return generator.random(QDate(2021, 7, 1), QDate(2021, 7, 31)); }));
    REQUIRE(ScanImporter(db->connection()).run(scanFile));
    return db;
}

} // namespace

TEST_CASE("a province's statistics drill down from districts to communes to checkpoints", "[ui][stats]") {
    QTemporaryDir dir;
    auto db = provinceWithScans(dir.filePath(QStringLiteral("quet.csv")));
    ui::statisticsColumns::remember({});
    ui::StatisticsPage page(*db);
    page.setPeriod({}, QDate(2021, 8, 24));

    ui::UnitStatisticsModel *districts = page.model();
    const AdminUnits expectedDistricts = OfficeScope(db->connection()).reportingUnits();
    REQUIRE(districts->totalRow() == expectedDistricts.size());
    const int scans = districts->sectionOf(ui::StatisticsColumn::Scans);
    const int checkpoints = districts->sectionOf(ui::StatisticsColumn::Checkpoints);
    CHECK(districts->index(districts->totalRow(), scans)
              .data(ui::UnitStatisticsModel::ValueRole)
              .toLongLong() == 300);
    CHECK(districts->index(districts->totalRow(), checkpoints)
              .data(ui::UnitStatisticsModel::ValueRole)
              .toLongLong() == 3);

    // The district with two checkpoints.
    int busiest = -1;
    for (int row = 0; row < districts->totalRow(); ++row) {
        if (districts->index(row, checkpoints).data(ui::UnitStatisticsModel::ValueRole).toLongLong() == 2)
            busiest = row;
    }
    REQUIRE(busiest >= 0);
    const QString district =
        districts->index(busiest, 0).data(ui::UnitStatisticsModel::UnitCodeRole).toString();
    const qint64 districtScans =
        districts->index(busiest, scans).data(ui::UnitStatisticsModel::ValueRole).toLongLong();
    REQUIRE(page.drillInto(district));
    ui::UnitStatisticsModel *communes = page.drillDownUnitsModel();
    CHECK(communes->statistics().parent.code == district);
    CHECK(
        communes->index(communes->totalRow(), scans).data(ui::UnitStatisticsModel::ValueRole).toLongLong() ==
        districtScans);

    int withCheckpoints = -1;
    for (int row = 0; row < communes->totalRow(); ++row) {
        if (communes->unitRow(row)->checkpoints == 2)
            withCheckpoints = row;
    }
    REQUIRE(withCheckpoints >= 0);
    const QString commune = communes->unitRow(withCheckpoints)->unit.code;
    REQUIRE(page.drillInto(commune));
    CHECK(page.drillPath() == QStringList{district, commune});
    ui::CheckpointStatisticsModel *list = page.drillDownCheckpointsModel();
    REQUIRE(list->rowCount() == 2);
    qint64 listed = 0;
    for (const CheckpointStatisticsRow &row : list->rows())
        listed += row.scans;
    CHECK(listed == districtScans);

    page.drillUp();
    CHECK(page.drillPath() == QStringList{district});
    page.drillUp();
    CHECK(page.drillPath().isEmpty());
}
