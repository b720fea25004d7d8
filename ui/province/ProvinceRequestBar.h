// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AskProvinceDialog.h"

#include <QFrame>

#include <functional>

class QPushButton;

namespace cd {
class Database;
}

namespace cd::ui {

// On a district office's tracing page: says that the trace sees the district only, and offers to ask the
// province for the case's visits in other districts ("Ask the province…", filled in from the trace on
// screen) and to read the answers ("Requests to the province…").
class ProvinceRequestBar : public QFrame {
    Q_OBJECT

public:
    using DraftSource = std::function<RequestDraft()>;

    ProvinceRequestBar(Database &database, const QString &districtName, DraftSource draft,
                       QWidget *parent = nullptr);

    // Opens the request dialog over the current trace (modal); the request's number, 0 when none was sent.
    qint64 askProvince();
    // Opens the list of the district's requests (modal).
    void openRequests();

    QPushButton *askButton() const { return m_askButton; }
    QPushButton *requestsButton() const { return m_requestsButton; }

signals:
    void statusMessage(const QString &message);

private:
    Database &m_database;
    DraftSource m_draft;
    QPushButton *m_askButton;
    QPushButton *m_requestsButton;
};

} // namespace cd::ui
