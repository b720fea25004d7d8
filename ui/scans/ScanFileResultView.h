// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScanImportJob.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cd::ui {

// What importing one scan file did: rows read, added, duplicates and rejected, when the same content was
// imported before, every rejected row with its line, field and reason, and the checkpoints the register
// does not have, with how many rows named each.
class ScanFileResultView : public QWidget {
    Q_OBJECT

public:
    explicit ScanFileResultView(QWidget *parent = nullptr);

    void setOutcome(const ScanFileOutcome &outcome);
    // One line for the status bar.
    static QString summary(const ScanImportReport &report);
    QTableWidget *rejectedTable() const { return m_rejected; }
    QTableWidget *unknownTable() const { return m_unknown; }
    QPushButton *addCheckpointButton() const { return m_addCheckpoint; }

signals:
    // The user wants to register the selected unknown checkpoint, named as the file names it.
    void addCheckpointRequested(const QString &name);

private:
    QLabel *m_headline;
    QLabel *m_details;
    QWidget *m_rejectedBox;
    QWidget *m_unknownBox;
    QLabel *m_rejectedCaption;
    QTableWidget *m_rejected;
    QLabel *m_unknownCaption;
    QTableWidget *m_unknown;
    QPushButton *m_addCheckpoint;
};

} // namespace cd::ui
