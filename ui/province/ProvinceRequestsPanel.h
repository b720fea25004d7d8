// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/Confirmer.h"
#include "province/TraceRequests.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace cd {
class Database;
}

namespace cd::ui {

class InlineMessage;
class Job;
class SheetTableModel;

// The province office's list of the districts' trace requests, newest first with their status. Approving
// one traces the case across the province on a job (the window stays usable while it runs) and gives the
// district its answer; refusing one asks for a note the district reads.
class ProvinceRequestsPanel : public QWidget {
    Q_OBJECT

public:
    explicit ProvinceRequestsPanel(Database &database, QWidget *parent = nullptr);

    void reload();
    // Selects the request's row; false when it is not listed.
    bool selectRequest(qint64 id);
    // After asking, starts tracing the request across the province; false when not started.
    bool approve(qint64 id);
    // Opens the dialog that refuses the request with a note.
    void openRefuseDialog(qint64 id);
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }

    const QVector<province::TraceRequest> &requests() const { return m_requests; }
    int pendingCount() const;
    SheetTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    InlineMessage *message() const { return m_message; }
    QLabel *details() const { return m_details; }
    Job *job() const { return m_job; }
    QPushButton *approveButton() const { return m_approveButton; }
    QPushButton *refuseButton() const { return m_refuseButton; }

signals:
    void statusMessage(const QString &message);
    void pendingCountChanged(int pending);

protected:
    void showEvent(QShowEvent *event) override;

private:
    qint64 selectedId() const;
    const province::TraceRequest *find(qint64 id) const;
    QString officeOf(const province::TraceRequest &request) const;
    void updateButtons();
    void approved(qint64 id, int visits);

    Database &m_database;
    Confirmer m_confirm;
    Job *m_job;
    QVector<province::TraceRequest> m_requests;
    QHash<QString, QString> m_districtNames;
    SheetTableModel *m_model;
    QTableView *m_table;
    InlineMessage *m_message;
    QLabel *m_details;
    QPushButton *m_approveButton;
    QPushButton *m_refuseButton;
    // Districts file requests while the page is open: it looks again now and then.
    QTimer m_refresh;
};

} // namespace cd::ui
