// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trace/TraceExport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace cd::ui {

// Asks how to export a trace: XLSX, CSV or the PDF brief, and whether phone numbers go out in full. They
// are masked unless the user ticks the box: an export leaves the screen and the office.
class TraceExportDialog : public QDialog {
    Q_OBJECT

public:
    explicit TraceExportDialog(QWidget *parent = nullptr);

    trace::ExportFormat format() const;
    trace::Phones phones() const;
    QCheckBox *fullPhonesBox() const { return m_fullPhones; }
    // The file dialog's filter and default suffix for the chosen format.
    QString fileFilter() const;
    QString suffix() const;

private:
    QComboBox *m_format;
    QCheckBox *m_fullPhones;
};

} // namespace cd::ui
