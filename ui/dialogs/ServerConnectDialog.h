// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace cd::ui {

// File → Connect to server…: the province's PostgreSQL server, its database and the office's login. The
// password is kept only for this session's connections, never written anywhere; left empty, libpq reads
// the PostgreSQL password file (~/.pgpass) as on the command line.
class ServerConnectDialog : public QDialog {
    Q_OBJECT

public:
    explicit ServerConnectDialog(QWidget *parent = nullptr);

    // postgresql://USER@HOST:PORT/DATABASE?sslmode=…, without the password.
    QString uri() const;
    QString password() const;

private:
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_tls = nullptr;
};

} // namespace cd::ui
