// SPDX-License-Identifier: GPL-3.0-or-later
#include "RefuseRequestDialog.h"

#include "RequestSheets.h"
#include "database/Database.h"
#include "dialogs/StandardButtons.h"
#include "posters/InlineMessage.h"
#include "registry/UiText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd::ui {

RefuseRequestDialog::RefuseRequestDialog(Database &database, const province::TraceRequest &request,
                                         const QString &office, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_id(request.id)
    , m_note(new QPlainTextEdit(this))
    , m_message(new InlineMessage(this)) {
    setWindowTitle(tr("Refuse trace request %1").arg(request.id));
    auto *summary =
        new QLabel(tr("Request %1 from %2, asked %3: %4, %5.\nReason given: %6")
                       .arg(request.id)
                       .arg(office, RequestSheets::moment(request.requestedAt),
                            RequestSheets::caseText(request), RequestSheets::period(request), request.reason),
                   this);
    summary->setWordWrap(true);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *label = new QLabel(tr("Why it is refused (the district office reads this):"), this);
    m_note->setObjectName(QStringLiteral("refuseNote"));
    m_note->setPlaceholderText(tr("e.g. Not enough reason given: say when the case tested positive."));
    m_note->setTabChangesFocus(true);
    label->setBuddy(m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    nameStandardButtons(buttons);
    m_refuseButton = buttons->addButton(tr("Refuse the request"), QDialogButtonBox::AcceptRole);
    m_refuseButton->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_refuseButton, &QPushButton::clicked, this, [this] {
        if (refuse())
            accept();
    });
    connect(m_note, &QPlainTextEdit::textChanged, this,
            [this] { m_refuseButton->setEnabled(!m_note->toPlainText().trimmed().isEmpty()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(label);
    layout->addWidget(m_note, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(520, 320);
}

void RefuseRequestDialog::setNote(const QString &note) {
    m_note->setPlainText(note);
}

bool RefuseRequestDialog::refuse() {
    const QString note = m_note->toPlainText().simplified();
    if (note.isEmpty()) {
        m_message->showError(tr("Say why the request is refused: the district office reads it."));
        return false;
    }
    if (auto refused = province::TraceRequests(m_database.connection()).refuse(m_id, note); !refused) {
        m_message->showError(sentence(refused.error().message));
        return false;
    }
    return true;
}

} // namespace cd::ui
