// SPDX-License-Identifier: GPL-3.0-or-later
// Grabs the statistics page, its drill-down, follow-up list and every chart offscreen, in Vietnamese, to
// look at them as a user would. Hidden: run with
//   ui_tests "[.screenshot]"
// The PNGs go to $CD_SCREENSHOT_DIR (default: the system's temporary folder). Strings not yet in the
// bundled translation can be tried from a compiled .qm given in $CD_EXTRA_QM.
#include "TestSupport.h"

#include "Theme.h"
#include "common/Translations.h"
#include "demo/DemoDatabase.h"
#include "report/ReportActions.h"
#include "report/ReportTextsDialog.h"
#include "stats/StatisticsChartsView.h"
#include "stats/StatisticsPage.h"
#include "stats/UnitStatisticsModel.h"

#include <QApplication>
#include <QChartView>
#include <QCoreApplication>
#include <QDir>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTranslator>

using namespace cd;
using Kind = ui::StatisticsChartsView::Kind;

namespace {

QString shot(const QString &name) {
    const QString dir = qEnvironmentVariable("CD_SCREENSHOT_DIR", QDir::tempPath());
    return QDir(dir).filePath(name);
}

void grab(QWidget &widget, const QString &name) {
    QCoreApplication::processEvents();
    widget.grab().save(shot(name));
}

} // namespace

TEST_CASE("screenshots of the statistics", "[.screenshot]") {
    ui::applyTheme(*qobject_cast<QApplication *>(QCoreApplication::instance()));
    i18n::install(QStringLiteral("vi"));
    QTranslator extra;
    if (qEnvironmentVariableIsSet("CD_EXTRA_QM") && extra.load(qEnvironmentVariable("CD_EXTRA_QM")))
        QCoreApplication::installTranslator(&extra);
    auto db = test::demoWorkspace();
    ui::statisticsColumns::remember({});

    ui::StatisticsPage page(*db);
    page.setPeriod({}, DemoDatabase::kAnnexAsOf);
    page.resize(1180, 760);
    page.show();
    grab(page, QStringLiteral("stats-table.png"));

    page.setOptionalColumns(ui::statisticsColumns::optional());
    grab(page, QStringLiteral("stats-table-all-columns.png"));
    page.setOptionalColumns({});

    // Early in the year some communes had no scan for a week: flagged.
    page.setPeriod({}, QDate(2021, 2, 10));
    grab(page, QStringLiteral("stats-table-flagged.png"));
    page.setPeriod({}, DemoDatabase::kAnnexAsOf);

    const UnitStatistics &table = page.model()->statistics();
    REQUIRE(table.rows.size() > 5);
    REQUIRE(page.drillInto(table.rows[5].unit.code));
    grab(page, QStringLiteral("stats-drill-down.png"));
    page.drillUp();

    page.setInactiveDays(7);
    page.showTab(ui::StatisticsPage::FollowUpTab);
    grab(page, QStringLiteral("stats-follow-up.png"));

    page.showTab(ui::StatisticsPage::ChartsTab);
    ui::StatisticsChartsView *charts = page.chartsView();
    const struct {
        Kind kind;
        QString name;
    } shots[] = {
        {Kind::CheckpointsByUnit, QStringLiteral("stats-chart-checkpoints.png")},
        {Kind::ScansByUnit, QStringLiteral("stats-chart-scans.png")},
        {Kind::ActiveInactive, QStringLiteral("stats-chart-active.png")},
        {Kind::ScanSeries, QStringLiteral("stats-chart-daily.png")},
        {Kind::TopCheckpoints, QStringLiteral("stats-chart-top.png")},
    };
    for (const auto &item : shots) {
        charts->showChart(item.kind);
        grab(page, item.name);
    }
    charts->showChart(Kind::ScanSeries);
    charts->setSeriesPeriod(ui::charts::Period::Weekly);
    grab(page, QStringLiteral("stats-chart-weekly.png"));
    charts->setSeriesScope(table.rows[1].unit.code);
    grab(page, QStringLiteral("stats-chart-weekly-commune.png"));
    charts->setSeriesPeriod(ui::charts::Period::Daily);
    charts->showChart(Kind::TopCheckpoints);
    grab(page, QStringLiteral("stats-chart-top-commune.png"));

    REQUIRE(page.writeReport(shot(QStringLiteral("stats-report.pdf")), QStringLiteral("pdf")));
    ui::ReportTextsDialog texts(db->connection());
    texts.show();
    grab(texts, QStringLiteral("stats-report-texts.png"));
    auto data = page.reportData();
    REQUIRE(data);
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [&data](QPrinter *target) { ui::report::print(*target, data.value()); });
    preview.resize(900, 1000);
    preview.show();
    grab(preview, QStringLiteral("stats-print-preview.png"));
    preview.close();
    i18n::install(QStringLiteral("en"));
    QCoreApplication::removeTranslator(&extra);
}
