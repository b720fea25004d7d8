// SPDX-License-Identifier: GPL-3.0-or-later
// The page's layout, filters and summary; what its buttons do is in CheckpointsPageActions.cpp.
#include "CheckpointsPage.h"

#include "CheckpointEditor.h"
#include "CheckpointFilterProxy.h"
#include "CheckpointTableModel.h"
#include "CommuneList.h"
#include "RegisterColumns.h"
#include "UiText.h"
#include "common/VnFormat.h"
#include "database/Database.h"
#include "registry/CheckpointRegistry.h"
#include "registry/CheckpointTypes.h"
#include "units/OfficeScope.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cd::ui {
namespace {

const QString kHeaderKey = QStringLiteral("checkpoints/header");

} // namespace

CheckpointsPage::CheckpointsPage(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_undoStack(new QUndoStack(this))
    , m_editor(new CheckpointEditor(database.connection(), m_undoStack, this))
    , m_model(new CheckpointTableModel(database.connection(), this))
    , m_proxy(new CheckpointFilterProxy(this))
    , m_title(new QLabel(tr("Checkpoints"), this))
    , m_subtitle(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_typeFilter(new QComboBox(this))
    , m_statusFilter(new QComboBox(this))
    , m_communes(new CommuneList(this))
    , m_table(new QTableView(this))
    , m_shown(new QLabel(this))
    , m_addButton(new QPushButton(tr("&Add checkpoint"), this))
    , m_editButton(new QPushButton(tr("&Edit"), this))
    , m_closeButton(new QPushButton(tr("Mark c&losed"), this))
    , m_deleteButton(new QPushButton(tr("&Delete"), this))
    , m_importButton(new QPushButton(tr("&Import from file…"), this))
    , m_exportButton(new QPushButton(tr("E&xport…"), this))
    , m_typesButton(new QPushButton(tr("&Types…"), this))
    , m_undoButton(new QPushButton(tr("&Undo"), this))
    , m_redoButton(new QPushButton(tr("&Redo"), this)) {
    m_confirm = questionBoxOver(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    m_shown->setObjectName(QStringLiteral("hint"));

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setSortIndicatorClearable(true);
    // No sort until the user asks: the register's own order is the office's commune order.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    m_communes->setFixedWidth(200);
    // The sidebar's look, lighter: a list to choose from, not a second navigation.
    m_communes->setStyleSheet(
        QStringLiteral("#communeList { border: 1px solid #d5ddd9; background: white; outline: 0; }"
                       "#communeList::item { padding: 5px 8px; border: none; }"
                       "#communeList::item:selected { background: #0f6e56; color: white; }"
                       "#communeList::item:hover:!selected { background: #eef5f2; }"));

    auto *body = new QHBoxLayout;
    body->setSpacing(12);
    body->addWidget(m_communes);
    body->addWidget(m_table, 1);

    // The title row carries what changes the register as a whole; the toolbar acts on the rows shown.
    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(8);
    titleRow->addWidget(m_title);
    titleRow->addStretch();
    titleRow->addWidget(m_undoButton);
    titleRow->addWidget(m_redoButton);
    titleRow->addSpacing(16);
    titleRow->addWidget(m_typesButton);
    titleRow->addWidget(m_exportButton);
    titleRow->addWidget(m_importButton);
    titleRow->addWidget(m_addButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);
    layout->addLayout(titleRow);
    layout->addWidget(m_subtitle);
    layout->addLayout(createToolbar());
    layout->addLayout(body, 1);
    layout->addWidget(m_shown);

    connect(m_search, &QLineEdit::textChanged, this, &CheckpointsPage::applyFilters);
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, &CheckpointsPage::applyFilters);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &CheckpointsPage::applyFilters);
    connect(m_communes, &CommuneList::communeChosen, this, &CheckpointsPage::applyFilters);
    connect(m_table, &QTableView::activated, this, &CheckpointsPage::editCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CheckpointsPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CheckpointsPage::updateActions);
    connect(m_editor, &CheckpointEditor::changed, this, [this](qint64 id) {
        reload();
        selectCheckpoint(id);
    });
    connect(m_editor, &CheckpointEditor::failed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Checkpoints"), sentence(message));
    });
    connect(m_undoStack, &QUndoStack::indexChanged, this, &CheckpointsPage::updateActions);

    createShortcuts();
    fillTypeFilter();
    reload();
    m_columns = new RegisterColumns(m_table, kHeaderKey);
}

CheckpointsPage::~CheckpointsPage() {
    m_columns->save();
}

QLayout *CheckpointsPage::createToolbar() {
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setToolTip(tr("Code, name, address or phone; accents are optional"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    m_typeFilter->setObjectName(QStringLiteral("typeFilter"));
    m_typeFilter->setMaxVisibleItems(16);
    // Long type names ("Phương tiện vận tải công cộng") must not widen the window.
    m_typeFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_typeFilter->setMinimumContentsLength(16);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("All statuses"));
    m_statusFilter->addItem(tr("Active"), false);
    m_statusFilter->addItem(tr("Closed"), true);
    m_addButton->setObjectName(QStringLiteral("primaryButton"));
    m_importButton->setToolTip(tr("Add or update checkpoints from a CSV or Excel register"));
    m_exportButton->setToolTip(
        tr("Save the checkpoints shown (all of them when no filter is set) as Excel or CSV, "
           "in the columns the import reads back"));
    m_typesButton->setToolTip(
        tr("Rename or merge the checkpoint types, the national form's and the office's own"));
    m_deleteButton->setToolTip(tr("Delete the selected checkpoint (Del)"));

    auto *toolbar = new QHBoxLayout;
    toolbar->setSpacing(8);
    toolbar->addWidget(m_search, 3);
    toolbar->addWidget(m_typeFilter, 2);
    toolbar->addWidget(m_statusFilter, 1);
    toolbar->addStretch(1);
    toolbar->addWidget(m_editButton);
    toolbar->addWidget(m_closeButton);
    toolbar->addWidget(m_deleteButton);
    return toolbar;
}

void CheckpointsPage::fillTypeFilter() {
    const qint64 previous = m_typeFilter->currentData().toLongLong();
    const QSignalBlocker blocker(m_typeFilter);
    m_typeFilter->clear();
    m_typeFilter->addItem(tr("All types"), 0);
    if (const auto types = CheckpointTypes(m_database.connection()).all()) {
        for (const CheckpointType &type : types.value())
            m_typeFilter->addItem(type.name, type.id);
    }
    m_typeFilter->setCurrentIndex(std::max(0, m_typeFilter->findData(previous)));
}

void CheckpointsPage::reload() {
    const auto current = currentCheckpoint();
    m_model->reload();
    m_communes->setCommunes(OfficeScope(m_database.connection()).communes(),
                            CheckpointRegistry(m_database.connection()).countByCommune());
    updateSummary();
    if (current) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(current->id), 0));
        if (index.isValid())
            m_table->setCurrentIndex(index);
    }
    updateActions();
}

void CheckpointsPage::applyFilters() {
    m_proxy->setSearchText(m_search->text());
    m_proxy->setCommuneCode(m_communes->currentCommuneCode());
    m_proxy->setTypeId(m_typeFilter->currentData().toLongLong());
    const QVariant closed = m_statusFilter->currentData();
    m_proxy->setClosed(closed.isValid() ? std::optional<bool>(closed.toBool()) : std::nullopt);
    updateSummary();
    updateActions();
}

void CheckpointsPage::updateSummary() {
    const Checkpoints &all = m_model->checkpoints();
    const int total = int(all.size());
    const int active =
        int(std::count_if(all.begin(), all.end(), [](const Checkpoint &c) { return !c.isClosed(); }));
    const auto scope = OfficeScope(m_database.connection()).current();
    const QString counts =
        tr("%1 checkpoint(s), %2 active", nullptr, total).arg(format::number(total), format::number(active));
    m_subtitle->setText(scope ? scope->displayName() + QStringLiteral(" · ") + counts : counts);
    m_shown->setText(m_proxy->isFiltering()
                         ? tr("Showing %1 of %2 checkpoints.")
                               .arg(format::number(m_proxy->rowCount()), format::number(total))
                         : tr("Double-click a checkpoint to edit it. Right-click the column titles to "
                              "choose the columns."));
}

bool CheckpointsPage::showCommune(const QString &communeCode) {
    return m_communes->setCurrentCommuneCode(communeCode);
}

std::optional<Checkpoint> CheckpointsPage::currentCheckpoint() const {
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    if (!index.isValid())
        return std::nullopt;
    return m_model->checkpointAt(index.row());
}

bool CheckpointsPage::selectCheckpoint(qint64 id) {
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        // Hidden by a filter: the user just made this change and should see it.
        m_search->clear();
        m_typeFilter->setCurrentIndex(0);
        m_statusFilter->setCurrentIndex(0);
        m_communes->setCurrentCommuneCode(QString());
        showSubCheckpoints(std::nullopt);
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

} // namespace cd::ui
