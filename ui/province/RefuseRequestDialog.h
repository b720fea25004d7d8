// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "province/TraceRequests.h"

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace cd {
class Database;
}

namespace cd::ui {

class InlineMessage;

// The province office refuses a district's trace request, saying why: the district reads the note beside
// its request. Stays open with the core's answer when the refusal is not stored.
class RefuseRequestDialog : public QDialog {
    Q_OBJECT

public:
    // `office`: who asked, as the list shows it ("Huyện Bù Đăng (bu_dang)").
    RefuseRequestDialog(Database &database, const province::TraceRequest &request, const QString &office,
                        QWidget *parent = nullptr);

    void setNote(const QString &note);
    // Stores the refusal; false (and why shown) when it was not stored.
    bool refuse();
    QPushButton *refuseButton() const { return m_refuseButton; }

private:
    Database &m_database;
    qint64 m_id;
    QPlainTextEdit *m_note;
    InlineMessage *m_message;
    QPushButton *m_refuseButton;
};

} // namespace cd::ui
