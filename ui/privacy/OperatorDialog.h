// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;

namespace cd::ui {

// Asks, once per session, who is at the keyboard: the audit log names the operator of every trace,
// export, purge, backup and restore beside the operating-system user, whom several officials may share.
class OperatorDialog : public QDialog {
    Q_OBJECT

public:
    explicit OperatorDialog(QWidget *parent = nullptr);
    QString operatorName() const;

    // Asks, and makes the answer the session's operator; the last name given is offered next time.
    // Cancelled: the operating-system user stands for the operator, as in the command line.
    static void askForSession(QWidget *parent = nullptr);

private:
    QLineEdit *m_name;
};

} // namespace cd::ui
