// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatisticsCharts.h"
#include "common/Error.h"

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace cd::ui {

class InlineMessage;

// The Charts tab: a chooser of the chart, the unit a time series or top list is for, days or weeks, and
// the chart itself, with hover tooltips; a click on a unit's bar asks the page to drill down into it.
class StatisticsChartsView : public QWidget {
    Q_OBJECT

public:
    enum class Kind { CheckpointsByUnit, ScansByUnit, ActiveInactive, ScanSeries, TopCheckpoints };

    explicit StatisticsChartsView(QSqlDatabase db, QWidget *parent = nullptr);

    static QList<Kind> kinds();
    static QString kindTitle(Kind kind);

    // The page's table: the units the charts show and the period.
    void setStatistics(const UnitStatistics &statistics);
    void showChart(Kind kind);
    Kind currentKind() const;
    // "" for the whole area, or one of the table's units.
    void setSeriesScope(const QString &unitCode);
    void setSeriesPeriod(charts::Period period);

    QChart *chart() const;
    QChartView *chartView() const { return m_view; }

    // A new chart of this kind, for the report (the caller owns it); the scope as set on this view.
    Result<QChart *> createChart(Kind kind) const;
    // Saves the current chart; the format follows the suffix (.png, .svg).
    Status exportChart(const QString &path);

public slots:
    void chooseExportFile();

signals:
    void unitActivated(const QString &unitCode);
    void statusMessage(const QString &message);

private:
    void rebuild();
    void fillScopes();
    void connectDrillDown(QChart *chart);
    QString scopeName() const;

    QSqlDatabase m_db;
    UnitStatistics m_statistics;
    QComboBox *m_kind;
    QLabel *m_scopeLabel;
    QComboBox *m_scope;
    QComboBox *m_period;
    QPushButton *m_export;
    QLabel *m_hint;
    QChartView *m_view;
    InlineMessage *m_message;
};

} // namespace cd::ui
