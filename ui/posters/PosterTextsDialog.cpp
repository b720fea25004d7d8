// SPDX-License-Identifier: GPL-3.0-or-later
#include "PosterTextsDialog.h"
#include "dialogs/StandardButtons.h"

#include "InlineMessage.h"
#include "PosterPreview.h"
#include "registry/PosterSources.h"
#include "registry/UiText.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

// Logos are kept as PNG in the settings table: a scanned emblem of several megapixels would only
// bloat the database, and no poster prints it larger than about 25 mm.
constexpr int kLogoMaxSide = 600;
constexpr int kLogoThumbnail = 48;

QPlainTextEdit *textBox(QWidget *parent, int lines) {
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    const int lineHeight = edit->fontMetrics().lineSpacing();
    edit->setFixedHeight(lines * lineHeight + 2 * int(edit->document()->documentMargin()) + 6);
    return edit;
}

} // namespace

PosterTextsDialog::PosterTextsDialog(QSqlDatabase db, const PosterContent &sample, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_sample(sample)
    , m_issuer(textBox(this, 2))
    , m_title(new QLineEdit(this))
    , m_instructions(textBox(this, 4))
    , m_hotline(new QLineEdit(this))
    , m_fiveK(new QLineEdit(this))
    , m_logo(new QLabel(this))
    , m_removeLogo(new QPushButton(tr("&Remove"), this))
    , m_preview(new PosterPreview(this))
    , m_message(new InlineMessage(this)) {
    setWindowTitle(tr("Poster wording"));
    m_issuer->setObjectName(QStringLiteral("issuer"));
    m_title->setObjectName(QStringLiteral("title"));
    m_instructions->setObjectName(QStringLiteral("instructions"));
    m_hotline->setObjectName(QStringLiteral("hotline"));
    m_fiveK->setObjectName(QStringLiteral("fiveK"));
    m_issuer->setToolTip(tr("One line per body; printed in capitals, as the header of an official document"));

    m_logo->setFixedSize(kLogoThumbnail + 8, kLogoThumbnail + 8);
    m_logo->setAlignment(Qt::AlignCenter);
    m_logo->setStyleSheet(QStringLiteral("QLabel { border: 1px solid #d5ddd9; background: white; }"));
    auto *chooseLogo = new QPushButton(tr("C&hoose image…"), this);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo);
    logoRow->addWidget(chooseLogo);
    logoRow->addWidget(m_removeLogo);
    logoRow->addStretch();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Issued by:"), m_issuer);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("I&nstructions:"), m_instructions);
    form->addRow(tr("H&otline:"), m_hotline);
    form->addRow(tr("&5K line:"), m_fiveK);
    form->addRow(tr("Logo:"), logoRow);

    auto *hint = new QLabel(tr("{district}, {province}, {commune}, {code} and {name} are replaced on each "
                               "poster by the checkpoint's own."),
                            this);
    hint->setObjectName(QStringLiteral("hint"));
    hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    nameStandardButtons(buttons);
    QPushButton *defaults = buttons->addButton(tr("&Default wording"), QDialogButtonBox::ResetRole);

    auto *fields = new QVBoxLayout;
    fields->addLayout(form);
    fields->addWidget(hint);
    fields->addStretch();
    fields->addWidget(m_message);

    auto *body = new QHBoxLayout;
    body->setSpacing(16);
    body->addLayout(fields, 3);
    m_preview->setMinimumSize(260, 340);
    body->addWidget(m_preview, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    resize(900, 560);

    connect(buttons, &QDialogButtonBox::accepted, this, &PosterTextsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PosterTextsDialog::reject);
    connect(defaults, &QPushButton::clicked, this, &PosterTextsDialog::restoreDefaults);
    connect(chooseLogo, &QPushButton::clicked, this, &PosterTextsDialog::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, [this] {
        m_base.logo = QImage();
        updatePreview();
    });
    for (QPlainTextEdit *edit : {m_issuer, m_instructions})
        connect(edit, &QPlainTextEdit::textChanged, this, &PosterTextsDialog::updatePreview);
    for (QLineEdit *edit : {m_title, m_hotline, m_fiveK})
        connect(edit, &QLineEdit::textChanged, this, &PosterTextsDialog::updatePreview);

    setTexts(PosterSources(m_db).texts());
}

PosterTexts PosterTextsDialog::texts() const {
    PosterTexts texts = m_base;
    texts.issuer = m_issuer->toPlainText().trimmed();
    texts.title = m_title->text().trimmed();
    texts.instructions = m_instructions->toPlainText().trimmed();
    texts.hotline = m_hotline->text().trimmed();
    texts.fiveK = m_fiveK->text().trimmed();
    return texts;
}

void PosterTextsDialog::setTexts(const PosterTexts &texts) {
    m_base = texts;
    // One preview for the lot, not one per field.
    const QSignalBlocker blockIssuer(m_issuer), blockTitle(m_title), blockInstructions(m_instructions),
        blockHotline(m_hotline), blockFiveK(m_fiveK);
    m_issuer->setPlainText(texts.issuer);
    m_title->setText(texts.title);
    m_instructions->setPlainText(texts.instructions);
    m_hotline->setText(texts.hotline);
    m_fiveK->setText(texts.fiveK);
    // Long lines should show their beginning, not their end.
    for (QLineEdit *edit : {m_title, m_hotline, m_fiveK})
        edit->setCursorPosition(0);
    updatePreview();
}

void PosterTextsDialog::restoreDefaults() {
    PosterTexts defaults = PosterTexts::defaults(m_base.district, m_base.province);
    defaults.logo = m_base.logo; // the logo has its own Remove button
    setTexts(defaults);
}

void PosterTextsDialog::chooseLogo() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Logo"), QString(), tr("Images (*.png *.jpg *.jpeg *.bmp)"));
    if (!path.isEmpty())
        loadLogo(path);
}

bool PosterTextsDialog::loadLogo(const QString &path) {
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        m_message->showError(tr("%1 is not an image that can be read: %2.")
                                 .arg(QFileInfo(path).fileName(), reader.errorString()));
        return false;
    }
    if (std::max(image.width(), image.height()) > kLogoMaxSide)
        image = image.scaled(kLogoMaxSide, kLogoMaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    m_base.logo = image;
    m_message->dismiss();
    updatePreview();
    return true;
}

void PosterTextsDialog::accept() {
    const PosterTexts edited = texts();
    if (edited.title.isEmpty()) {
        m_message->showError(tr("The title cannot be empty: it tells people what the code is for."));
        m_title->setFocus();
        return;
    }
    if (const Status saved = PosterSources(m_db).saveTexts(edited); !saved) {
        m_message->showError(sentence(saved.error().message));
        return;
    }
    QDialog::accept();
}

void PosterTextsDialog::updatePreview() {
    m_logo->setPixmap(m_base.logo.isNull() ? QPixmap()
                                           : QPixmap::fromImage(m_base.logo.scaled(
                                                 kLogoThumbnail, kLogoThumbnail, Qt::KeepAspectRatio,
                                                 Qt::SmoothTransformation)));
    m_logo->setText(m_base.logo.isNull() ? tr("none") : QString());
    m_removeLogo->setEnabled(!m_base.logo.isNull());
    m_preview->setSheet({m_sample}, texts(), PosterLayout{});
}

} // namespace cd::ui
