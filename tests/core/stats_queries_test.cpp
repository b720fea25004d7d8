// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "stats_fixture.h"

#include "database/SqlQuery.h"
#include "demo/DemoDatabase.h"
#include "scans/ScanTime.h"
#include "stats/CheckpointStatistics.h"
#include "stats/ScanSeries.h"
#include "stats/UnitStatistics.h"

#include <QHash>

using namespace cd;

namespace {
const QDate kAsOf(2021, 8, 24);

QStringList namesOf(const QVector<CheckpointStatisticsRow> &rows) {
    QStringList names;
    for (const auto &row : rows)
        names << row.name;
    return names;
}
} // namespace

TEST_CASE("the province table counts each district as worked out by hand", "[stats]") {
    auto p = test::handBuiltProvince();
    const auto stats = UnitStatisticsQuery(p.db->connection()).table(kAsOf);
    REQUIRE(stats.ok());
    CHECK(stats->parent.code == QStringLiteral("99"));
    REQUIRE(stats->rows.size() == 2);
    const UnitStatisticsRow &an = stats->rows[0];
    const UnitStatisticsRow &binh = stats->rows[1];
    CHECK(an.unit.nameWithType == QStringLiteral("Huyện An"));
    // A, B, H are counted; C closed before the period, D registered after as_of.
    CHECK(an.checkpoints == 3);
    CHECK(an.scans == 12);
    CHECK(an.withScans == 2);
    CHECK(an.withoutScans == 1);
    CHECK(an.active7d == 1);
    CHECK(an.scans7d == 3);
    // F closed during the period: still counted.
    CHECK(binh.checkpoints == 3);
    CHECK(binh.scans == 17);
    CHECK(binh.withScans == 2);
    CHECK(binh.withoutScans == 1);
    CHECK(binh.active7d == 1);
    CHECK(binh.scans7d == 2);
    CHECK(stats->total.checkpoints == 6);
    CHECK(stats->total.scans == 29);
    CHECK(stats->total.withScans == 4);
    CHECK(stats->total.scans7d == 5);
    CHECK(stats->flaggedUnits().isEmpty());

    // A week later nothing has been scanned for 7 days anywhere.
    const auto later = UnitStatisticsQuery(p.db->connection()).table(kAsOf.addDays(7));
    CHECK(later->flaggedUnits() == QStringList{QStringLiteral("Huyện An"), QStringLiteral("Huyện Bình")});
    CHECK(later->total.active7d == 0);
}

TEST_CASE("a district row of a province table drills down to its communes", "[stats]") {
    auto p = test::handBuiltProvince();
    const UnitStatisticsQuery query(p.db->connection());
    const auto an = query.table(kAsOf, {}, QStringLiteral("991"));
    REQUIRE(an.ok());
    CHECK(an->parent.nameWithType == QStringLiteral("Huyện An"));
    REQUIRE(an->rows.size() == 2);
    CHECK(an->rows[0].unit.code == QStringLiteral("99101"));
    CHECK(an->rows[0].stt == 1);
    CHECK(an->rows[0].checkpoints == 3);
    CHECK(an->rows[0].scans == 12);
    CHECK(an->rows[1].checkpoints == 0);
    CHECK(an->rows[1].scans == 0);
    CHECK(an->flaggedUnits() == QStringList{QStringLiteral("Xã An Hai")});
    CHECK(an->total.scans == 12);

    // The province itself is the top table; a commune or a unit elsewhere is refused, naming the field.
    CHECK(query.table(kAsOf, {}, QStringLiteral("99"))->rows.size() == 2);
    const auto commune = query.table(kAsOf, {}, QStringLiteral("99101"));
    REQUIRE_FALSE(commune.ok());
    CHECK(commune.error().field == QStringLiteral("unit"));
    CHECK_FALSE(query.table(kAsOf, {}, QStringLiteral("701")).ok());
}

TEST_CASE("the checkpoint list gives each checkpoint's scans, last scan day and silence", "[stats]") {
    auto p = test::handBuiltProvince();
    const CheckpointStatisticsQuery query(p.db->connection());
    const auto all = query.list(kAsOf);
    REQUIRE(all.ok());
    // Office order of communes, then code; C and D are neither counted nor scanned in the period.
    CHECK(namesOf(all.value()) == QStringList{QStringLiteral("Chợ A"), QStringLiteral("Chợ B"),
                                              QStringLiteral("Chợ H"), QStringLiteral("Chợ E"),
                                              QStringLiteral("Chợ F"), QStringLiteral("Chợ G")});
    QHash<QString, CheckpointStatisticsRow> byName;
    qint64 scans = 0;
    for (const auto &row : all.value()) {
        byName.insert(row.name, row);
        scans += row.scans;
    }
    CHECK(scans == 29);
    CHECK(byName[QStringLiteral("Chợ A")].lastScanDay == kAsOf);
    CHECK(byName[QStringLiteral("Chợ A")].scans7d == 3);
    CHECK_FALSE(byName[QStringLiteral("Chợ A")].inactive);
    CHECK(byName[QStringLiteral("Chợ H")].lastScanDay == QDate(2020, 12, 30));
    CHECK(byName[QStringLiteral("Chợ H")].scans == 0);
    CHECK(byName[QStringLiteral("Chợ H")].inactive);
    CHECK(byName[QStringLiteral("Chợ F")].inactive);
    CHECK_FALSE(byName[QStringLiteral("Chợ G")].lastScanDay.isValid());
    CHECK_FALSE(byName[QStringLiteral("Chợ G")].inactive); // never scanned is not "stopped"
    CHECK(byName[QStringLiteral("Chợ E")].communeName == QStringLiteral("Xã Bình Một"));
    CHECK(byName[QStringLiteral("Chợ E")].typeName == QStringLiteral("Chợ"));
    CHECK(byName[QStringLiteral("Chợ E")].phone.size() == 10);
    CHECK(byName[QStringLiteral("Chợ E")].checkpointId == p.ids['E']);

    CHECK(namesOf(query.list(kAsOf, {}, QStringLiteral("99201")).value()) ==
          QStringList{QStringLiteral("Chợ E"), QStringLiteral("Chợ F"), QStringLiteral("Chợ G")});
    CHECK(query.list(kAsOf, {}, QStringLiteral("991"))->size() == 3);
    // A period covering 2020 lists C, which was counted and scanned then.
    CHECK(namesOf(query.list(QDate(2020, 12, 31), QDate(2020, 1, 1), QStringLiteral("99103")).value()) ==
          QStringList{QStringLiteral("Chợ C")});
    CHECK_FALSE(query.list(kAsOf, {}, QStringLiteral("12345")).ok());
}

TEST_CASE("the follow-up list holds open checkpoints that stopped, longest silent first", "[stats]") {
    auto p = test::handBuiltProvince();
    const CheckpointStatisticsQuery query(p.db->connection());
    // F stopped too, but it is closed; G was never scanned; C is closed.
    CHECK(namesOf(query.inactive(kAsOf).value()) ==
          QStringList{QStringLiteral("Chợ H"), QStringLiteral("Chợ B")});
    CHECK(query.inactive(kAsOf, 7, QStringLiteral("992"))->isEmpty());
    // E's last scan, 20/08, is 4 days back: silent for 1, 2, 3 or 4 days, not 5.
    CHECK(namesOf(query.inactive(kAsOf, 4).value()) ==
          QStringList{QStringLiteral("Chợ H"), QStringLiteral("Chợ B"), QStringLiteral("Chợ E")});
    CHECK(query.inactive(kAsOf, 5)->size() == 2);
    const auto first = query.inactive(kAsOf)->first();
    CHECK(first.lastScanDay == QDate(2020, 12, 30));
    CHECK(first.inactive);
    CHECK_FALSE(query.inactive(kAsOf, 0).ok());
}

TEST_CASE("daily and weekly series include empty days and start weeks on Monday", "[stats]") {
    auto p = test::handBuiltProvince();
    const ScanSeriesQuery query(p.db->connection());
    const auto week = query.daily(QDate(2021, 8, 18), kAsOf);
    REQUIRE(week.ok());
    REQUIRE(week->size() == 7);
    CHECK(week->first().day == QDate(2021, 8, 18));
    CHECK(week->at(2).day == QDate(2021, 8, 20));
    CHECK(week->at(2).scans == 2);
    CHECK(week->last().scans == 3);
    CHECK(week->at(0).scans == 0);
    const auto an = query.daily(QDate(2021, 8, 18), kAsOf, QStringLiteral("991"));
    CHECK(an->at(2).scans == 0);
    CHECK(an->last().scans == 3);
    CHECK(query.daily(QDate(2021, 8, 18), kAsOf, QStringLiteral("99201"))->at(2).scans == 2);

    // 01/08/2021 is a Sunday: its week starts on Monday 26/07.
    const auto weeks = query.weekly(QDate(2021, 8, 1), kAsOf);
    REQUIRE(weeks.ok());
    REQUIRE(weeks->size() == 5);
    CHECK(weeks->first().day == QDate(2021, 7, 26));
    CHECK(weeks->at(2).day == QDate(2021, 8, 9));
    CHECK(weeks->at(2).scans == 6);
    CHECK(weeks->last().scans == 3);
    CHECK_FALSE(query.daily(kAsOf, QDate(2021, 8, 1)).ok());

    const auto top = query.top(QDate(2021, 1, 1), kAsOf, 2);
    REQUIRE(top.ok());
    // F has 9; A and E have 8 each, A first in the office's order.
    CHECK(namesOf(top.value()) == QStringList{QStringLiteral("Chợ F"), QStringLiteral("Chợ A")});
    CHECK(query.top(QDate(2021, 1, 1), kAsOf, 100)->size() == 4); // only those with scans
}

TEST_CASE("on the demo the daily counts give what a GROUP BY over the scans gives", "[stats]") {
    auto db = test::demoWorkspace();
    const auto stats = UnitStatisticsQuery(db->connection()).table(DemoDatabase::kAnnexAsOf);
    REQUIRE(stats.ok());
    // The same figures straight from the scan table, as the benchmark's baseline computes them.
    const qint64 firstSecond =
        scantime::dateToDay(DemoDatabase::kAnnexFrom) * 86400 - scantime::kVietnamOffsetSeconds;
    const qint64 endSecond =
        (scantime::dateToDay(DemoDatabase::kAnnexAsOf) + 1) * 86400 - scantime::kVietnamOffsetSeconds;
    auto query =
        sql::exec(db->connection(),
                  QStringLiteral("SELECT c.commune_code, COUNT(*) FROM scans s JOIN checkpoints c ON "
                                 "c.id = s.checkpoint_id WHERE s.scanned_at >= ? AND s.scanned_at < ? "
                                 "GROUP BY c.commune_code"),
                  {firstSecond, endSecond});
    REQUIRE(query.ok());
    QHash<QString, qint64> fromScans;
    while (query.value().next())
        fromScans.insert(query.value().value(0).toString(), query.value().value(1).toLongLong());
    REQUIRE_FALSE(fromScans.isEmpty());
    const auto checkpoints = CheckpointStatisticsQuery(db->connection()).list(DemoDatabase::kAnnexAsOf);
    REQUIRE(checkpoints.ok());
    QHash<QString, qint64> fromList;
    for (const auto &row : checkpoints.value())
        fromList[row.communeCode] += row.scans;
    const auto lastWeek = ScanSeriesQuery(db->connection())
                              .daily(DemoDatabase::kAnnexAsOf.addDays(-6), DemoDatabase::kAnnexAsOf);
    qint64 lastWeekScans = 0;
    for (const SeriesPoint &point : lastWeek.value())
        lastWeekScans += point.scans;
    for (const UnitStatisticsRow &row : stats->rows) {
        INFO(row.unit.nameWithType.toStdString());
        CHECK(row.scans == fromScans.value(row.unit.code));
        CHECK(row.scans == fromList.value(row.unit.code));
        CHECK(row.withScans + row.withoutScans == row.checkpoints);
        CHECK(row.active7d <= row.checkpoints);
        CHECK(row.noScans7d() == stats->flaggedUnits().contains(row.unit.nameWithType));
    }
    CHECK(stats->total.scans7d == lastWeekScans);
    const auto year =
        ScanSeriesQuery(db->connection()).daily(DemoDatabase::kAnnexFrom, DemoDatabase::kAnnexAsOf);
    qint64 yearScans = 0;
    for (const SeriesPoint &point : year.value())
        yearScans += point.scans;
    CHECK(yearScans == 8832);
}

TEST_CASE("the last scan day is the newest scan's Vietnam day, up to a given day", "[stats]") {
    auto db = test::demoWorkspace();
    const ScanSeriesQuery query(db->connection());
    auto newest = sql::exec(db->connection(), QStringLiteral("SELECT max(scanned_at) FROM scans"));
    REQUIRE(newest.ok());
    REQUIRE(newest.value().next());
    const QDate newestDay = scantime::dayToDate(scantime::vietnamDay(newest.value().value(0).toLongLong()));
    CHECK(query.lastScanDay(QDate(2030, 1, 1)).value() == newestDay);
    // Up to the annex's day: the newest day with a scan in the demo's series up to then.
    const auto series = query.daily(DemoDatabase::kAnnexFrom, DemoDatabase::kAnnexAsOf).value();
    QDate lastWithScans;
    for (const SeriesPoint &point : series)
        if (point.scans > 0)
            lastWithScans = point.day;
    CHECK(query.lastScanDay(DemoDatabase::kAnnexAsOf).value() == lastWithScans);
    CHECK_FALSE(query.lastScanDay(QDate(2020, 1, 1)).value().isValid());
}
