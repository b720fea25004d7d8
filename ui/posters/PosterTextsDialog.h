// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "poster/PosterTypes.h"

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace cd::ui {

class InlineMessage;
class PosterPreview;

// The wording every poster of the office carries: issuing body, title, instructions, hotline, the 5K
// line and an optional logo, with a preview of one poster as it is typed. Saved to the database's
// settings on OK; a refused save keeps the dialog open with the reason.
class PosterTextsDialog : public QDialog {
    Q_OBJECT

public:
    // sample is the poster the preview shows: the page's current checkpoint.
    PosterTextsDialog(QSqlDatabase db, const PosterContent &sample, QWidget *parent = nullptr);

    PosterTexts texts() const;
    void setTexts(const PosterTexts &texts);

public slots:
    void accept() override;
    void restoreDefaults();
    void chooseLogo();
    // Loads a logo from a file; the error is shown inline. True when loaded.
    bool loadLogo(const QString &path);

private:
    void updatePreview();

    QSqlDatabase m_db;
    PosterContent m_sample;
    PosterTexts m_base; // district and province for the placeholders; the logo
    QPlainTextEdit *m_issuer;
    QLineEdit *m_title;
    QPlainTextEdit *m_instructions;
    QLineEdit *m_hotline;
    QLineEdit *m_fiveK;
    QLabel *m_logo;
    QPushButton *m_removeLogo;
    PosterPreview *m_preview;
    InlineMessage *m_message;
};

} // namespace cd::ui
