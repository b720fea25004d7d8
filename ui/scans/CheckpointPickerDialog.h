// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/Checkpoint.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QListWidget;

namespace cd::ui {

// Chooses the registered checkpoint a place of a scan export is. Typing filters by code, name or commune,
// with or without diacritics; the checkpoints whose names share most words with the export's come first.
class CheckpointPickerDialog : public QDialog {
    Q_OBJECT

public:
    CheckpointPickerDialog(const QString &exportLabel, const Checkpoints &checkpoints,
                           QWidget *parent = nullptr);

    QString chosenCode() const;
    QLineEdit *filter() const { return m_filter; }
    QListWidget *list() const { return m_list; }

private:
    void applyFilter();

    QLineEdit *m_filter;
    QListWidget *m_list;
    QDialogButtonBox *m_buttons;
};

} // namespace cd::ui
