// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

} // namespace cd::ui
