// SPDX-License-Identifier: GPL-3.0-or-later
#include "OperatorDialog.h"
#include "dialogs/StandardButtons.h"

#include "audit/AuditLog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace cd::ui {

namespace {
// The operator's own name, on this PC: not personal data of the people the office traces.
const QString kLastOperatorKey = QStringLiteral("audit/lastOperator");
} // namespace

OperatorDialog::OperatorDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this)) {
    setWindowTitle(tr("Who is working?"));
    auto *explanation = new QLabel(
        tr("Checkpoint Desk records in its audit log every trace, every export or display of personal "
           "data, and every purge, backup and restore, with the name of the official who did it. Enter "
           "your name for this session."),
        this);
    explanation->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("operatorName"));
    m_name->setPlaceholderText(tr("Full name, e.g. Nguyễn Văn An"));
    m_name->setText(QSettings().value(kLastOperatorKey).toString());
    m_name->selectAll();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    nameStandardButtons(buttons);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Use the login name (%1)").arg(audit::osUser()));
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!m_name->text().trimmed().isEmpty());
    connect(m_name, &QLineEdit::textChanged, ok,
            [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_name);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

QString OperatorDialog::operatorName() const {
    return m_name->text().simplified();
}

void OperatorDialog::askForSession(QWidget *parent) {
    OperatorDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted || dialog.operatorName().isEmpty())
        return;
    audit::setOperatorName(dialog.operatorName());
    QSettings().setValue(kLastOperatorKey, dialog.operatorName());
}

} // namespace cd::ui
