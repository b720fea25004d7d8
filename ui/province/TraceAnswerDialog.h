// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "province/TraceRequests.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace cd::ui {

class SheetTableModel;

// The province's answer to one of the district's trace requests: the case's visits in other districts,
// when and where, with the scans there and how many people were met (never who).
class TraceAnswerDialog : public QDialog {
    Q_OBJECT

public:
    explicit TraceAnswerDialog(const province::TraceAnswer &answer, QWidget *parent = nullptr);

    SheetTableModel *model() const { return m_model; }
    QLabel *summary() const { return m_summary; }

private:
    SheetTableModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
};

} // namespace cd::ui
