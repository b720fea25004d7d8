// SPDX-License-Identifier: GPL-3.0-or-later
#include "AreaPage.h"

#include "UnitOrderModel.h"
#include "database/Database.h"
#include "units/OfficeScope.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace cd::ui {

AreaPage::AreaPage(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_model(new UnitOrderModel(this))
    , m_table(new QTableView(this))
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_upButton(new QPushButton(tr("Move &up"), this))
    , m_downButton(new QPushButton(tr("Move &down"), this))
    , m_resetButton(new QPushButton(tr("&Code order"), this))
    , m_saveButton(new QPushButton(tr("&Save order"), this))
    , m_revertButton(new QPushButton(tr("&Revert"), this)) {
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_summary->setObjectName(QStringLiteral("pageSubtitle"));
    m_summary->setWordWrap(true);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(UnitOrderModel::NameColumn, QHeaderView::Stretch);
    m_table->setDragDropMode(QAbstractItemView::NoDragDrop);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_saveButton->setObjectName(QStringLiteral("primaryButton"));
    m_upButton->setToolTip(tr("Move the selected units up (Alt+Up)"));
    m_downButton->setToolTip(tr("Move the selected units down (Alt+Down)"));
    m_upButton->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_downButton->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_resetButton->setToolTip(tr("List the units by official code"));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_upButton);
    buttons->addWidget(m_downButton);
    buttons->addSpacing(12);
    buttons->addWidget(m_resetButton);
    buttons->addStretch();
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);

    auto *body = new QHBoxLayout;
    body->addWidget(m_table, 1);
    body->addLayout(buttons);

    auto *hint =
        new QLabel(tr("This order is used by every table, chart and report. Units keep their official "
                      "codes whatever their place."),
                   this);
    hint->setObjectName(QStringLiteral("hint"));
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addLayout(body, 1);
    layout->addWidget(hint);

    connect(m_upButton, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveSelected(+1); });
    connect(m_resetButton, &QPushButton::clicked, this, &AreaPage::resetToCodeOrder);
    connect(m_saveButton, &QPushButton::clicked, this, &AreaPage::saveOrder);
    connect(m_revertButton, &QPushButton::clicked, this, &AreaPage::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AreaPage::updateButtons);

    reload();
}

void AreaPage::reload() {
    const OfficeScope scope(m_database.connection());
    const auto current = scope.current();
    const AdminUnits units = scope.reportingUnits();
    m_model->setUnits(units);
    m_table->resizeColumnsToContents();
    if (current) {
        m_title->setText(current->displayName());
        m_summary->setText(current->isProvinceWide()
                               ? tr("%n district(s), listed in the order of the office's reports.", nullptr,
                                    int(units.size()))
                               : tr("%n commune(s) and town(s), listed in the order of the office's reports.",
                                    nullptr, int(units.size())));
    }
    setDirty(false);
}

void AreaPage::moveSelected(int delta) {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    int first = rows.first().row();
    int last = first;
    for (const QModelIndex &index : rows) {
        first = std::min(first, index.row());
        last = std::max(last, index.row());
    }
    const int count = last - first + 1;
    const bool moved =
        delta < 0 ? (first > 0 && m_model->moveRows({}, first, count, {}, first - 1))
                  : (last + 1 < m_model->rowCount() && m_model->moveRows({}, first, count, {}, last + 2));
    if (!moved)
        return;
    const int newFirst = first + (delta < 0 ? -1 : 1);
    m_table->selectionModel()->select(
        QItemSelection(m_model->index(newFirst, 0),
                       m_model->index(newFirst + count - 1, UnitOrderModel::ColumnCount - 1)),
        QItemSelectionModel::ClearAndSelect);
    m_table->scrollTo(m_model->index(newFirst, 0));
    setDirty(true);
}

void AreaPage::resetToCodeOrder() {
    AdminUnits units = m_model->units();
    std::sort(units.begin(), units.end(),
              [](const AdminUnit &a, const AdminUnit &b) { return a.code < b.code; });
    m_model->setUnits(units);
    setDirty(true);
}

void AreaPage::saveOrder() {
    OfficeScope scope(m_database.connection());
    if (const auto status = scope.setOrder(m_model->codes()); !status) {
        QMessageBox::warning(this, tr("Order not saved"), status.error().message);
        return;
    }
    setDirty(false);
    emit statusMessage(tr("The order of the units was saved."));
}

void AreaPage::setDirty(bool dirty) {
    m_dirty = dirty;
    updateButtons();
}

void AreaPage::updateButtons() {
    const bool hasSelection = m_table->selectionModel() && m_table->selectionModel()->hasSelection();
    m_upButton->setEnabled(hasSelection);
    m_downButton->setEnabled(hasSelection);
    m_saveButton->setEnabled(m_dirty);
    m_revertButton->setEnabled(m_dirty);
}

} // namespace cd::ui
