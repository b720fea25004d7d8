// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "demo/DemoDatabase.h"
#include "registry/CheckpointRegistry.h"
#include "stats/UnitStatistics.h"
#include "units/OfficeScope.h"

using namespace cd;

TEST_CASE("the demo's commune table as of 24/08/2021 reproduces the annex of seed 000", "[stats]") {
    auto db = test::demoWorkspace();
    const auto stats = UnitStatisticsQuery(db->connection()).table(QDate(2021, 8, 24));
    REQUIRE(stats.ok());
    CHECK(stats->from == QDate(2021, 1, 1));
    const QVector<AnnexRow> annex = DemoDatabase::annex();
    REQUIRE(stats->rows.size() == annex.size());
    for (int i = 0; i < annex.size(); ++i) {
        INFO(annex[i].nameAsPrinted.toStdString());
        CHECK(stats->rows[i].stt == annex[i].stt);
        CHECK(stats->rows[i].unit.code == annex[i].code);
        CHECK(stats->rows[i].checkpoints == annex[i].checkpoints);
        CHECK(stats->rows[i].scans == annex[i].scans);
        CHECK(stats->rows[i].active7d <= stats->rows[i].checkpoints);
    }
    CHECK(stats->total.checkpoints == 189);
    CHECK(stats->total.scans == 8832);
}

TEST_CASE("closed and later checkpoints and the period bounds count as the annex defines them", "[stats]") {
    auto db = test::demoWorkspace();
    CheckpointRegistry registry(db->connection());
    // Closed before the period: not counted. Registered after as_of: not counted either.
    const Checkpoint first = registry.list().first(); // Xã Đăng Hà's only checkpoint
    REQUIRE(registry.close(first.id, QDate(2021, 8, 20)).ok());
    const auto stillCounted = UnitStatisticsQuery(db->connection()).table(QDate(2021, 8, 24));
    CHECK(stillCounted->rows.first().checkpoints == 1); // closed during the period: it was there
    const auto later = UnitStatisticsQuery(db->connection()).table(QDate(2021, 9, 30), QDate(2021, 9, 1));
    CHECK(later->rows.first().checkpoints == 0);
    CHECK(later->from == QDate(2021, 9, 1));

    // One day's window counts only that day.
    const auto oneDay = UnitStatisticsQuery(db->connection()).table(QDate(2021, 8, 24), QDate(2021, 8, 24));
    const auto fullYear = UnitStatisticsQuery(db->connection()).table(QDate(2021, 8, 24));
    CHECK(oneDay->total.scans < fullYear->total.scans);
    // Active in 7 days does not depend on the period, except that a checkpoint closed before the period
    // is not counted at all: Đăng Hà's closed on 20/08, before the one-day period.
    CHECK(oneDay->rows.first().checkpoints == 0);
    CHECK(oneDay->rows.first().active7d == 0);
    CHECK(fullYear->rows.first().checkpoints == 1);
    for (int i = 1; i < oneDay->rows.size(); ++i)
        CHECK(oneDay->rows[i].active7d == fullYear->rows[i].active7d);
    CHECK_FALSE(UnitStatisticsQuery(db->connection()).table(QDate(2021, 1, 1), QDate(2021, 2, 1)).ok());
}

TEST_CASE("a province database gets the table by district", "[stats]") {
    auto db = test::memoryWorkspace();
    REQUIRE(OfficeScope(db->connection()).configure(QStringLiteral("Bình Phước"), QString()).ok());
    const auto stats = UnitStatisticsQuery(db->connection()).table(QDate(2021, 8, 24));
    REQUIRE(stats.ok());
    CHECK(stats->rows.size() == 11); // Bình Phước's districts, towns and city
    CHECK(stats->total.checkpoints == 0);
}
