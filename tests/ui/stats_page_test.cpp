// SPDX-License-Identifier: GPL-3.0-or-later
// The Statistics section on the Bù Đăng demo: the table against the core's query and the annex of seed
// 000, optional columns, drill-down, the charts' sums, chart export.
#include "TestSupport.h"

#include "common/VnFormat.h"
#include "demo/DemoDatabase.h"
#include "stats/CheckpointStatistics.h"
#include "stats/CheckpointStatisticsModel.h"
#include "stats/ScanSeries.h"
#include "stats/StatisticsChartsView.h"
#include "stats/StatisticsPage.h"
#include "stats/UnitStatisticsModel.h"
#include "units/OfficeScope.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QToolTip>
#include <QXmlStreamReader>

using namespace cd;
using ui::StatisticsColumn;
using Kind = ui::StatisticsChartsView::Kind;

namespace {

const QDate kAsOf = DemoDatabase::kAnnexAsOf;

UnitStatistics expectedTable(Database &db, const QDate &from = {}) {
    auto table = UnitStatisticsQuery(db.connection()).table(kAsOf, from);
    REQUIRE(table);
    return table.value();
}

// Every value of every bar set of a chart, per set label.
QHash<QString, double> barSums(QChart *chart) {
    QHash<QString, double> sums;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                sums[set->label()] += set->sum();
        }
    }
    return sums;
}

// The scans of every day or week a chart's lines show, each point once (a cut week's dashed line
// repeats the point it starts from).
double lineSum(QChart *chart) {
    QMap<double, double> points;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(series)) {
            for (const QPointF &point : line->points())
                points.insert(point.x(), point.y());
        }
    }
    double sum = 0;
    for (double value : points)
        sum += value;
    return sum;
}

struct Fixture {
    Fixture() {
        ui::statisticsColumns::remember({});
        page = std::make_unique<ui::StatisticsPage>(*db);
        page->setPeriod({}, kAsOf);
    }
    std::unique_ptr<Database> db = test::demoWorkspace();
    std::unique_ptr<ui::StatisticsPage> page;
};

} // namespace

TEST_CASE("the statistics page shows the annex table of the demo", "[ui][stats]") {
    Fixture f;
    ui::UnitStatisticsModel *model = f.page->model();
    QAbstractItemModelTester tester(model);
    const UnitStatistics expected = expectedTable(*f.db);
    const auto annex = DemoDatabase::annex();

    REQUIRE(expected.rows.size() == annex.size());
    REQUIRE(model->rowCount() == expected.rows.size() + 1);
    REQUIRE(model->columnCount() == 4);
    const int unit = model->sectionOf(StatisticsColumn::Unit);
    const int checkpoints = model->sectionOf(StatisticsColumn::Checkpoints);
    const int scans = model->sectionOf(StatisticsColumn::Scans);
    qint64 annexCheckpoints = 0, annexScans = 0;
    for (int row = 0; row < expected.rows.size(); ++row) {
        CAPTURE(row);
        CHECK(model->index(row, unit).data().toString() == expected.rows[row].unit.nameWithType);
        CHECK(model->index(row, unit).data(ui::UnitStatisticsModel::UnitCodeRole).toString() ==
              annex[row].code);
        CHECK(model->index(row, checkpoints).data(ui::UnitStatisticsModel::ValueRole).toLongLong() ==
              annex[row].checkpoints);
        CHECK(model->index(row, scans).data().toString() == format::number(annex[row].scans));
        annexCheckpoints += annex[row].checkpoints;
        annexScans += annex[row].scans;
    }
    const int total = model->totalRow();
    CHECK(model->index(total, unit).data(ui::UnitStatisticsModel::TotalRole).toBool());
    CHECK(model->index(total, checkpoints).data().toString() == format::number(expected.total.checkpoints));
    CHECK(model->index(total, checkpoints).data(ui::UnitStatisticsModel::ValueRole).toLongLong() ==
          annexCheckpoints);
    CHECK(model->index(total, scans).data().toString() == format::number(annexScans));
    CHECK(model->index(total, scans).data(Qt::FontRole).value<QFont>().bold());
    CHECK(model->index(total, scans).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);

    // Flagged rows are those the core flags, with the reason in the tooltip.
    for (int row = 0; row < expected.rows.size(); ++row) {
        const bool flagged = expected.rows[row].noScans7d();
        CHECK(model->index(row, unit).data(ui::UnitStatisticsModel::FlaggedRole).toBool() == flagged);
        CHECK(model->index(row, unit).data(Qt::DecorationRole).isNull() == !flagged);
        if (flagged)
            CHECK(model->index(row, unit).data(Qt::ToolTipRole).toString().contains(format::date(kAsOf)));
    }
}

TEST_CASE("optional statistics columns are added and remembered", "[ui][stats]") {
    Fixture f;
    ui::UnitStatisticsModel *model = f.page->model();
    const UnitStatistics expected = expectedTable(*f.db);
    f.page->setOptionalColumns({StatisticsColumn::Scans7d, StatisticsColumn::Active7d});
    REQUIRE(model->columnCount() == 6);
    // Table order, whatever the order chosen.
    CHECK(model->columnAt(3) == StatisticsColumn::Active7d);
    CHECK(model->columnAt(5) == StatisticsColumn::Scans7d);
    const int active = model->sectionOf(StatisticsColumn::Active7d);
    const int scans7d = model->sectionOf(StatisticsColumn::Scans7d);
    for (int row = 0; row < expected.rows.size(); ++row) {
        CHECK(model->index(row, active).data(ui::UnitStatisticsModel::ValueRole).toLongLong() ==
              expected.rows[row].active7d);
        CHECK(model->index(row, scans7d).data(ui::UnitStatisticsModel::ValueRole).toLongLong() ==
              expected.rows[row].scans7d);
    }
    CHECK(model->index(model->totalRow(), active).data().toString() ==
          format::number(expected.total.active7d));

    ui::StatisticsPage again(*f.db);
    CHECK(again.optionalColumns() ==
          ui::StatisticsColumns{StatisticsColumn::Active7d, StatisticsColumn::Scans7d});
    f.page->setOptionalColumns(ui::statisticsColumns::optional());
    CHECK(model->columnCount() == 8);
    f.page->setOptionalColumns({});
    CHECK(model->columnCount() == 4);
}

TEST_CASE("drilling into a commune lists its checkpoints", "[ui][stats]") {
    Fixture f;
    const UnitStatistics expected = expectedTable(*f.db);
    const UnitStatisticsRow &ducPhong = expected.rows[5]; // Thị trấn Đức Phong, the busiest
    REQUIRE(ducPhong.unit.nameWithType == QStringLiteral("Thị trấn Đức Phong"));

    REQUIRE(f.page->drillInto(ducPhong.unit.code));
    CHECK(f.page->drillPath() == QStringList{ducPhong.unit.code});
    CHECK(f.page->currentLevelTitle() == ducPhong.unit.nameWithType);
    ui::CheckpointStatisticsModel *model = f.page->drillDownCheckpointsModel();
    QAbstractItemModelTester tester(model);
    auto listed = CheckpointStatisticsQuery(f.db->connection()).list(kAsOf, {}, ducPhong.unit.code);
    REQUIRE(listed);
    REQUIRE(model->rowCount() == listed->size());
    REQUIRE(model->rowCount() >= ducPhong.checkpoints);
    qint64 scans = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        CHECK(model->index(row, ui::CheckpointStatisticsModel::CommuneColumn).data().toString() ==
              ducPhong.unit.nameWithType);
        CHECK(model->index(row, ui::CheckpointStatisticsModel::PhoneColumn).data().toString() ==
              listed->at(row).phone);
        const QDate last = listed->at(row).lastScanDay;
        CHECK(model->index(row, ui::CheckpointStatisticsModel::LastScanColumn).data().toString() ==
              (last.isValid() ? format::date(last) : QStringLiteral("never")));
        scans += model->index(row, ui::CheckpointStatisticsModel::ScansColumn)
                     .data(ui::CheckpointStatisticsModel::ValueRole)
                     .toLongLong();
    }
    CHECK(scans == ducPhong.scans);

    // A commune has nothing below its checkpoints; back goes to the district.
    CHECK_FALSE(f.page->drillInto(expected.rows[0].unit.code));
    f.page->drillUp();
    CHECK(f.page->drillPath().isEmpty());
    // Another period keeps the drill-down where it was, with the new figures.
    REQUIRE(f.page->drillInto(ducPhong.unit.code));
    f.page->setPeriod(QDate(2021, 8, 1), kAsOf);
    CHECK(f.page->drillPath() == QStringList{ducPhong.unit.code});
    auto august =
        CheckpointStatisticsQuery(f.db->connection()).list(kAsOf, QDate(2021, 8, 1), ducPhong.unit.code);
    REQUIRE(august);
    qint64 augustScans = 0;
    for (const auto &row : august.value())
        augustScans += row.scans;
    qint64 shown = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        shown += model->index(row, ui::CheckpointStatisticsModel::ScansColumn)
                     .data(ui::CheckpointStatisticsModel::ValueRole)
                     .toLongLong();
    CHECK(shown == augustScans);
    CHECK(augustScans < ducPhong.scans);
}

TEST_CASE("the follow-up tab lists the checkpoints that stopped scanning", "[ui][stats]") {
    Fixture f;
    f.page->setInactiveDays(7);
    f.page->showTab(ui::StatisticsPage::FollowUpTab);
    auto inactive = CheckpointStatisticsQuery(f.db->connection()).inactive(kAsOf, 7);
    REQUIRE(inactive);
    ui::CheckpointStatisticsModel *model = f.page->followUpModel();
    REQUIRE(model->rowCount() == inactive->size());
    for (int row = 0; row < model->rowCount(); ++row) {
        CHECK(model->index(row, 0).data(ui::CheckpointStatisticsModel::InactiveRole).toBool());
        CHECK(model->index(row, ui::CheckpointStatisticsModel::SilentDaysColumn)
                  .data(ui::CheckpointStatisticsModel::ValueRole)
                  .toLongLong() == inactive->at(row).lastScanDay.daysTo(kAsOf));
    }
    f.page->setInactiveDays(30);
    auto month = CheckpointStatisticsQuery(f.db->connection()).inactive(kAsOf, 30);
    REQUIRE(month);
    CHECK(model->rowCount() == month->size());
}

TEST_CASE("the charts add up to the statistics table", "[ui][stats]") {
    Fixture f;
    const UnitStatistics expected = expectedTable(*f.db);
    f.page->showTab(ui::StatisticsPage::ChartsTab);
    ui::StatisticsChartsView *charts = f.page->chartsView();

    charts->showChart(Kind::CheckpointsByUnit);
    QHash<QString, double> sums = barSums(charts->chart());
    REQUIRE(sums.size() == 1);
    CHECK(qint64(sums.begin().value()) == expected.total.checkpoints);

    charts->showChart(Kind::ScansByUnit);
    sums = barSums(charts->chart());
    REQUIRE(sums.size() == 1);
    CHECK(qint64(sums.begin().value()) == expected.total.scans);

    charts->showChart(Kind::ActiveInactive);
    sums = barSums(charts->chart());
    REQUIRE(sums.size() == 2);
    double all = 0;
    for (double sum : sums)
        all += sum;
    CHECK(qint64(all) == expected.total.checkpoints);
    CHECK(sums.values().contains(double(expected.total.active7d)));

    charts->showChart(Kind::ScanSeries);
    charts->setSeriesScope({});
    charts->setSeriesPeriod(ui::charts::Period::Daily);
    CHECK(qint64(lineSum(charts->chart())) == expected.total.scans);
    charts->setSeriesPeriod(ui::charts::Period::Weekly);
    CHECK(qint64(lineSum(charts->chart())) == expected.total.scans);
    // 01/01/2021 is a Friday and 24/08/2021 a Tuesday: both weeks are cut, drawn dashed.
    CHECK(charts->chart()->series().size() == 3);
    const UnitStatisticsRow &dangHa = expected.rows[0];
    charts->setSeriesScope(dangHa.unit.code);
    CHECK(qint64(lineSum(charts->chart())) == dangHa.scans);

    charts->showChart(Kind::TopCheckpoints);
    charts->setSeriesScope({});
    auto top = ScanSeriesQuery(f.db->connection()).top(expected.from, kAsOf, 10);
    REQUIRE(top);
    REQUIRE(!top->isEmpty());
    qint64 topSum = 0;
    for (const auto &row : top.value())
        topSum += row.scans;
    sums = barSums(charts->chart());
    REQUIRE(sums.size() == 1);
    CHECK(qint64(sums.begin().value()) == topSum);
}

TEST_CASE("clicking a commune's bar drills down into it", "[ui][stats]") {
    Fixture f;
    const UnitStatistics expected = expectedTable(*f.db);
    f.page->showTab(ui::StatisticsPage::ChartsTab);
    ui::StatisticsChartsView *charts = f.page->chartsView();
    charts->showChart(Kind::ScansByUnit);
    auto *bars = qobject_cast<QAbstractBarSeries *>(charts->chart()->series().value(0));
    REQUIRE(bars);
    // Horizontal bars list the first unit at the top, which is the last category.
    const int last = int(bars->barSets().first()->count()) - 1;
    emit bars->clicked(last, bars->barSets().first());
    CHECK(f.page->drillPath() == QStringList{expected.rows.first().unit.code});
    emit bars->clicked(0, bars->barSets().first());
    CHECK(f.page->drillPath() == QStringList{expected.rows.last().unit.code});
}

TEST_CASE("a chart is exported as PNG and SVG", "[ui][stats]") {
    Fixture f;
    QTemporaryDir dir;
    f.page->resize(1000, 700);
    f.page->showTab(ui::StatisticsPage::ChartsTab);
    ui::StatisticsChartsView *charts = f.page->chartsView();
    charts->showChart(Kind::ScansByUnit);

    const QString png = dir.filePath(QStringLiteral("luot-quet.png"));
    REQUIRE(charts->exportChart(png));
    QImage image(png);
    REQUIRE(!image.isNull());
    CHECK(image.width() > 100);

    const QString svg = dir.filePath(QStringLiteral("luot-quet.svg"));
    REQUIRE(charts->exportChart(svg));
    QFile file(svg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString root;
    int texts = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (root.isEmpty())
                root = xml.name().toString();
            if (xml.name() == QLatin1String("text"))
                ++texts;
        }
    }
    CHECK_FALSE(xml.hasError());
    CHECK(root == QStringLiteral("svg"));
    CHECK(texts > 16); // a label per commune at least

    const auto refused = charts->exportChart(dir.filePath(QStringLiteral("chart.bmp")));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral(".svg")));
}

TEST_CASE("hovering a bar explains it in a tooltip", "[ui][stats]") {
    Fixture f;
    const UnitStatistics expected = expectedTable(*f.db);
    f.page->show();
    f.page->showTab(ui::StatisticsPage::ChartsTab);
    ui::StatisticsChartsView *charts = f.page->chartsView();
    charts->showChart(Kind::ScansByUnit);
    auto *bars = qobject_cast<QAbstractBarSeries *>(charts->chart()->series().value(0));
    REQUIRE(bars);
    QBarSet *set = bars->barSets().first();
    emit set->hovered(true, int(set->count()) - 1); // the top bar: the first commune
    const UnitStatisticsRow &first = expected.rows.first();
    CHECK(QToolTip::text().contains(first.unit.nameWithType));
    CHECK(QToolTip::text().contains(format::number(first.scans)));
    emit set->hovered(false, int(set->count()) - 1);
}

TEST_CASE("an office without checkpoints or scans sees zeros, not errors", "[ui][stats]") {
    auto db = test::memoryWorkspace();
    REQUIRE(OfficeScope(db->connection()).configure(QStringLiteral("Bình Phước"), QStringLiteral("Bù Đăng")));
    ui::StatisticsPage page(*db);
    page.setPeriod({}, kAsOf);
    ui::UnitStatisticsModel *model = page.model();
    REQUIRE(model->rowCount() == 17);
    CHECK(model->index(model->totalRow(), model->sectionOf(StatisticsColumn::Scans)).data().toString() ==
          QStringLiteral("0"));
    REQUIRE(page.drillInto(model->statistics().rows.first().unit.code));
    CHECK(page.drillDownCheckpointsModel()->rowCount() == 0);
    page.showTab(ui::StatisticsPage::FollowUpTab);
    CHECK(page.followUpModel()->rowCount() == 0);
    page.showTab(ui::StatisticsPage::ChartsTab);
    for (Kind kind : ui::StatisticsChartsView::kinds()) {
        page.chartsView()->showChart(kind);
        CHECK(page.chartsView()->chart()->series().size() >= 1);
    }
}
