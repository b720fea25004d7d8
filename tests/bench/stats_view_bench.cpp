// SPDX-License-Identifier: GPL-3.0-or-later
// Statistics view benchmark: how long the Statistics section takes to open and to show its other tabs on
// a database holding 10 million scans (the demo plus generated scans, tests/bench/BenchDatabase), against
// the core's unit table query alone measured in the same run. Target: the view opens in ≤ 300 ms.
//
//   stats_view_bench [SCANS]        (default 10000000; the database is cached in /tmp, see BenchDatabase)
//
// Runs on the offscreen platform; every figure is the median of 7 runs after one warm-up.
#include "BenchDatabase.h"

#include "demo/DemoDatabase.h"
#include "stats/StatisticsChartsView.h"
#include "stats/StatisticsPage.h"
#include "stats/UnitStatistics.h"
#include "stats/UnitStatisticsModel.h"

#include <QApplication>
#include <QChartView>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace cd;

namespace {

double medianMs(const std::function<void()> &run, int times = 7) {
    run(); // warm-up: SQLite's page cache, Qt's fonts and styles
    std::vector<double> ms;
    for (int i = 0; i < times; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        ms.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

void report(const char *what, double ms, double baseline, double target = 0) {
    std::printf("%-52s %9.1f ms  %6.1f× baseline", what, ms, ms / baseline);
    if (target > 0)
        std::printf("  (target ≤ %.0f ms: %s)", target, ms <= target ? "met" : "NOT MET");
    std::printf("\n");
}

} // namespace

int main(int argc, char **argv) {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The page remembers its period and columns in QSettings: keep the user's own out of it.
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QApplication::setOrganizationName(QStringLiteral("CheckpointDeskBench"));
    QApplication::setApplicationName(QStringLiteral("stats_view_bench"));

    const qint64 scans = argc > 1 ? QString::fromLocal8Bit(argv[1]).toLongLong() : 10'000'000;
    QElapsedTimer building;
    building.start();
    QString path;
    auto opened = bench::openBenchDatabase(scans, &path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    Database &db = *opened.value();
    std::printf("database: %s (%lld scans besides the demo's; ready in %.1f s)\n", qPrintable(path), scans,
                building.nsecsElapsed() / 1e9);

    const QDate asOf = DemoDatabase::kAnnexAsOf;
    const double baseline = medianMs([&] {
        auto table = UnitStatisticsQuery(db.connection()).table(asOf);
        if (!table || table->rows.isEmpty())
            std::abort();
    });
    std::printf("baseline: UnitStatisticsQuery::table, the core's annex query alone: %.1f ms\n\n", baseline);

    // What a user waits for on opening the section: the page built, its table read, the first paint.
    auto open = [&] {
        ui::StatisticsPage page(db);
        page.resize(1180, 760);
        page.show();
        QApplication::processEvents();
        page.grab();
    };
    // The first look at a database: the page finds the last day with scans itself.
    const double firstLook = medianMs([&] {
        QSettings().clear();
        open();
    });
    {
        // Remember the annex's day, as after any earlier look.
        ui::StatisticsPage page(db);
        page.setPeriod({}, asOf);
    }
    const double reopen = medianMs(open);
    report("open the statistics view (period remembered)", reopen, baseline, 300);
    report("open the statistics view (first look, finds last day)", firstLook, baseline, 300);

    ui::StatisticsPage page(db);
    page.resize(1180, 760);
    page.show();
    page.setPeriod({}, asOf);
    QApplication::processEvents();
    // What the measured view showed, so a figure can be checked against the database.
    const UnitStatistics &shown = page.model()->statistics();
    std::printf("the view showed %lld rows, %lld checkpoints, %lld scans as of %s\n\n",
                qint64(shown.rows.size()), shown.total.checkpoints, shown.total.scans,
                qPrintable(shown.asOf.toString(Qt::ISODate)));
    report("change the as-of day (table and drill-down again)", medianMs([&] {
                                                                    page.setPeriod({}, asOf.addDays(-1));
                                                                    page.setPeriod({}, asOf);
                                                                    QApplication::processEvents();
                                                                }) / 2,
           baseline);
    report("drill into a commune's checkpoints (row 6, 45)", medianMs([&] {
               page.drillInto(page.model()->statistics().rows.value(5).unit.code, true);
               QApplication::processEvents();
               page.drillUp();
           }),
           baseline);
    report("follow-up tab (checkpoints silent for 7 days)", medianMs([&] {
                                                                page.setInactiveDays(8);
                                                                page.setInactiveDays(7);
                                                                page.showTab(ui::StatisticsPage::FollowUpTab);
                                                                QApplication::processEvents();
                                                            }) / 2,
           baseline);
    report("charts tab after a new period (table, then first chart)", medianMs([&] {
               page.showTab(ui::StatisticsPage::TableTab);
               page.setPeriod({}, asOf);
               page.showTab(ui::StatisticsPage::ChartsTab);
               QApplication::processEvents();
           }),
           baseline);
    ui::StatisticsChartsView *charts = page.chartsView();
    using Kind = ui::StatisticsChartsView::Kind;
    const struct {
        Kind kind;
        const char *name;
    } kinds[] = {
        {Kind::CheckpointsByUnit, "chart: checkpoints by commune"},
        {Kind::ScansByUnit, "chart: scans by commune"},
        {Kind::ActiveInactive, "chart: active and inactive checkpoints"},
        {Kind::ScanSeries, "chart: scans per day, whole district"},
        {Kind::TopCheckpoints, "chart: top 10 checkpoints"},
    };
    // Each chart from its data to its pixels: the query, Qt Charts' layout, one paint.
    for (const auto &item : kinds) {
        report(item.name, medianMs([&] {
                   auto chart = charts->createChart(item.kind);
                   if (!chart)
                       std::abort();
                   QChartView view(chart.value());
                   view.resize(1100, 560);
                   view.grab();
               }),
               baseline);
    }
    return 0;
}
