// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatisticsPage.h"

#include "CheckpointStatisticsModel.h"
#include "StatisticsChartsView.h"
#include "UnitStatisticsModel.h"
#include "common/Clock.h"
#include "common/VnFormat.h"
#include "database/Database.h"
#include "posters/InlineMessage.h"
#include "registry/UiText.h"
#include "stats/CheckpointStatistics.h"
#include "stats/ScanSeries.h"
#include "units/OfficeScope.h"

#include <QAction>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QShowEvent>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

QTableView *newTable(QWidget *parent, QAbstractItemModel *model) {
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setHighlightSections(false);
    table->setWordWrap(false);
    return table;
}

QDateEdit *newDateEdit(QWidget *parent) {
    auto *edit = new QDateEdit(parent);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(QDate(2020, 1, 1));
    edit->setMaximumDate(clock::today());
    return edit;
}

// The unit column takes what room is left; the numbers keep to their width.
void stretchUnitColumn(QTableView *table, const UnitStatisticsModel *model) {
    const int unit = model->sectionOf(StatisticsColumn::Unit);
    if (unit >= 0)
        table->horizontalHeader()->setSectionResizeMode(unit, QHeaderView::Stretch);
}

} // namespace

StatisticsPage::StatisticsPage(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_units(new UnitStatisticsModel(this))
    , m_subUnits(new UnitStatisticsModel(this))
    , m_checkpoints(new CheckpointStatisticsModel(this))
    , m_followUp(new CheckpointStatisticsModel(this))
    , m_subtitle(new QLabel(this))
    , m_from(newDateEdit(this))
    , m_asOf(newDateEdit(this))
    , m_tabs(new QTabWidget(this))
    , m_message(new InlineMessage(this)) {
    auto *title = new QLabel(tr("Statistics"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    m_subtitle->setWordWrap(true);

    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto *asOfLabel = new QLabel(tr("&As of:"), this);
    asOfLabel->setBuddy(m_asOf);
    m_asOf->setToolTip(tr("The day of the figures, included; \"the last 7 days\" end on it"));
    // Push buttons with menus: the theme styles them like the page's other buttons.
    auto *columns = new QPushButton(tr("&Columns"), this);
    columns->setToolTip(tr("Add or remove the optional columns of the table"));
    auto *exporter = new QPushButton(tr("E&xport"), this);
    for (QPushButton *button : {columns, exporter}) {
        // The theme's padding leaves the menu arrow in the corner: give it room at the right.
        button->setStyleSheet(QStringLiteral(
            "QPushButton { padding-right: 24px; } "
            "QPushButton::menu-indicator { subcontrol-origin: padding; subcontrol-position: right center; "
            "right: 8px; }"));
    }
    auto *print = new QPushButton(tr("&Print preview…"), this);
    auto *texts = new QPushButton(tr("Report &texts…"), this);
    buildMenus(columns, exporter);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(fromLabel);
    toolbar->addWidget(m_from);
    toolbar->addSpacing(8);
    toolbar->addWidget(asOfLabel);
    toolbar->addWidget(m_asOf);
    toolbar->addSpacing(8);
    toolbar->addWidget(columns);
    toolbar->addStretch();
    toolbar->addWidget(texts);
    toolbar->addWidget(exporter);
    toolbar->addWidget(print);

    m_tabs->addTab(buildTableTab(), tr("Table"));
    m_tabs->addTab(buildFollowUpTab(), tr("Follow-up"));
    m_charts = new StatisticsChartsView(m_database.connection(), this);
    m_tabs->addTab(m_charts, tr("Charts"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(title);
    layout->addWidget(m_subtitle);
    layout->addLayout(toolbar);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    const QDate asOf = defaultAsOf();
    const QDate from = QSettings().value(settingsKey(QStringLiteral("from"))).toDate();
    m_asOf->setDate(asOf);
    m_from->setDate(from.isValid() && from <= asOf ? from : QDate(asOf.year(), 1, 1));
    m_units->setOptionalColumns(statisticsColumns::remembered());
    m_subUnits->setOptionalColumns(statisticsColumns::remembered());
    stretchUnitColumn(m_unitTable, m_units);
    stretchUnitColumn(m_subUnitTable, m_subUnits);

    // The table is what the page is for; the date edit would otherwise open with its day selected.
    setFocusProxy(m_tabs);
    m_unitTable->setFocus();

    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        rememberPeriod();
        reload();
    });
    connect(m_asOf, &QDateEdit::dateChanged, this, [this] {
        rememberPeriod();
        reload();
    });
    connect(print, &QPushButton::clicked, this, &StatisticsPage::openPrintPreview);
    connect(texts, &QPushButton::clicked, this, &StatisticsPage::editReportTexts);
    connect(m_tabs, &QTabWidget::currentChanged, this, &StatisticsPage::tabChanged);
    connect(m_charts, &StatisticsChartsView::unitActivated, this, [this](const QString &code) {
        if (drillInto(code, true))
            showTab(TableTab);
    });
    connect(m_charts, &StatisticsChartsView::statusMessage, this, &StatisticsPage::statusMessage);
    reload();
}

QWidget *StatisticsPage::buildTableTab() {
    auto *tab = new QWidget(this);
    m_back = new QPushButton(tr("← &Back"), tab);
    m_breadcrumb = new QLabel(tab);
    m_breadcrumb->setTextFormat(Qt::RichText);
    m_levels = new QStackedWidget(tab);
    m_unitTable = newTable(tab, m_units);
    m_subUnitTable = newTable(tab, m_subUnits);
    m_checkpointTable = newTable(tab, m_checkpoints);
    m_checkpointTable->horizontalHeader()->setSectionResizeMode(CheckpointStatisticsModel::NameColumn,
                                                                QHeaderView::Stretch);
    m_checkpointTable->setColumnHidden(CheckpointStatisticsModel::CommuneColumn, true);
    m_checkpointTable->setColumnHidden(CheckpointStatisticsModel::SilentDaysColumn, true);
    m_levels->addWidget(m_unitTable);
    m_levels->addWidget(m_subUnitTable);
    m_levels->addWidget(m_checkpointTable);
    m_flagged = new QLabel(tab);
    m_flagged->setWordWrap(true);
    m_flagged->setStyleSheet(QStringLiteral("QLabel { background: #fff3dc; border: 1px solid #f0c98a; "
                                            "border-radius: 4px; padding: 6px 10px; color: #5c3b00; }"));
    m_drillHint = new QLabel(tr("Double-click a row to see what it is made of."), tab);
    m_drillHint->setObjectName(QStringLiteral("hint"));
    auto *hint = m_drillHint;

    auto *crumbs = new QHBoxLayout;
    crumbs->addWidget(m_back);
    crumbs->addWidget(m_breadcrumb, 1);
    crumbs->addWidget(hint);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(crumbs);
    layout->addWidget(m_levels, 1);
    layout->addWidget(m_flagged);

    connect(m_back, &QPushButton::clicked, this, [this] { drillUp(); });
    auto *back = new QShortcut(QKeySequence::Back, tab);
    connect(back, &QShortcut::activated, this, [this] { drillUp(); });
    connect(m_breadcrumb, &QLabel::linkActivated, this,
            [this](const QString &link) { drillUp(int(m_path.size()) - 1 - link.toInt()); });
    for (QTableView *table : {m_unitTable, m_subUnitTable}) {
        connect(table, &QTableView::activated, this, [this, table](const QModelIndex &index) {
            drillInto(index.data(UnitStatisticsModel::UnitCodeRole).toString());
        });
    }
    return tab;
}

QWidget *StatisticsPage::buildFollowUpTab() {
    auto *tab = new QWidget(this);
    m_inactiveDays = new QSpinBox(tab);
    m_inactiveDays->setRange(1, 90);
    m_inactiveDays->setValue(QSettings().value(QStringLiteral("statistics/inactiveDays"), 7).toInt());
    m_inactiveDays->setSuffix(tr(" days"));
    auto *daysLabel = new QLabel(tr("Checkpoints scanned before, but not in the last"), tab);
    daysLabel->setBuddy(m_inactiveDays);
    m_followUpSummary = new QLabel(tab);
    m_followUpSummary->setObjectName(QStringLiteral("hint"));
    m_followUpSummary->setWordWrap(true);
    m_followUpTable = newTable(tab, m_followUp);
    m_followUpTable->horizontalHeader()->setSectionResizeMode(CheckpointStatisticsModel::NameColumn,
                                                              QHeaderView::Stretch);
    m_followUpTable->setColumnHidden(CheckpointStatisticsModel::Scans7dColumn, true);

    auto *row = new QHBoxLayout;
    row->addWidget(daysLabel);
    row->addWidget(m_inactiveDays);
    row->addStretch();
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_followUpSummary);
    layout->addWidget(m_followUpTable, 1);

    connect(m_inactiveDays, &QSpinBox::valueChanged, this, [this](int days) {
        QSettings().setValue(QStringLiteral("statistics/inactiveDays"), days);
        m_followUpStale = true;
        if (m_tabs->currentIndex() == FollowUpTab)
            reloadFollowUp();
    });
    return tab;
}

void StatisticsPage::buildMenus(QPushButton *columns, QPushButton *exporter) {
    m_columnsMenu = new QMenu(columns);
    const StatisticsColumns chosen = statisticsColumns::remembered();
    for (StatisticsColumn column : statisticsColumns::optional()) {
        QAction *action = m_columnsMenu->addAction(statisticsColumns::title(column));
        action->setCheckable(true);
        action->setChecked(chosen.contains(column));
        action->setData(int(column));
        action->setToolTip(statisticsColumns::explanation(column));
        connect(action, &QAction::toggled, this, [this] {
            StatisticsColumns now;
            for (QAction *item : m_columnsMenu->actions()) {
                if (item->isChecked())
                    now.append(StatisticsColumn(item->data().toInt()));
            }
            setOptionalColumns(now);
        });
    }
    m_columnsMenu->setToolTipsVisible(true);
    columns->setMenu(m_columnsMenu);

    auto *exports = new QMenu(exporter);
    exports->addAction(tr("&PDF report…"), this, [this] { exportReport(QStringLiteral("pdf")); });
    exports->addAction(tr("&Excel workbook (XLSX)…"), this, [this] { exportReport(QStringLiteral("xlsx")); });
    exports->addAction(tr("&CSV file…"), this, [this] { exportReport(QStringLiteral("csv")); });
    exports->addSeparator();
    // What the PDF and the printout add after the table; remembered as the user's habit.
    m_reportFollowUp = exports->addAction(tr("Add the &follow-up list"));
    m_reportCharts = exports->addAction(tr("Add the c&harts"));
    for (QAction *option : {m_reportFollowUp, m_reportCharts}) {
        option->setCheckable(true);
        const QString key = option == m_reportCharts ? QStringLiteral("statistics/reportCharts")
                                                     : QStringLiteral("statistics/reportFollowUp");
        option->setChecked(QSettings().value(key, true).toBool());
        connect(option, &QAction::toggled, this, [key](bool on) { QSettings().setValue(key, on); });
    }
    exporter->setMenu(exports);
}

void StatisticsPage::setPeriod(const QDate &from, const QDate &asOf) {
    QSignalBlocker blockFrom(m_from);
    QSignalBlocker blockAsOf(m_asOf);
    m_asOf->setDate(asOf);
    m_from->setDate(from.isValid() ? from : QDate(asOf.year(), 1, 1));
    rememberPeriod();
    reload();
}

QDate StatisticsPage::from() const {
    return m_from->date();
}

QDate StatisticsPage::asOf() const {
    return m_asOf->date();
}

void StatisticsPage::setOptionalColumns(const StatisticsColumns &chosen) {
    statisticsColumns::remember(chosen);
    for (QAction *item : m_columnsMenu->actions()) {
        QSignalBlocker blocker(item);
        item->setChecked(chosen.contains(StatisticsColumn(item->data().toInt())));
    }
    m_units->setOptionalColumns(chosen);
    m_subUnits->setOptionalColumns(chosen);
    stretchUnitColumn(m_unitTable, m_units);
    stretchUnitColumn(m_subUnitTable, m_subUnits);
}

StatisticsColumns StatisticsPage::optionalColumns() const {
    StatisticsColumns chosen;
    for (StatisticsColumn column : m_units->columns()) {
        if (statisticsColumns::optional().contains(column))
            chosen.append(column);
    }
    return chosen;
}

void StatisticsPage::setInactiveDays(int days) {
    m_inactiveDays->setValue(days);
}

void StatisticsPage::showTab(Tab tab) {
    m_tabs->setCurrentIndex(tab);
}

QString StatisticsPage::settingsKey(const QString &name) const {
    // The period belongs to the database looked at: the demo's 2021 is not the office's today.
    return QStringLiteral("statistics/") + name + QLatin1Char('/') +
           QString::number(qHash(m_database.path()), 16);
}

void StatisticsPage::rememberPeriod() {
    if (m_database.isInMemory())
        return;
    QSettings settings;
    settings.setValue(settingsKey(QStringLiteral("from")), m_from->date());
    settings.setValue(settingsKey(QStringLiteral("asOf")), m_asOf->date());
}

QDate StatisticsPage::defaultAsOf() const {
    const QDate remembered = QSettings().value(settingsKey(QStringLiteral("asOf"))).toDate();
    if (remembered.isValid() && !m_database.isInMemory())
        return remembered;
    // First look at a database: the last day anything was scanned, so that an office importing last
    // month's exports sees them rather than an empty week.
    const QDate today = clock::today();
    const auto latest = ScanSeriesQuery(m_database.connection()).lastScanDay(today);
    return latest && latest->isValid() ? latest.value() : today;
}

void StatisticsPage::reload() {
    m_chartsStale = m_followUpStale = true;
    auto table = UnitStatisticsQuery(m_database.connection()).table(m_asOf->date(), m_from->date());
    if (!table) {
        m_message->showError(sentence(table.error().message));
        m_units->setStatistics({});
        return;
    }
    m_message->dismiss();
    m_units->setStatistics(table.value());
    // Stay where the user was: redo the drill-down for the new period.
    QVector<Level> path = m_path;
    m_path.clear();
    m_path.append({QString(), table->parent.nameWithType, false});
    for (qsizetype i = 1; i < path.size(); ++i) {
        if (!loadLevel(path[i]))
            break;
        m_path.append(path[i]);
    }
    showLevel();
    updateSubtitle();
    tabChanged(m_tabs->currentIndex());
}

void StatisticsPage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_shown && !event->spontaneous())
        reload();
    m_shown = true;
}

void StatisticsPage::updateSubtitle() {
    const UnitStatistics &stats = m_units->statistics();
    const auto scope = OfficeScope(m_database.connection()).current();
    const QString area = scope ? scope->displayName() : stats.parent.nameWithType;
    m_subtitle->setText(tr("%1 – from %2 to %3: %4 checkpoints, %5 scans recorded.")
                            .arg(area, format::date(stats.from), format::date(stats.asOf),
                                 format::number(stats.total.checkpoints), format::number(stats.total.scans)));
    const QStringList flagged = stats.flaggedUnits();
    m_flagged->setVisible(!flagged.isEmpty());
    m_flagged->setText(tr("No scan at all from %1 to %2 in: %3. These need a call; the Follow-up tab lists "
                          "the checkpoints that stopped scanning.")
                           .arg(format::date(stats.asOf.addDays(-6)), format::date(stats.asOf),
                                flagged.join(QStringLiteral(", "))));
}

bool StatisticsPage::loadLevel(const Level &level) {
    if (level.checkpoints) {
        auto rows = CheckpointStatisticsQuery(m_database.connection())
                        .list(m_asOf->date(), m_from->date(), level.unitCode);
        if (!rows) {
            m_message->showError(sentence(rows.error().message));
            return false;
        }
        m_checkpoints->setRows(rows.value(), m_asOf->date());
        return true;
    }
    auto table =
        UnitStatisticsQuery(m_database.connection()).table(m_asOf->date(), m_from->date(), level.unitCode);
    if (!table) {
        m_message->showError(sentence(table.error().message));
        return false;
    }
    m_subUnits->setStatistics(table.value());
    return true;
}

bool StatisticsPage::drillInto(const QString &unitCode, bool fromTop) {
    if (unitCode.isEmpty())
        return false;
    if (fromTop)
        m_path.resize(1);
    if (m_path.last().checkpoints)
        return false;
    const UnitStatisticsModel *current = m_path.size() == 1 ? m_units : m_subUnits;
    const UnitStatisticsRow *found = nullptr;
    for (int row = 0; row < current->totalRow(); ++row) {
        if (current->unitRow(row)->unit.code == unitCode)
            found = current->unitRow(row);
    }
    if (!found)
        return false;
    const Level level{unitCode, found->unit.nameWithType, found->unit.level == AdminUnit::Level::Commune};
    if (!loadLevel(level))
        return false;
    m_path.append(level);
    showLevel();
    return true;
}

void StatisticsPage::drillUp(int levels) {
    const qsizetype keep = std::max<qsizetype>(1, m_path.size() - levels);
    if (keep == m_path.size())
        return;
    m_path.resize(keep);
    // A district above a commune: its table is reloaded, the checkpoints' model is left for later.
    if (m_path.size() > 1)
        loadLevel(m_path.last());
    showLevel();
}

void StatisticsPage::showLevel() {
    const Level &level = m_path.last();
    m_levels->setCurrentWidget(m_path.size() == 1 ? m_unitTable
                                                  : (level.checkpoints ? m_checkpointTable : m_subUnitTable));
    m_back->setEnabled(m_path.size() > 1);
    m_drillHint->setVisible(!level.checkpoints);
    QStringList parts;
    for (qsizetype i = 0; i < m_path.size(); ++i) {
        const QString name = m_path[i].title.toHtmlEscaped();
        parts << (i + 1 < m_path.size() ? QStringLiteral("<a href=\"%1\">%2</a>").arg(i).arg(name)
                                        : QStringLiteral("<b>%1</b>").arg(name));
    }
    if (level.checkpoints)
        parts.last() += QStringLiteral(" – ") + tr("%n checkpoints", nullptr, int(m_checkpoints->rowCount()));
    m_breadcrumb->setText(parts.join(QStringLiteral(" &rsaquo; ")));
}

QStringList StatisticsPage::drillPath() const {
    QStringList codes;
    for (qsizetype i = 1; i < m_path.size(); ++i)
        codes << m_path[i].unitCode;
    return codes;
}

QString StatisticsPage::currentLevelTitle() const {
    return m_path.isEmpty() ? QString() : m_path.last().title;
}

void StatisticsPage::reloadFollowUp() {
    m_followUpStale = false;
    auto rows =
        CheckpointStatisticsQuery(m_database.connection()).inactive(m_asOf->date(), m_inactiveDays->value());
    if (!rows) {
        m_message->showError(sentence(rows.error().message));
        m_followUp->setRows({}, m_asOf->date());
        return;
    }
    m_followUp->setRows(rows.value(), m_asOf->date());
    m_followUpSummary->setText(
        rows->isEmpty()
            ? tr("Every checkpoint scanned before was scanned again in the %n days up to %1.", nullptr,
                 m_inactiveDays->value())
                  .arg(format::date(m_asOf->date()))
            : tr("%1 checkpoints were scanned before but not in the %n days up to %2: call them to find out "
                 "why. The longest silent come first.",
                 nullptr, m_inactiveDays->value())
                  .arg(format::number(rows->size()), format::date(m_asOf->date())));
}

void StatisticsPage::tabChanged(int index) {
    // The follow-up list and the charts read more than the table: only when looked at.
    if (index == FollowUpTab && m_followUpStale)
        reloadFollowUp();
    if (index == ChartsTab && m_chartsStale) {
        m_chartsStale = false;
        m_charts->setStatistics(m_units->statistics());
    }
}

} // namespace cd::ui
