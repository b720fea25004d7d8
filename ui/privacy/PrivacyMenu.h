// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QMenu>

namespace cd {
class Database;
}

namespace cd::ui {

// The Data protection menu: the audit log, the retention period and its purge, backups made now or every
// day, and restoring one. Also what the window says at start: personal data past its time, and the day's
// automatic backup.
class PrivacyMenu : public QMenu {
    Q_OBJECT

public:
    PrivacyMenu(Database &database, QWidget *window);

    void openAuditLog();
    void openRetention();
    void backUpNow();
    void restoreFromBackup();
    void openAutoBackups();

    // The reminder of personal data past its time, or empty when there is none.
    QString overdueNotice() const;
    // Makes the day's automatic backup when one is due; a failure is returned for the window to show.
    Status backUpIfDue();
    // Restores `file` after asking; the window is rebuilt over the restored database (databaseRestored).
    Status restore(const QString &file, bool ask = true);

signals:
    void statusMessage(const QString &message);
    void databaseRestored();
    void personalDataPurged();

private:
    Database &m_database;
    QWidget *m_window;
};

} // namespace cd::ui
