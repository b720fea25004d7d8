// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/RegistryImport.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace cd::ui {

// What an import did: how many checkpoints were added, updated and left unchanged, and every row the
// register refused, with its line, field and reason, so that the file can be corrected.
class ImportResultView : public QWidget {
    Q_OBJECT

public:
    explicit ImportResultView(QWidget *parent = nullptr);

    void setReport(const RegistryImportReport &report);
    // One line for the status bar.
    static QString summary(const RegistryImportReport &report);
    QTableWidget *rejectedTable() const { return m_rejected; }

private:
    QLabel *m_headline;
    QLabel *m_details;
    QTableWidget *m_rejected;
};

} // namespace cd::ui
