// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivacyMenu.h"

#include "AuditDialog.h"
#include "AutoBackupDialog.h"
#include "RetentionDialog.h"
#include "Workspace.h"
#include "common/Clock.h"
#include "common/VnFormat.h"
#include "database/Backup.h"
#include "database/Database.h"
#include "dialogs/StandardButtons.h"
#include "jobs/Job.h"
#include "retention/Retention.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

namespace cd::ui {

PrivacyMenu::PrivacyMenu(Database &database, QWidget *window)
    : QMenu(tr("&Data protection"), window)
    , m_database(database)
    , m_window(window)
    , m_job(new Job(database, this)) {
    setObjectName(QStringLiteral("privacyMenu"));
    addAction(tr("&Audit log…"), this, &PrivacyMenu::openAuditLog);
    addAction(tr("&Retention and purge…"), this, &PrivacyMenu::openRetention);
    addSeparator();
    addAction(tr("&Back up the database…"), this, &PrivacyMenu::backUpNow);
    addAction(tr("Re&store from a backup…"), this, &PrivacyMenu::restoreFromBackup);
    addAction(tr("A&utomatic backups…"), this, &PrivacyMenu::openAutoBackups);
    connect(m_job, &Job::failed, this, [this](const QString &message) {
        if (m_automatic)
            emit backupFailed(tr("The automatic backup failed: %1").arg(message), true);
        else
            emit backupFailed(message, false);
    });
}

void PrivacyMenu::openAuditLog() {
    AuditDialog(m_database, m_window).exec();
}

void PrivacyMenu::openRetention() {
    RetentionDialog dialog(m_database, m_window);
    connect(&dialog, &RetentionDialog::purged, this, &PrivacyMenu::personalDataPurged);
    dialog.exec();
}

void PrivacyMenu::openAutoBackups() {
    // Chosen today: the day's backup is made now, off the UI thread, not at the next start.
    if (AutoBackupDialog(m_database, m_window).exec() == QDialog::Accepted)
        backUpIfDue();
}

QString PrivacyMenu::overdueNotice() const {
    const auto overdue = Retention(m_database).overdue();
    if (!overdue || overdue->scans == 0)
        return {};
    return tr("%1 scans from before %2 still hold names and phones, past the %3 days the office keeps "
              "personal data. Purge them: the statistics and reports stay the same.")
        .arg(format::number(overdue->scans), format::date(overdue->cutoff))
        .arg(Retention(m_database).days());
}

bool PrivacyMenu::backUpIfDue() {
    const Backup backup(m_database);
    if (!backup.autoBackupDue())
        return false;
    return backUpTo({}, true);
}

bool PrivacyMenu::isBackingUp() const {
    return m_job->isRunning();
}

bool PrivacyMenu::backUpTo(const QString &path, bool automatic) {
    // A backup of a large database takes seconds: off the UI thread, through a Database of the work's
    // own (SQLite's online backup reads a consistent copy while the window goes on using its own). An
    // in-memory database runs here, with the window's.
    const QString databasePath = m_database.path();
    Database *shared = m_job->runsInBackground() ? nullptr : &m_database;
    const bool started = m_job->start(
        std::function<Result<BackupReport>(JobContext &)>(
            [databasePath, shared, path, automatic](JobContext &) -> Result<BackupReport> {
                std::unique_ptr<Database> own;
                if (!shared) {
                    auto opened = openWorkspace(databasePath);
                    if (!opened)
                        return opened.error();
                    own = std::move(opened).value();
                }
                Backup backup(shared ? *shared : *own);
                return automatic ? backup.writeAutomatic() : backup.write(path);
            }),
        std::function<void(const BackupReport &)>([this, automatic](const BackupReport &made) {
            emit statusMessage(
                automatic ? tr("Automatic backup: %1").arg(QDir::toNativeSeparators(made.file))
                          : tr("Backed up to %1 (%2 bytes).")
                                .arg(QDir::toNativeSeparators(made.file), format::number(made.bytes)));
        }));
    if (started)
        m_automatic = automatic;
    return started;
}

void PrivacyMenu::backUpNow() {
    const QFileInfo database(m_database.path());
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("%1-%2.sqlite")
                          .arg(database.completeBaseName(),
                               clock::nowInVietnam().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Back up the database"), suggested,
                                                      tr("Checkpoint Desk databases (*.sqlite *.db)"));
    if (path.isEmpty())
        return;
    if (!backUpTo(path))
        QMessageBox::information(m_window, tr("Back up the database"),
                                 tr("A backup is being written; try again "
                                    "when it has finished."));
}

void PrivacyMenu::restoreFromBackup() {
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Restore from a backup"),
                                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                     tr("Checkpoint Desk databases (*.sqlite *.db *.bak);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto restored = restore(path); !restored && !restored.error().message.isEmpty())
        QMessageBox::warning(m_window, tr("Restore from a backup"), restored.error().message);
}

Status PrivacyMenu::restore(const QString &file, bool ask) {
    const auto version = Backup::examine(file);
    if (!version)
        return version.error();
    if (ask) {
        const QString question =
            tr("Replace the database with the backup %1 (schema %2)? The database as it is now is kept "
               "beside it as a dated copy, and audit entries made since the backup are carried over.")
                .arg(QDir::toNativeSeparators(file))
                .arg(version.value());
        if (!askYesNo(m_window, tr("Restore from a backup"), question))
            return makeError(QString());
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto restored = Backup(m_database).restore(file);
    QApplication::restoreOverrideCursor();
    if (!restored)
        return restored.error();
    emit statusMessage(
        tr("Restored from %1. The database as it was is kept as %2.")
            .arg(QDir::toNativeSeparators(restored->file), QDir::toNativeSeparators(restored->keptAs)));
    emit databaseRestored();
    return success();
}

} // namespace cd::ui
