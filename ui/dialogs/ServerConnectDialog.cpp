// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerConnectDialog.h"

#include "StandardButtons.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>

namespace cd::ui {
namespace {

const char *const kSettingsGroup = "server-connection";

} // namespace

ServerConnectDialog::ServerConnectDialog(QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("Connect to server"));
    auto *intro = new QLabel(tr("The province's PostgreSQL server holds every office's data. The server's "
                                "administrator gives each office its login."),
                             this);
    intro->setWordWrap(true);

    // What was typed last time, but never the password.
    QSettings settings;
    settings.beginGroup(QLatin1String(kSettingsGroup));
    m_host = new QLineEdit(settings.value(QStringLiteral("host")).toString(), this);
    m_host->setPlaceholderText(tr("e.g. 10.0.0.5 or db.soyte.local"));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(settings.value(QStringLiteral("port"), 5432).toInt());
    m_database = new QLineEdit(
        settings.value(QStringLiteral("database"), QStringLiteral("checkpoint_desk")).toString(), this);
    m_user = new QLineEdit(settings.value(QStringLiteral("user")).toString(), this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from the PostgreSQL password file"));
    m_tls = new QComboBox(this);
    m_tls->addItem(tr("When the server offers it"), QStringLiteral("prefer"));
    m_tls->addItem(tr("Always (refuse a server without it)"), QStringLiteral("require"));
    m_tls->addItem(tr("Always, and check the server's certificate"), QStringLiteral("verify-full"));
    m_tls->addItem(tr("Never"), QStringLiteral("disable"));
    m_tls->setCurrentIndex(
        qMax(0, m_tls->findData(settings.value(QStringLiteral("sslmode"), QStringLiteral("prefer")))));

    auto *form = new QFormLayout;
    form->addRow(tr("Server:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Database:"), m_database);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Encryption (TLS):"), m_tls);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    nameStandardButtons(buttons);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    const auto complete = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty() &&
                         !m_user->text().trimmed().isEmpty());
    };
    for (QLineEdit *field : {m_host, m_database, m_user})
        connect(field, &QLineEdit::textChanged, this, complete);
    complete();
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings remembered;
        remembered.beginGroup(QLatin1String(kSettingsGroup));
        remembered.setValue(QStringLiteral("host"), m_host->text().trimmed());
        remembered.setValue(QStringLiteral("port"), m_port->value());
        remembered.setValue(QStringLiteral("database"), m_database->text().trimmed());
        remembered.setValue(QStringLiteral("user"), m_user->text().trimmed());
        remembered.setValue(QStringLiteral("sslmode"), m_tls->currentData());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    (m_host->text().isEmpty() ? m_host : m_password)->setFocus();
}

QString ServerConnectDialog::uri() const {
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setUserName(m_user->text().trimmed());
    url.setPath(u'/' + m_database->text().trimmed());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sslmode"), m_tls->currentData().toString());
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString ServerConnectDialog::password() const {
    return m_password->text();
}

} // namespace cd::ui
