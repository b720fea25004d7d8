// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatisticsChartsView.h"

#include "ChartExport.h"
#include "posters/InlineMessage.h"
#include "registry/UiText.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

constexpr int kTopCheckpoints = 10;

} // namespace

StatisticsChartsView::StatisticsChartsView(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_kind(new QComboBox(this))
    , m_scopeLabel(new QLabel(tr("&For:"), this))
    , m_scope(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_export(new QPushButton(tr("&Export chart…"), this))
    , m_hint(new QLabel(this))
    , m_view(new QChartView(this))
    , m_message(new InlineMessage(this)) {
    for (Kind kind : kinds())
        m_kind->addItem(kindTitle(kind), int(kind));
    m_period->addItem(tr("Per day"), int(charts::Period::Daily));
    m_period->addItem(tr("Per week"), int(charts::Period::Weekly));
    m_scopeLabel->setBuddy(m_scope);
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_hint->setObjectName(QStringLiteral("hint"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(360);
    m_export->setToolTip(tr("Save the chart as a PNG picture or an SVG drawing"));

    auto *chooser = new QLabel(tr("C&hart:"), this);
    chooser->setBuddy(m_kind);
    auto *bar = new QHBoxLayout;
    bar->addWidget(chooser);
    bar->addWidget(m_kind);
    bar->addSpacing(12);
    bar->addWidget(m_scopeLabel);
    bar->addWidget(m_scope);
    bar->addWidget(m_period);
    bar->addStretch();
    bar->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_hint);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &StatisticsChartsView::rebuild);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &StatisticsChartsView::rebuild);
    connect(m_period, &QComboBox::currentIndexChanged, this, &StatisticsChartsView::rebuild);
    connect(m_export, &QPushButton::clicked, this, &StatisticsChartsView::chooseExportFile);
}

QList<StatisticsChartsView::Kind> StatisticsChartsView::kinds() {
    return {Kind::CheckpointsByUnit, Kind::ScansByUnit, Kind::ActiveInactive, Kind::ScanSeries,
            Kind::TopCheckpoints};
}

QString StatisticsChartsView::kindTitle(Kind kind) {
    switch (kind) {
    case Kind::CheckpointsByUnit:
        return tr("Checkpoints by commune");
    case Kind::ScansByUnit:
        return tr("Scans by commune");
    case Kind::ActiveInactive:
        return tr("Active and inactive checkpoints");
    case Kind::ScanSeries:
        return tr("Scans over time");
    case Kind::TopCheckpoints:
        return tr("Top checkpoints");
    }
    return {};
}

void StatisticsChartsView::setStatistics(const UnitStatistics &statistics) {
    m_statistics = statistics;
    // A provincial office's bars are its districts.
    const bool province = statistics.parent.level == AdminUnit::Level::Province;
    m_kind->setItemText(m_kind->findData(int(Kind::CheckpointsByUnit)),
                        province ? tr("Checkpoints by district") : kindTitle(Kind::CheckpointsByUnit));
    m_kind->setItemText(m_kind->findData(int(Kind::ScansByUnit)),
                        province ? tr("Scans by district") : kindTitle(Kind::ScansByUnit));
    fillScopes();
    rebuild();
}

void StatisticsChartsView::fillScopes() {
    const QString previous = m_scope->currentData().toString();
    QSignalBlocker blocker(m_scope);
    m_scope->clear();
    const QString whole =
        m_statistics.parent.isValid() ? m_statistics.parent.nameWithType : tr("The whole area");
    m_scope->addItem(whole, QString());
    for (const UnitStatisticsRow &row : m_statistics.rows)
        m_scope->addItem(row.unit.nameWithType, row.unit.code);
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(previous)));
}

void StatisticsChartsView::showChart(Kind kind) {
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

StatisticsChartsView::Kind StatisticsChartsView::currentKind() const {
    return Kind(m_kind->currentData().toInt());
}

void StatisticsChartsView::setSeriesScope(const QString &unitCode) {
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(unitCode)));
}

void StatisticsChartsView::setSeriesPeriod(charts::Period period) {
    m_period->setCurrentIndex(m_period->findData(int(period)));
}

QChart *StatisticsChartsView::chart() const {
    return m_view->chart();
}

QString StatisticsChartsView::scopeName() const {
    return m_scope->currentText();
}

Result<QChart *> StatisticsChartsView::createChart(Kind kind) const {
    const QString unitCode = m_scope->currentData().toString();
    switch (kind) {
    case Kind::CheckpointsByUnit:
        return charts::unitBars(m_statistics, charts::UnitMeasure::Checkpoints);
    case Kind::ScansByUnit:
        return charts::unitBars(m_statistics, charts::UnitMeasure::Scans);
    case Kind::ActiveInactive:
        return charts::activeInactive(m_statistics);
    case Kind::ScanSeries: {
        const auto period = charts::Period(m_period->currentData().toInt());
        const ScanSeriesQuery query(m_db);
        auto points = period == charts::Period::Weekly
                          ? query.weekly(m_statistics.from, m_statistics.asOf, unitCode)
                          : query.daily(m_statistics.from, m_statistics.asOf, unitCode);
        if (!points)
            return points.error();
        return charts::scanSeries(points.value(), period, scopeName(), m_statistics.from, m_statistics.asOf);
    }
    case Kind::TopCheckpoints: {
        auto rows =
            ScanSeriesQuery(m_db).top(m_statistics.from, m_statistics.asOf, kTopCheckpoints, unitCode);
        if (!rows)
            return rows.error();
        return charts::topCheckpoints(rows.value(), scopeName());
    }
    }
    return makeError(tr("unknown chart"));
}

void StatisticsChartsView::rebuild() {
    const Kind kind = currentKind();
    const bool scoped = kind == Kind::ScanSeries || kind == Kind::TopCheckpoints;
    m_scopeLabel->setVisible(scoped);
    m_scope->setVisible(scoped);
    m_period->setVisible(kind == Kind::ScanSeries);
    const bool perUnit = !scoped;
    const bool province = m_statistics.parent.level == AdminUnit::Level::Province;
    m_hint->setText(perUnit ? (province ? tr("Point at a bar for its figures; click it to see the district's "
                                             "communes.")
                                        : tr("Point at a bar for its figures; click it to see the commune's "
                                             "checkpoints."))
                            : tr("Point at the chart for its figures."));
    if (!m_statistics.asOf.isValid())
        return;
    auto created = createChart(kind);
    QChart *previous = m_view->chart();
    if (!created) {
        m_message->showError(sentence(created.error().message));
        m_view->setChart(new QChart);
    } else {
        m_message->dismiss();
        connectDrillDown(created.value());
        m_view->setChart(created.value());
    }
    // The view releases the chart it showed without deleting it.
    delete previous;
}

void StatisticsChartsView::connectDrillDown(QChart *chart) {
    const QStringList codes = chart->property(charts::kUnitCodes).toStringList();
    if (codes.isEmpty())
        return;
    for (QAbstractSeries *series : chart->series()) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(series);
        if (!bars)
            continue;
        connect(bars, &QAbstractBarSeries::clicked, this, [this, codes](int index, QBarSet *) {
            if (index >= 0 && index < codes.size())
                emit unitActivated(codes[index]);
        });
    }
}

Status StatisticsChartsView::exportChart(const QString &path) {
    return saveChart(*m_view, path);
}

void StatisticsChartsView::chooseExportFile() {
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export chart"), kindTitle(currentKind()) + QStringLiteral(".png"),
        tr("PNG picture (*.png);;SVG drawing (*.svg)"), &selected);
    if (path.isEmpty())
        return;
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += selected.contains(QLatin1String("svg")) ? QStringLiteral(".svg") : QStringLiteral(".png");
    if (const Status saved = exportChart(target); !saved) {
        m_message->showError(sentence(saved.error().message));
        return;
    }
    emit statusMessage(tr("Chart saved to %1").arg(QDir::toNativeSeparators(target)));
}

} // namespace cd::ui
