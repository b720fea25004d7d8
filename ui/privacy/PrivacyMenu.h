// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QMenu>

namespace cd {
class Database;
}

namespace cd::ui {

class Job;

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
    // Starts the day's automatic backup when one is due (false when none is); a failure is signalled.
    bool backUpIfDue();
    // Writes a backup to `path` off the UI thread; the end is signalled (statusMessage or backupFailed).
    bool backUpTo(const QString &path, bool automatic = false);
    bool isBackingUp() const;
    // Restores `file` after asking; the window is rebuilt over the restored database (databaseRestored).
    Status restore(const QString &file, bool ask = true);

signals:
    void statusMessage(const QString &message);
    void databaseRestored();
    void personalDataPurged();
    void backupFailed(const QString &message, bool automatic);

private:
    Database &m_database;
    QWidget *m_window;
    Job *m_job;
    bool m_automatic = false;
};

} // namespace cd::ui
