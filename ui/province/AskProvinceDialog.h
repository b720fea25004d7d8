// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trace/TraceTypes.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace cd {
class Database;
}

namespace cd::ui {

class InlineMessage;

// What a district's trace asks the province to look for, taken from the trace on screen.
struct RequestDraft {
    trace::QueryKind kind = trace::QueryKind::Phone;
    QString text;
    QDate from;
    QDate to;
    int windowMinutes = 30;
};

// A district office asks the province office to trace its case in the other districts: the case, period
// and window of its own trace, and the reason the province reads before approving. Stays open with the
// core's answer when the request is not stored.
class AskProvinceDialog : public QDialog {
    Q_OBJECT

public:
    AskProvinceDialog(Database &database, const RequestDraft &draft, QWidget *parent = nullptr);

    void setReason(const QString &reason);
    RequestDraft draft() const;
    // Files the request; false (and why shown) when it was not stored.
    bool send();
    qint64 requestId() const { return m_id; }
    QPushButton *sendButton() const { return m_sendButton; }

private:
    void updateSendButton();

    Database &m_database;
    qint64 m_id = 0;
    QComboBox *m_kind;
    QLineEdit *m_text;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QSpinBox *m_window;
    QPlainTextEdit *m_reason;
    InlineMessage *m_message;
    QPushButton *m_sendButton;
};

} // namespace cd::ui
