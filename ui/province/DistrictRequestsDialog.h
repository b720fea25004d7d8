// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "province/TraceRequests.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace cd {
class Database;
}

namespace cd::ui {

class InlineMessage;
class SheetTableModel;
class TraceAnswerDialog;

// A district office's trace requests to the province, newest first with their status and the province's
// note; an answered one opens its answer (reading it is recorded in the district's audit log).
class DistrictRequestsDialog : public QDialog {
    Q_OBJECT

public:
    explicit DistrictRequestsDialog(Database &database, QWidget *parent = nullptr);

    void reload();
    bool selectRequest(qint64 id);
    // Opens the answer of the request (modal); says why when there is none yet.
    void openAnswer(qint64 id);

    const QVector<province::TraceRequest> &requests() const { return m_requests; }
    SheetTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    InlineMessage *message() const { return m_message; }
    QLabel *details() const { return m_details; }
    QPushButton *openButton() const { return m_openButton; }

private:
    qint64 selectedId() const;
    void updateButtons();

    Database &m_database;
    QVector<province::TraceRequest> m_requests;
    SheetTableModel *m_model;
    QTableView *m_table;
    InlineMessage *m_message;
    QLabel *m_details;
    QPushButton *m_openButton;
};

} // namespace cd::ui
