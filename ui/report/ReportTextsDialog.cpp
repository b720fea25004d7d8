// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportTextsDialog.h"
#include "dialogs/StandardButtons.h"

#include "posters/InlineMessage.h"
#include "registry/UiText.h"
#include "units/OfficeScope.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

QPlainTextEdit *textBox(QWidget *parent, int lines, const char *objectName) {
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setTabChangesFocus(true);
    const int lineHeight = edit->fontMetrics().lineSpacing();
    edit->setFixedHeight(lines * lineHeight + 2 * int(edit->document()->documentMargin()) + 6);
    return edit;
}

QLineEdit *lineEdit(QWidget *parent, const char *objectName) {
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    return edit;
}

} // namespace

ReportTextsDialog::ReportTextsDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_superiorBody(textBox(this, 2, "superiorBody"))
    , m_issuingBody(textBox(this, 2, "issuingBody"))
    , m_number(lineEdit(this, "number"))
    , m_reference(lineEdit(this, "reference"))
    , m_place(lineEdit(this, "place"))
    , m_signerTitle(textBox(this, 2, "signerTitle"))
    , m_signerName(lineEdit(this, "signerName"))
    , m_message(new InlineMessage(this)) {
    setWindowTitle(tr("Report texts"));
    setMinimumWidth(560);
    m_superiorBody->setPlaceholderText(tr("Optional, e.g. UBND TỈNH BÌNH PHƯỚC"));
    m_issuingBody->setToolTip(tr("One line per row of the header, printed in capitals and bold"));
    m_number->setPlaceholderText(QStringLiteral("Số: 1687/UBND-VX"));
    m_reference->setPlaceholderText(
        QStringLiteral("Kèm theo Công văn số 1687/UBND-VX ngày 26/8/2021 của UBND huyện"));
    m_signerTitle->setPlaceholderText(QStringLiteral("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Superior body:"), m_superiorBody);
    form->addRow(tr("&Issuing body:"), m_issuingBody);
    form->addRow(tr("&Number:"), m_number);
    form->addRow(tr("&Attached to:"), m_reference);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("Signer's &title:"), m_signerTitle);
    form->addRow(tr("Signer's na&me:"), m_signerName);

    auto *hint = new QLabel(tr("Remembered in the database for the next report. The place is printed before "
                               "the date: \"Bù Đăng, ngày 26 tháng 8 năm 2021\"."),
                            this);
    hint->setObjectName(QStringLiteral("hint"));
    hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    nameStandardButtons(buttons);
    QPushButton *defaults = buttons->addButton(tr("&Default texts"), QDialogButtonBox::ResetRole);
    makePrimary(buttons->button(QDialogButtonBox::Ok));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ReportTextsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReportTextsDialog::reject);
    connect(defaults, &QPushButton::clicked, this, &ReportTextsDialog::restoreDefaults);
    setTexts(ReportTexts::load(m_db));
}

ReportTexts ReportTextsDialog::texts() const {
    ReportTexts texts;
    texts.superiorBody = m_superiorBody->toPlainText().trimmed();
    texts.issuingBody = m_issuingBody->toPlainText().trimmed();
    texts.number = m_number->text().trimmed();
    texts.reference = m_reference->text().trimmed();
    texts.place = m_place->text().trimmed();
    texts.signerTitle = m_signerTitle->toPlainText().trimmed();
    texts.signerName = m_signerName->text().trimmed();
    return texts;
}

void ReportTextsDialog::setTexts(const ReportTexts &texts) {
    m_superiorBody->setPlainText(texts.superiorBody);
    m_issuingBody->setPlainText(texts.issuingBody);
    m_number->setText(texts.number);
    m_reference->setText(texts.reference);
    m_place->setText(texts.place);
    m_signerTitle->setPlainText(texts.signerTitle);
    m_signerName->setText(texts.signerName);
}

void ReportTextsDialog::restoreDefaults() {
    const auto scope = OfficeScope(m_db).current();
    setTexts(scope ? ReportTexts::defaults(*scope) : ReportTexts{});
}

void ReportTextsDialog::accept() {
    if (const Status saved = texts().save(m_db); !saved) {
        m_message->showError(sentence(saved.error().message));
        return;
    }
    QDialog::accept();
}

} // namespace cd::ui
