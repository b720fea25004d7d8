// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScanFileOutcome.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cd::ui {

class ProblemGroupsView;

// What importing one scan file did: rows read, added, duplicates and rejected, when the same content was
// imported before, what it assumed (the date order, an encoding), the rows it set aside, the problems of
// the rejected rows one line each, and the checkpoints the register does not have, with how many rows
// named each.
class ScanFileResultView : public QWidget {
    Q_OBJECT

public:
    explicit ScanFileResultView(QWidget *parent = nullptr);

    void setOutcome(const ScanFileOutcome &outcome);
    // One line for the status bar.
    static QString summary(const ScanImportReport &report);
    // The problems of the rejected rows other than unknown places, one line each.
    ProblemGroupsView *problems() const { return m_rejected; }
    QTableWidget *unknownTable() const { return m_unknown; }
    QPushButton *addCheckpointButton() const { return m_addCheckpoint; }
    QPushButton *mapCheckpointButton() const { return m_mapCheckpoint; }
    // Shows, beside an unknown checkpoint, the registered one the user said it is.
    void setMapped(const QString &label, const QString &checkpoint);

signals:
    // The user wants to register the selected unknown checkpoint, named as the file names it.
    void addCheckpointRequested(const QString &name);
    // The user wants to say which registered checkpoint the selected unknown one is.
    void mapCheckpointRequested(const QString &label);

private:
    QLabel *m_headline;
    QLabel *m_details;
    QWidget *m_rejectedBox;
    QWidget *m_unknownBox;
    QLabel *m_rejectedCaption;
    ProblemGroupsView *m_rejected;
    QLabel *m_unknownCaption;
    QTableWidget *m_unknown;
    QPushButton *m_addCheckpoint;
    QPushButton *m_mapCheckpoint;
};

} // namespace cd::ui
