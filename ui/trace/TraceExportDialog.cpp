// SPDX-License-Identifier: GPL-3.0-or-later
#include "TraceExportDialog.h"
#include "dialogs/StandardButtons.h"

#include "registry/UiText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd::ui {

TraceExportDialog::TraceExportDialog(QWidget *parent)
    : QDialog(parent)
    , m_format(new QComboBox(this))
    , m_fullPhones(new QCheckBox(tr("Show full phone numbers in the export"), this)) {
    setWindowTitle(tr("Export the trace"));
    m_format->addItem(tr("Excel workbook (XLSX): timeline, contacts, overlaps, sites"),
                      int(trace::ExportFormat::Xlsx));
    m_format->addItem(tr("CSV files: timeline, contacts, sites"), int(trace::ExportFormat::Csv));
    m_format->addItem(tr("PDF brief for the steering committee"), int(trace::ExportFormat::Pdf));
    auto *note = new QLabel(tr("Phone numbers are personal data. Unless you tick the box they are written "
                               "masked (0912 *** 678); contacts can still be told apart by name and ID "
                               "number."),
                            this);
    note->setWordWrap(true);
    note->setObjectName(QStringLiteral("hint"));

    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    nameStandardButtons(buttons);
    QPushButton *save = buttons->addButton(tr("Export…"), QDialogButtonBox::AcceptRole);
    makePrimary(save);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_fullPhones);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

trace::ExportFormat TraceExportDialog::format() const {
    return trace::ExportFormat(m_format->currentData().toInt());
}

trace::Phones TraceExportDialog::phones() const {
    return m_fullPhones->isChecked() ? trace::Phones::Full : trace::Phones::Masked;
}

QString TraceExportDialog::fileFilter() const {
    switch (format()) {
    case trace::ExportFormat::Xlsx:
        return tr("Excel workbooks (*.xlsx)");
    case trace::ExportFormat::Csv:
        return tr("CSV files (*.csv)");
    case trace::ExportFormat::Pdf:
        return tr("PDF documents (*.pdf)");
    }
    return {};
}

QString TraceExportDialog::suffix() const {
    switch (format()) {
    case trace::ExportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case trace::ExportFormat::Csv:
        return QStringLiteral("csv");
    case trace::ExportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

} // namespace cd::ui
