// SPDX-License-Identifier: GPL-3.0-or-later
#include "IssuedQrDialog.h"
#include "dialogs/StandardButtons.h"

#include "InlineMessage.h"
#include "PosterChoiceModel.h"
#include "qr/QrDecoder.h"
#include "registry/CheckpointRegistry.h"
#include "registry/QrPayloads.h"
#include "registry/UiText.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd::ui {

IssuedQrDialog::IssuedQrDialog(QSqlDatabase db, const Checkpoint &checkpoint, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_checkpoint(checkpoint)
    , m_payload(new QPlainTextEdit(this))
    , m_message(new InlineMessage(this)) {
    setWindowTitle(tr("Issued QR code"));

    auto *name = new QLabel(QStringLiteral("%1 · %2").arg(checkpoint.code, checkpoint.name), this);
    name->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 11pt;"));
    name->setWordWrap(true);
    auto *commune = new QLabel(checkpoint.communeName, this);
    commune->setObjectName(QStringLiteral("hint"));

    const PrintedPayload printed = QrPayloads(m_db).printed(checkpoint);
    auto *current = new QLabel(PosterChoiceModel::sourceText(printed.source), this);
    auto *currentPayload = new QLabel(printed.payload, this);
    currentPayload->setObjectName(QStringLiteral("hint"));
    currentPayload->setWordWrap(true);
    currentPayload->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *currentBox = new QVBoxLayout;
    currentBox->setSpacing(2);
    currentBox->addWidget(current);
    currentBox->addWidget(currentPayload);

    m_payload->setObjectName(QStringLiteral("payload"));
    m_payload->setTabChangesFocus(true);
    m_payload->setPlaceholderText(
        tr("Paste the link the system issued, e.g. https://tokhaiyte.vn/?page=Group.checkin&groupId=…"));
    m_payload->setFixedHeight(m_payload->fontMetrics().lineSpacing() * 4 + 14);
    m_payload->setPlainText(checkpoint.issuedQrPayload);

    auto *fromImage = new QPushButton(tr("&Read from an image…"), this);
    fromImage->setToolTip(tr("A PNG or JPEG of the code: the file the system sent, a scan or a photo"));
    auto *useTemplate = new QPushButton(tr("Use the office &template"), this);
    useTemplate->setToolTip(tr("Forget the issued code; the poster encodes the office's template"));
    auto *tools = new QHBoxLayout;
    tools->addWidget(fromImage);
    tools->addWidget(useTemplate);
    tools->addStretch();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Printed now:"), currentBox);
    form->addRow(tr("&Issued code:"), m_payload);
    form->addRow(QString(), tools);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    nameStandardButtons(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(name);
    layout->addWidget(commune);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    // Room below for a two-line message, so that showing one does not squeeze the form.
    resize(640, sizeHint().height() + 3 * fontMetrics().lineSpacing());

    connect(buttons, &QDialogButtonBox::accepted, this, &IssuedQrDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IssuedQrDialog::reject);
    connect(fromImage, &QPushButton::clicked, this, &IssuedQrDialog::chooseImage);
    connect(useTemplate, &QPushButton::clicked, this, [this] {
        m_payload->clear();
        m_message->dismiss();
    });
}

Result<Checkpoint> IssuedQrDialog::store(QSqlDatabase db, qint64 checkpointId, const QString &payload) {
    CheckpointRegistry registry(db);
    // Read again rather than trust the copy the page listed: another page may have edited it since.
    auto checkpoint = registry.byId(checkpointId);
    if (!checkpoint)
        return makeError(tr("This checkpoint no longer exists."));
    const QString trimmed = payload.trimmed();
    if (!trimmed.isEmpty()) {
        // Two posters with one code would merge two places' visitors: most likely the wrong file.
        for (const Checkpoint &other : registry.list()) {
            if (other.id != checkpointId && other.issuedQrPayload == trimmed)
                return makeError(tr("This code was issued to %1 (%2).").arg(other.name, other.code));
        }
    }
    checkpoint->issuedQrPayload = trimmed;
    auto updated = registry.update(*checkpoint);
    if (!updated)
        return makeError(sentence(updated.error().message));
    return updated;
}

QString IssuedQrDialog::payload() const {
    return m_payload->toPlainText().trimmed();
}

void IssuedQrDialog::setPayload(const QString &payload) {
    m_payload->setPlainText(payload);
}

void IssuedQrDialog::chooseImage() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Image of the QR code"), QString(),
                                                      tr("Images (*.png *.jpg *.jpeg)"));
    if (!path.isEmpty())
        readImage(path);
}

bool IssuedQrDialog::readImage(const QString &path) {
    const auto decoded = QrDecoder::decodeFile(path);
    if (!decoded) {
        m_message->showError(sentence(decoded.error().message));
        return false;
    }
    m_payload->setPlainText(decoded->text);
    m_message->showSuccess(tr("Read from %1.").arg(QFileInfo(path).fileName()));
    return true;
}

void IssuedQrDialog::accept() {
    auto stored = store(m_db, m_checkpoint.id, payload());
    if (!stored) {
        m_message->showError(stored.error().message);
        m_payload->setFocus();
        return;
    }
    m_checkpoint = std::move(stored).value();
    QDialog::accept();
}

} // namespace cd::ui
