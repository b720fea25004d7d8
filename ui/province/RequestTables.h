// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "province/TraceRequests.h"

#include <QVector>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace cd::ui {

class SheetTableModel;

// The lists of the province's pages and dialogs: read-only, one row selected at a time.
QTableView *makeListTable(QAbstractItemModel *model, QWidget *parent);
// Columns fitted to their contents, but none wider than a third of the view (long reasons and notes are in
// the details under the list and in the tooltips).
void fitListColumns(QTableView *view);
// The row of the request with this id selected; false when the list has none.
bool selectRequestRow(QTableView *view, const QVector<province::TraceRequest> &requests, qint64 id);
// The id of the request on the selected row, 0 when none is selected.
qint64 selectedRequestId(const QTableView *view, const QVector<province::TraceRequest> &requests);

} // namespace cd::ui
