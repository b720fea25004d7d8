// SPDX-License-Identifier: GPL-3.0-or-later
#include "TracePage.h"

#include "DayTimeline.h"
#include "SheetTableModel.h"
#include "TraceSearch.h"
#include "common/Clock.h"
#include "common/VnFormat.h"
#include "database/Database.h"
#include "jobs/Job.h"
#include "posters/InlineMessage.h"
#include "registry/UiText.h"
#include "scans/ScanTime.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace cd::ui {
namespace {

using trace::QueryKind;

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent) {
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

// Columns fitted to their contents, the given one taking what is left.
void fitColumns(QTableView *view, const SheetTableModel *model, const QString &stretchKey) {
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (const int stretch = model->columnOf(stretchKey); stretch >= 0)
        header->setSectionResizeMode(stretch, QHeaderView::Stretch);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

QDate vietnamToday() {
    return clock::today();
}

} // namespace

TracePage::TracePage(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_confirm(questionBoxOver(this))
    , m_job(new Job(database, this))
    , m_candidatesModel(new SheetTableModel(this))
    , m_timeline(new SheetTableModel(this))
    , m_contacts(new SheetTableModel(this))
    , m_overlaps(new SheetTableModel(this))
    , m_overlapsOfContact(new QSortFilterProxyModel(this))
    , m_sites(new SheetTableModel(this)) {
    auto *title = new QLabel(tr("Contact tracing"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto *subtitle = new QLabel(tr("Find a case by phone, ID number or name: the places they scanned in the "
                                   "period, the people scanned at the same places within the window, and "
                                   "the sites whose owners must be warned. Every trace is recorded in the "
                                   "audit log."),
                                this);
    subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    subtitle->setWordWrap(true);
    m_message = new InlineMessage(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addWidget(buildSearchBar());
    layout->addWidget(m_message);
    // Candidates and results take turns: whichever shows takes the height.
    layout->addWidget(buildCandidates(), 1);
    layout->addWidget(buildResults(), 1);

    connect(m_job, &Job::failed, this, [this](const QString &message) {
        // A district office's trace finding nobody may only mean the case was in other districts.
        m_message->showError(m_provinceBar ? tr("%1 Only your district's scans were searched: “Ask the "
                                                "province…” asks about the other districts.")
                                                 .arg(sentence(message))
                                           : sentence(message));
    });
    connect(m_job, &Job::cancelled, this, [this] {
        const QString text = tr("The search was cancelled; nothing was traced.");
        m_message->showInfo(text);
        emit statusMessage(text);
    });
    // A superseded search finishes too, as its successor starts: busy is whatever the job is now.
    connect(m_job, &Job::finished, this, [this] { setBusy(m_job->isRunning()); });
}

QWidget *TracePage::buildSearchBar() {
    auto *bar = new QWidget(this);
    m_query = new QLineEdit(bar);
    m_query->setPlaceholderText(tr("Phone (any form), ID number or name of the case"));
    m_query->setClearButtonEnabled(true);
    m_kind = new QComboBox(bar);
    m_kind->addItem(tr("Find by: any"), -1);
    m_kind->addItem(tr("Phone"), int(QueryKind::Phone));
    m_kind->addItem(tr("ID number"), int(QueryKind::IdNumber));
    m_kind->addItem(tr("Name"), int(QueryKind::Name));
    m_traceButton = new QPushButton(tr("Cancel"), bar);
    makePrimary(m_traceButton);
    // The button is the search's Cancel while it runs: wide enough for both words, so that it neither
    // clips nor moves when its text changes.
    m_traceButton->ensurePolished();
    const int cancelWidth = m_traceButton->sizeHint().width();
    m_traceButton->setText(tr("Trace"));
    m_traceButton->setMinimumWidth(std::max(cancelWidth, m_traceButton->sizeHint().width()));

    const QDate today = vietnamToday();
    m_to = new QDateEdit(today, bar);
    m_from = new QDateEdit(today.addDays(-trace::TraceOptions::kDefaultDays), bar);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setCalendarPopup(true);
    }
    m_window = new QSpinBox(bar);
    m_window->setRange(0, 24 * 60);
    m_window->setValue(trace::TraceOptions{}.windowMinutes);
    m_window->setSuffix(tr(" min"));
    m_window->setToolTip(tr("People whose visits came within this many minutes of the case's are contacts; "
                            "exactly this many minutes counts."));
    m_stay = new QSpinBox(bar);
    m_stay->setRange(0, trace::TraceOptions{}.maxStayHours * 60);
    m_stay->setValue(trace::TraceOptions{}.defaultStayMinutes);
    m_stay->setSuffix(tr(" min"));
    m_stay->setToolTip(tr("How long a check-in without a check-out is taken to last (marked as assumed)."));
    m_related = new QCheckBox(tr("Include sub-checkpoints of the same parent"), bar);

    auto *row1 = new QHBoxLayout;
    row1->addWidget(m_query, 1);
    row1->addWidget(m_kind);
    row1->addWidget(m_traceButton);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(new QLabel(tr("From"), bar));
    row2->addWidget(m_from);
    row2->addWidget(new QLabel(tr("to"), bar));
    row2->addWidget(m_to);
    row2->addSpacing(16);
    row2->addWidget(new QLabel(tr("Window ±"), bar));
    row2->addWidget(m_window);
    row2->addSpacing(16);
    row2->addWidget(new QLabel(tr("Stay without check-out"), bar));
    row2->addWidget(m_stay);
    row2->addSpacing(16);
    row2->addWidget(m_related);
    row2->addStretch(1);
    auto *box = new QVBoxLayout(bar);
    box->setContentsMargins(0, 8, 0, 0);
    box->addLayout(row1);
    box->addLayout(row2);

    // One button: Trace, and Cancel while a search runs.
    connect(m_traceButton, &QPushButton::clicked, this, [this] {
        if (isSearching())
            cancelSearch();
        else
            start(m_query->text(), std::nullopt);
    });
    connect(m_query, &QLineEdit::returnPressed, this, [this] { start(m_query->text(), std::nullopt); });
    return bar;
}

QWidget *TracePage::buildCandidates() {
    m_candidatesPanel = new QWidget(this);
    auto *label = new QLabel(tr("Several people match. Choose the case:"), m_candidatesPanel);
    label->setObjectName(QStringLiteral("sectionTitle"));
    m_candidatesView = makeTable(m_candidatesModel, m_candidatesPanel);
    m_candidatesView->setMaximumHeight(260);
    auto *pick = new QPushButton(tr("Trace this person"), m_candidatesPanel);
    auto *layout = new QVBoxLayout(m_candidatesPanel);
    layout->setContentsMargins(0, 4, 0, 4);
    auto *top = new QHBoxLayout;
    top->addWidget(label, 1);
    top->addWidget(pick);
    layout->addLayout(top);
    layout->addWidget(m_candidatesView);
    layout->addStretch(1);
    m_candidatesPanel->hide();
    auto pickCurrent = [this] {
        const QModelIndex current = m_candidatesView->currentIndex();
        if (current.isValid())
            traceCandidate(current.row());
    };
    connect(pick, &QPushButton::clicked, this, pickCurrent);
    connect(m_candidatesView, &QTableView::doubleClicked, this, pickCurrent);
    return m_candidatesPanel;
}

QWidget *TracePage::buildResults() {
    m_resultsPanel = new QWidget(this);
    m_personLabel = new QLabel(m_resultsPanel);
    m_personLabel->setObjectName(QStringLiteral("sectionTitle"));
    m_personLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countsLabel = new QLabel(m_resultsPanel);
    m_countsLabel->setObjectName(QStringLiteral("hint"));
    // Not "nobody": the days before it were deleted, and a trace cannot see into them.
    m_purgedNote = new QLabel(m_resultsPanel);
    m_purgedNote->setObjectName(QStringLiteral("purgedNote"));
    m_purgedNote->setWordWrap(true);
    m_purgedNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_purgedNote->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5c4300; border: 1px "
                                               "solid #e0c36c; border-radius: 4px; padding: 8px 10px; "
                                               "font-weight: 600; }"));
    m_purgedNote->hide();
    m_exportButton = new QPushButton(tr("Export…"), m_resultsPanel);
    m_exportButton->setEnabled(false);
    connect(m_exportButton, &QPushButton::clicked, this, &TracePage::exportTrace);

    m_tabs = new QTabWidget(m_resultsPanel);
    // Timeline: the day-by-day chart above every scan.
    m_dayTimeline = new DayTimeline;
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_dayTimeline);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_timelineView = makeTable(m_timeline, nullptr);
    auto *timelineSplit = new QSplitter(Qt::Vertical);
    timelineSplit->addWidget(scroll);
    timelineSplit->addWidget(m_timelineView);
    timelineSplit->setStretchFactor(0, 1);
    timelineSplit->setStretchFactor(1, 1);
    m_timelineSplit = timelineSplit;
    connect(m_dayTimeline, &DayTimeline::visitActivated, this, [this](int visit) {
        const int column = m_timeline->columnOf(QStringLiteral("visit"));
        for (int row = 0; row < m_timeline->rowCount(); ++row)
            if (m_timeline->index(row, column).data(Qt::UserRole).toInt() == visit + 1) {
                m_timelineView->selectRow(row);
                m_timelineView->scrollTo(m_timeline->index(row, 0));
                break;
            }
    });
    m_tabs->addTab(timelineSplit, tr("Timeline"));

    // Contacts: ranked people above the visits the selected one shared with the case.
    m_contactsView = makeTable(m_contacts, nullptr);
    m_overlapsOfContact->setSourceModel(m_overlaps);
    auto *detail = new QWidget;
    m_detailLabel = new QLabel(detail);
    m_detailLabel->setObjectName(QStringLiteral("hint"));
    auto *detailView = makeTable(m_overlapsOfContact, detail);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 6, 0, 0);
    detailLayout->addWidget(m_detailLabel);
    detailLayout->addWidget(detailView);
    auto *contactsSplit = new QSplitter(Qt::Vertical);
    contactsSplit->addWidget(m_contactsView);
    contactsSplit->addWidget(detail);
    contactsSplit->setStretchFactor(0, 3);
    contactsSplit->setStretchFactor(1, 2);
    connect(m_contactsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TracePage::showContactDetail);
    m_tabs->addTab(contactsSplit, tr("Contacts"));

    auto *sitesView = makeTable(m_sites, nullptr);
    m_tabs->addTab(sitesView, tr("Exposure sites"));

    // Column layouts once the models have their columns.
    connect(m_timeline, &QAbstractItemModel::modelReset, this,
            [this] { fitColumns(m_timelineView, m_timeline, QStringLiteral("checkpoint_name")); });
    connect(m_contacts, &QAbstractItemModel::modelReset, this,
            [this] { fitColumns(m_contactsView, m_contacts, QStringLiteral("visits")); });
    connect(m_overlaps, &QAbstractItemModel::modelReset, this, [this, detailView] {
        fitColumns(detailView, m_overlaps, QStringLiteral("checkpoint_name"));
        for (const QString &key : {QStringLiteral("rank"), QStringLiteral("name"), QStringLiteral("phone"),
                                   QStringLiteral("id_number")})
            detailView->hideColumn(m_overlaps->columnOf(key));
    });
    connect(m_sites, &QAbstractItemModel::modelReset, this, [this, sitesView] {
        fitColumns(sitesView, m_sites, QStringLiteral("windows"));
        // The times of each visit say more than the first and last.
        for (const QString &key : {QStringLiteral("first"), QStringLiteral("last")})
            sitesView->hideColumn(m_sites->columnOf(key));
    });
    connect(m_candidatesModel, &QAbstractItemModel::modelReset, this,
            [this] { fitColumns(m_candidatesView, m_candidatesModel, QStringLiteral("name")); });

    auto *header = new QHBoxLayout;
    auto *labels = new QVBoxLayout;
    labels->addWidget(m_personLabel);
    labels->addWidget(m_countsLabel);
    header->addLayout(labels, 1);
    header->addWidget(m_exportButton, 0, Qt::AlignBottom);
    auto *layout = new QVBoxLayout(m_resultsPanel);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_purgedNote);
    layout->addWidget(m_tabs, 1);
    m_personLabel->setText(tr("No case traced yet"));
    m_countsLabel->setText(tr("Type a phone number, an ID number or a name above and press Trace."));
    return m_resultsPanel;
}

} // namespace cd::ui
