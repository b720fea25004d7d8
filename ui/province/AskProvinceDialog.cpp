// SPDX-License-Identifier: GPL-3.0-or-later
#include "AskProvinceDialog.h"

#include "RequestSheets.h"
#include "database/Database.h"
#include "dialogs/StandardButtons.h"
#include "posters/InlineMessage.h"
#include "province/TraceRequests.h"
#include "registry/UiText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cd::ui {

using trace::QueryKind;

AskProvinceDialog::AskProvinceDialog(Database &database, const RequestDraft &draft, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_kind(new QComboBox(this))
    , m_text(new QLineEdit(draft.text, this))
    , m_from(new QDateEdit(draft.from, this))
    , m_to(new QDateEdit(draft.to, this))
    , m_window(new QSpinBox(this))
    , m_reason(new QPlainTextEdit(this))
    , m_message(new InlineMessage(this)) {
    setWindowTitle(tr("Ask the province to trace in other districts"));
    auto *explanation = new QLabel(
        tr("Your office sees only your district's scans. The province office reads this request and its "
           "reason; if it approves, it traces the case across the province and answers with the case's "
           "visits "
           "in other districts and how many people were there (not who: each district traces the contacts at "
           "its own checkpoints). The phone, ID number or name is deleted once the request is answered, or "
           "after %n day(s).",
           nullptr, province::TraceRequests::kExpiryDays),
        this);
    explanation->setWordWrap(true);

    for (const QueryKind kind : {QueryKind::Phone, QueryKind::IdNumber, QueryKind::Name})
        m_kind->addItem(RequestSheets::kindLabel(kind), int(kind));
    m_kind->setObjectName(QStringLiteral("askKind"));
    m_kind->setCurrentIndex(m_kind->findData(int(draft.kind)));
    m_text->setObjectName(QStringLiteral("askText"));
    m_text->setClearButtonEnabled(true);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setCalendarPopup(true);
    }
    m_from->setObjectName(QStringLiteral("askFrom"));
    m_to->setObjectName(QStringLiteral("askTo"));
    m_window->setObjectName(QStringLiteral("askWindow"));
    m_window->setRange(0, 24 * 60);
    m_window->setValue(draft.windowMinutes);
    m_window->setSuffix(tr(" min"));
    m_reason->setObjectName(QStringLiteral("askReason"));
    m_reason->setPlaceholderText(
        tr("Why the case must be traced in other districts, e.g. F0 confirmed on 24/08, works in the next "
           "district."));
    m_reason->setTabChangesFocus(true);

    auto *caseRow = new QHBoxLayout;
    caseRow->addWidget(m_kind);
    caseRow->addWidget(m_text, 1);
    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(m_from);
    periodRow->addWidget(new QLabel(tr("to"), this));
    periodRow->addWidget(m_to);
    periodRow->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("Case"), caseRow);
    form->addRow(tr("Period"), periodRow);
    auto *windowRow = new QHBoxLayout;
    windowRow->addWidget(m_window);
    windowRow->addStretch(1);
    form->addRow(tr("Window ±"), windowRow);
    form->addRow(tr("Reason (required)"), m_reason);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    nameStandardButtons(buttons);
    m_sendButton = buttons->addButton(tr("Send to the province"), QDialogButtonBox::AcceptRole);
    makePrimary(m_sendButton);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sendButton, &QPushButton::clicked, this, [this] {
        if (send())
            accept();
    });
    connect(m_reason, &QPlainTextEdit::textChanged, this, &AskProvinceDialog::updateSendButton);
    connect(m_text, &QLineEdit::textChanged, this, &AskProvinceDialog::updateSendButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(600, 420);
    updateSendButton();
}

void AskProvinceDialog::updateSendButton() {
    const bool ready = !m_text->text().trimmed().isEmpty() && !m_reason->toPlainText().trimmed().isEmpty();
    m_sendButton->setEnabled(ready);
    m_sendButton->setToolTip(ready ? QString() : tr("Give the case and the reason."));
}

void AskProvinceDialog::setReason(const QString &reason) {
    m_reason->setPlainText(reason);
}

RequestDraft AskProvinceDialog::draft() const {
    return {QueryKind(m_kind->currentData().toInt()), m_text->text().trimmed(), m_from->date(), m_to->date(),
            m_window->value()};
}

bool AskProvinceDialog::send() {
    const RequestDraft request = draft();
    const QString reason = m_reason->toPlainText().simplified();
    if (request.text.isEmpty() || reason.isEmpty()) {
        m_message->showError(tr("Give the case and say why it must be traced in other districts."));
        return false;
    }
    if (request.from > request.to) {
        m_message->showError(tr("The period must end on or after the day it starts."));
        return false;
    }
    trace::TraceOptions options;
    options.from = request.from;
    options.to = request.to;
    options.windowMinutes = request.windowMinutes;
    const auto filed =
        province::TraceRequests(m_database.connection()).file(request.kind, request.text, options, reason);
    if (!filed) {
        m_message->showError(sentence(filed.error().message));
        return false;
    }
    m_id = filed.value();
    return true;
}

} // namespace cd::ui
