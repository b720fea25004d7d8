// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportTexts.h"

#include <QDialog>
#include <QSqlDatabase>

class QLineEdit;
class QPlainTextEdit;

namespace cd::ui {

class InlineMessage;

// The wording of the statistics report that changes from dispatch to dispatch: issuing body, number,
// "Kèm theo Công văn số … ngày …", place, signer. Loaded from and saved to the database's settings, so the
// next report (and `checkpoint-desk report`) uses them again; a refused save keeps the dialog open.
class ReportTextsDialog : public QDialog {
    Q_OBJECT

public:
    explicit ReportTextsDialog(QSqlDatabase db, QWidget *parent = nullptr);

    ReportTexts texts() const;
    void setTexts(const ReportTexts &texts);

public slots:
    void accept() override;
    void restoreDefaults();

private:
    QSqlDatabase m_db;
    QPlainTextEdit *m_superiorBody;
    QPlainTextEdit *m_issuingBody;
    QLineEdit *m_number;
    QLineEdit *m_reference;
    QLineEdit *m_place;
    QPlainTextEdit *m_signerTitle;
    QLineEdit *m_signerName;
    InlineMessage *m_message;
};

} // namespace cd::ui
