// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cd {
class Database;
}

namespace cd::ui {

// The office's automatic backup: once a day, when the program starts or runs past midnight, into a
// folder it chose (another disk, a USB drive, a shared folder), the newest N kept.
class AutoBackupDialog : public QDialog {
    Q_OBJECT

public:
    explicit AutoBackupDialog(Database &database, QWidget *parent = nullptr);

    void setChoice(bool enabled, const QString &folder, int keep);
    // Saves the choice. The day's backup follows through the menu's job (PrivacyMenu::backUpIfDue).
    Status apply();

private:
    Database &m_database;
    QCheckBox *m_enabled;
    QLineEdit *m_folder;
    QSpinBox *m_keep;
    QLabel *m_last;
};

} // namespace cd::ui
