// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatisticsColumns.h"
#include "common/Error.h"
#include "report/StatisticsReportData.h"
#include "stats/UnitStatistics.h"

#include <QWidget>

class QAction;
class QDateEdit;
class QLabel;
class QMenu;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QPushButton;

namespace cd {
class Database;
}

namespace cd::ui {

class CheckpointStatisticsModel;
class InlineMessage;
class StatisticsChartsView;
class UnitStatisticsModel;

// The Statistics section: the annex table for a period, with optional columns, a drill-down from a row
// to its communes or checkpoints, the follow-up list of checkpoints that stopped being scanned, the
// charts, and the report (PDF, XLSX, CSV, print).
class StatisticsPage : public QWidget {
    Q_OBJECT

public:
    enum Tab { TableTab, FollowUpTab, ChartsTab };

    explicit StatisticsPage(Database &database, QWidget *parent = nullptr);

    // The period; reloads everything. from invalid: 1 January of as_of's year.
    void setPeriod(const QDate &from, const QDate &asOf);
    QDate from() const;
    QDate asOf() const;
    void setOptionalColumns(const StatisticsColumns &chosen);
    StatisticsColumns optionalColumns() const;
    void setInactiveDays(int days);
    void showTab(Tab tab);

    UnitStatisticsModel *model() const { return m_units; }
    UnitStatisticsModel *drillDownUnitsModel() const { return m_subUnits; }
    CheckpointStatisticsModel *drillDownCheckpointsModel() const { return m_checkpoints; }
    CheckpointStatisticsModel *followUpModel() const { return m_followUp; }
    StatisticsChartsView *chartsView() const { return m_charts; }
    // What the table tab shows: the unit codes drilled into, outermost first (empty at the top).
    QStringList drillPath() const;
    // The current level's title, as the breadcrumb shows it.
    QString currentLevelTitle() const;

    // The report of what the page shows (period, optional columns, follow-up days), with the remembered
    // texts, and its chart pages and follow-up list as chosen in the Export menu.
    Result<StatisticsReportData> reportData() const;
    // Writes the report without asking for a file; format "pdf", "xlsx" or "csv".
    Status writeReport(const QString &path, const QString &format) const;

public slots:
    void reload();
    // Drills from the current level into one of its units (a district's communes or a commune's
    // checkpoints); from a chart, pass fromTop to start at the office's table.
    bool drillInto(const QString &unitCode, bool fromTop = false);
    void drillUp(int levels = 1);
    void exportReport(const QString &format);
    void openPrintPreview();
    void editReportTexts();

signals:
    void statusMessage(const QString &message);

protected:
    // Scans imported on another page since: the figures are read again each time the page comes back.
    void showEvent(QShowEvent *event) override;

private:
    struct Level {
        QString unitCode; // empty at the top
        QString title;
        bool checkpoints = false; // a commune: its checkpoints; else units
    };

    QWidget *buildTableTab();
    QWidget *buildFollowUpTab();
    void buildMenus(QPushButton *columns, QPushButton *exporter);
    void showLevel();
    bool loadLevel(const Level &level);
    void reloadFollowUp();
    void updateSubtitle();
    void tabChanged(int index);
    void rememberPeriod();
    QDate defaultAsOf() const;
    QString settingsKey(const QString &name) const;

    Database &m_database;
    UnitStatisticsModel *m_units;
    UnitStatisticsModel *m_subUnits;
    CheckpointStatisticsModel *m_checkpoints;
    CheckpointStatisticsModel *m_followUp;
    QLabel *m_subtitle;
    QDateEdit *m_from;
    QDateEdit *m_asOf;
    QMenu *m_columnsMenu = nullptr;
    QAction *m_reportCharts = nullptr;
    QAction *m_reportFollowUp = nullptr;
    QTabWidget *m_tabs;
    QPushButton *m_back;
    QLabel *m_breadcrumb;
    QLabel *m_drillHint;
    QStackedWidget *m_levels;
    QTableView *m_unitTable;
    QTableView *m_subUnitTable;
    QTableView *m_checkpointTable;
    QLabel *m_flagged;
    QSpinBox *m_inactiveDays;
    QLabel *m_followUpSummary;
    QTableView *m_followUpTable;
    StatisticsChartsView *m_charts;
    InlineMessage *m_message;
    QVector<Level> m_path;
    bool m_chartsStale = true;
    bool m_followUpStale = true;
    bool m_shown = false;
};

} // namespace cd::ui
