// SPDX-License-Identifier: GPL-3.0-or-later
// Statistics benchmark: with 10 million scans stored (the demo plus generated ones, see BenchDatabase.h),
// the commune table from the daily counts against the same figures by GROUP BY over the scan table,
// measured in the same run, and the PDF report (and the XLSX, for information).
//
//   stats_bench [SCANS]        (default 10000000; the database is cached in /tmp)
//
// Targets (issue #6): the commune table in ≤ 50 ms and ≥ 20× faster than the GROUP BY; the PDF ≤ 1 s.
#include "BenchDatabase.h"

#include "database/SqlQuery.h"
#include "demo/DemoDatabase.h"
#include "report/StatisticsReport.h"
#include "report/StatisticsTables.h"
#include "scans/ScanTime.h"
#include "stats/CheckpointFigures.h"
#include "stats/UnitStatistics.h"
#include "units/OfficeScope.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QHash>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace cd;

namespace {

// The median of `runs` timings of `work`, in milliseconds; false from work stops.
double medianMs(int runs, const std::function<bool()> &work) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!work())
            return -1;
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// The baseline: the same three figures per commune straight from the scan table.
struct Baseline {
    QHash<QString, qint64> checkpoints, scans, active;
};
bool groupByScans(const QSqlDatabase &db, Baseline &out) {
    const QDate from = DemoDatabase::kAnnexFrom, asOf = DemoDatabase::kAnnexAsOf;
    const qint64 start = scantime::dateToDay(from) * 86400 - scantime::kVietnamOffsetSeconds;
    const qint64 end = (scantime::dateToDay(asOf) + 1) * 86400 - scantime::kVietnamOffsetSeconds;
    const qint64 weekStart = end - 7 * 86400;
    const struct {
        QString statement;
        QVariantList values;
        QHash<QString, qint64> *into;
    } parts[] = {
        {QStringLiteral(
             "SELECT commune_code, COUNT(*) FROM checkpoints WHERE registered_on <= ? AND (closed_on IS "
             "NULL OR closed_on >= ?) GROUP BY commune_code"),
         {asOf.toString(Qt::ISODate), from.toString(Qt::ISODate)},
         &out.checkpoints},
        {QStringLiteral(
             "SELECT c.commune_code, COUNT(*) FROM scans s JOIN checkpoints c ON c.id = s.checkpoint_id "
             "WHERE s.scanned_at >= ? AND s.scanned_at < ? GROUP BY c.commune_code"),
         {start, end},
         &out.scans},
        {QStringLiteral(
             "SELECT c.commune_code, COUNT(DISTINCT s.checkpoint_id) FROM scans s JOIN checkpoints c ON "
             "c.id = s.checkpoint_id WHERE s.scanned_at >= ? AND s.scanned_at < ? GROUP BY c.commune_code"),
         {weekStart, end},
         &out.active},
    };
    for (const auto &part : parts) {
        auto query = sql::exec(db, part.statement, part.values);
        if (!query)
            return false;
        part.into->clear();
        while (query.value().next())
            part.into->insert(query.value().value(0).toString(), query.value().value(1).toLongLong());
    }
    return true;
}

} // namespace

int main(int argc, char **argv) {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // headless: a benchmark needs no display
    QGuiApplication app(argc, argv);             // fonts for the PDF
    const qint64 scans = argc > 1 ? QByteArray(argv[1]).toLongLong() : 10'000'000;
    QString path;
    auto database = bench::openBenchDatabase(scans, &path);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().toString()));
        return 1;
    }
    const QSqlDatabase db = database.value()->connection();
    const auto stored = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM scans"));
    std::printf("%s: %lld scans stored\n", qPrintable(path), stored ? stored->toLongLong() : -1);

    const UnitStatisticsQuery query(db);
    Result<UnitStatistics> table = makeError(QString());
    const double tableMs = medianMs(21, [&] {
        table = query.table(DemoDatabase::kAnnexAsOf);
        return table.ok();
    });
    // Where the table's time goes: the office's units (settings and admin_units) and the one pass over
    // daily_counts.
    const double unitsMs = medianMs(21, [&] {
        const OfficeScope scope(db);
        return !scope.communes().isEmpty() && !scope.reportingUnits().isEmpty();
    });
    const double figuresMs = medianMs(21, [&] {
        return stats::checkpointFigures(db, DemoDatabase::kAnnexFrom, DemoDatabase::kAnnexAsOf).ok();
    });
    Baseline baseline;
    const double baselineMs = medianMs(3, [&] { return groupByScans(db, baseline); });
    if (tableMs < 0 || baselineMs < 0) {
        std::fprintf(stderr, "a query failed\n");
        return 1;
    }
    // The same figures both ways, or the comparison means nothing.
    bool same = true;
    for (const UnitStatisticsRow &row : table->rows)
        same = same && row.checkpoints == baseline.checkpoints.value(row.unit.code) &&
               row.scans == baseline.scans.value(row.unit.code) &&
               row.active7d == baseline.active.value(row.unit.code);
    std::printf("commune table (%lld scans in the period), median of 21: %.2f ms   (target ≤ 50 ms: %s)\n",
                table->total.scans, tableMs, tableMs <= 50 ? "met" : "NOT MET");
    std::printf("  of which the office's units %.2f ms, the pass over daily_counts %.2f ms\n", unitsMs,
                figuresMs);
    std::printf("same figures by GROUP BY over scans, median of 3: %.1f ms; daily counts are %.0f× faster "
                "(target ≥ 20×: %s); figures identical: %s\n",
                baselineMs, baselineMs / tableMs, baselineMs / tableMs >= 20 ? "met" : "NOT MET",
                same ? "yes" : "NO");

    QTemporaryDir dir;
    ReportOptions options;
    options.asOf = DemoDatabase::kAnnexAsOf;
    int pages = 0;
    const ReportTexts texts = ReportTexts::load(db);
    const double pdfMs = medianMs(5, [&] {
        const auto data = StatisticsReportData::load(db, options, texts);
        if (!data)
            return false;
        const auto written =
            StatisticsReport(data.value()).writePdf(dir.filePath(QStringLiteral("report.pdf")));
        pages = written ? written.value() : 0;
        return written.ok();
    });
    options.charts = true;
    options.followUp = true;
    int chartPages = 0;
    const double chartsMs = medianMs(5, [&] {
        const auto data = StatisticsReportData::load(db, options, texts);
        if (!data)
            return false;
        const auto written =
            StatisticsReport(data.value()).writePdf(dir.filePath(QStringLiteral("charts.pdf")));
        chartPages = written ? written.value() : 0;
        return written.ok();
    });
    const double xlsxMs = medianMs(5, [&] {
        const auto data = StatisticsReportData::load(db, options, texts);
        return data && writeStatisticsXlsx(dir.filePath(QStringLiteral("report.xlsx")), data.value()).ok();
    });
    std::printf("PDF report (queries + %d page(s)), median of 5: %.1f ms   (target ≤ 1 s: %s)\n", pages,
                pdfMs, pdfMs <= 1000 ? "met" : "NOT MET");
    std::printf("PDF report with charts and follow-up list (%d pages), median of 5: %.1f ms\n", chartPages,
                chartsMs);
    std::printf("XLSX report (4 sheets), median of 5: %.1f ms\n", xlsxMs);
    return same ? 0 : 1;
}
