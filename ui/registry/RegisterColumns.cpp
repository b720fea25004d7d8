// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegisterColumns.h"

#include "CheckpointTableModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QTimer>

namespace cd::ui {

using Model = CheckpointTableModel;

RegisterColumns::RegisterColumns(QTableView *table, QString settingsKey)
    : QObject(table)
    , m_table(table)
    , m_settingsKey(std::move(settingsKey)) {
    QHeaderView *header = table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &RegisterColumns::chooseColumns);
    m_fitted = header->restoreState(QSettings().value(m_settingsKey).toByteArray());
    if (!m_fitted) {
        // Until the user shows them: sub-checkpoints are rare, the registration day matters to statistics
        // and the QR code to posters more than to the daily register, and an office PC's screen has room
        // for seven columns beside the communes.
        header->setSectionHidden(Model::ParentColumn, true);
        header->setSectionHidden(Model::QrColumn, true);
        header->setSectionHidden(Model::RegisteredColumn, true);
        table->installEventFilter(this);
    }
}

void RegisterColumns::save() const {
    // A table never shown has nothing the user chose, and widths fitted to no screen.
    if (m_fitted)
        QSettings().setValue(m_settingsKey, m_table->horizontalHeader()->saveState());
}

bool RegisterColumns::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_table && event->type() == QEvent::Show && !m_fitted) {
        m_fitted = true;
        m_table->removeEventFilter(this);
        // At Show the layout has not given the table its final width yet: fit once it has.
        QTimer::singleShot(0, this, &RegisterColumns::fit);
    }
    return QObject::eventFilter(watched, event);
}

void RegisterColumns::fit() {
    // Short values get their width, long types and communes a capped one; name and address share what is
    // left, so that the first view needs no horizontal scrolling where it fits.
    QHeaderView *header = m_table->horizontalHeader();
    const int em = m_table->fontMetrics().horizontalAdvance(u'M');
    const QList<std::pair<int, int>> capped{{Model::CodeColumn, 8},    {Model::TypeColumn, 10},
                                            {Model::CommuneColumn, 9}, {Model::PhoneColumn, 8},
                                            {Model::StatusColumn, 11}, {Model::ParentColumn, 8},
                                            {Model::QrColumn, 7},      {Model::RegisteredColumn, 8}};
    int used = 0;
    for (const auto &[column, ems] : capped) {
        m_table->resizeColumnToContents(column);
        header->resizeSection(column, std::min(header->sectionSize(column), ems * em));
        if (!header->isSectionHidden(column))
            used += header->sectionSize(column);
    }
    const int left = m_table->viewport()->width() - used - 2;
    header->resizeSection(Model::NameColumn, std::max(10 * em, left * 3 / 5));
    header->resizeSection(Model::AddressColumn, std::max(8 * em, left * 2 / 5));
}

void RegisterColumns::chooseColumns(const QPoint &at) {
    QHeaderView *header = m_table->horizontalHeader();
    QMenu menu(m_table);
    for (int column = 0; column < header->count(); ++column) {
        QAction *action = menu.addAction(m_table->model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The last visible column stays: a table without columns cannot be right-clicked back.
        action->setEnabled(header->isSectionHidden(column) ||
                           header->count() - header->hiddenSectionCount() > 1);
        connect(action, &QAction::toggled, header,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.exec(header->mapToGlobal(at));
}

} // namespace cd::ui
