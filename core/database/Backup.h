// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace cd {

class Database;

struct BackupReport {
    QString file;
    qint64 bytes = 0;
    QStringList removed; // older automatic backups beyond the number kept
};

struct RestoreReport {
    QString file;
    QString keptAs;           // the database as it was before, as a dated copy beside it
    int schemaVersion = 0;    // of the backup, before it was brought up to date
    qint64 auditCarried = 0;  // audit entries newer than the backup, carried over
    bool purgedAgain = false; // personal data purged before the restore was purged again
};

// The office's automatic backups: one a day to a folder it chose, the newest `keep` kept.
struct AutoBackupSettings {
    bool enabled = false;
    QString folder;
    int keep = 7;
    QDate lastDay; // the day of the last automatic backup
};

// Copies of the database and the way back from them. A backup goes through SQLite's online backup API, so
// it is consistent while the GUI or an import uses the database; it is written beside the target and
// renamed into place, so the target is the old file or the whole new one. A restore checks the file
// (SQLite's integrity check, a Checkpoint Desk database, a schema this version knows), keeps the current
// database as a dated copy, and then replaces the content through the same API inside one transaction.
// Backups, restores and their copies are recorded in the audit log.
class Backup {
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    explicit Backup(Database &database)
        : m_database(database) {}

    Result<BackupReport> write(const QString &target, bool automatic = false);
    // The schema version of a backup file, or why it cannot be restored.
    static Result<int> examine(const QString &file);
    Result<RestoreReport> restore(const QString &file);

    AutoBackupSettings autoSettings() const;
    Status setAutoSettings(const AutoBackupSettings &settings);
    // Whether an automatic backup is due today (enabled, and none yet today).
    bool autoBackupDue() const;
    // The day's backup into the folder as NAME-YYYYMMDD-HHMMSS.sqlite (NAME: the database file's), removing
    // the oldest ones of that name beyond `keep`.
    Result<BackupReport> writeAutomatic();

    // Every backup the program made of this database and still finds: copies before migrations
    // (FILE.vN-….bak), before restores (FILE.before-restore-….sqlite) and the automatic ones.
    QStringList knownBackups() const;

private:
    Database &m_database;
};

} // namespace cd
