// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestTables.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

#include <algorithm>

namespace cd::ui {

QTableView *makeListTable(QAbstractItemModel *model, QWidget *parent) {
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

void fitListColumns(QTableView *view) {
    view->resizeColumnsToContents();
    const int widest = std::max(240, view->viewport()->width() / 3);
    for (int column = 0; column < view->model()->columnCount(); ++column)
        if (view->columnWidth(column) > widest)
            view->setColumnWidth(column, widest);
    view->resizeRowsToContents();
}

bool selectRequestRow(QTableView *view, const QVector<province::TraceRequest> &requests, qint64 id) {
    for (int row = 0; row < requests.size(); ++row)
        if (requests[row].id == id) {
            view->selectRow(row);
            return true;
        }
    return false;
}

qint64 selectedRequestId(const QTableView *view, const QVector<province::TraceRequest> &requests) {
    const QModelIndex current = view->currentIndex();
    if (!current.isValid() || !view->selectionModel()->isRowSelected(current.row(), {}))
        return 0;
    return requests.value(current.row()).id;
}

} // namespace cd::ui
