// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backup.h"

#include "common/SideFile.h"

#include "Database.h"
#include "Schema.h"
#include "SqlQuery.h"
#include "SqliteHandle.h"
#include "Transaction.h"
#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "retention/Retention.h"
#include "settings/SettingsStore.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>
#include <QTemporaryFile>

#include <filesystem>
#include <sqlite3.h>
#include <system_error>

namespace cd {
namespace {

const QString kAutoEnabled = QStringLiteral("backup.auto.enabled");
const QString kAutoFolder = QStringLiteral("backup.auto.folder");
const QString kAutoKeep = QStringLiteral("backup.auto.keep");
const QString kAutoLastDay = QStringLiteral("backup.auto.last_day");

QString sqliteMessage(sqlite3 *handle, int code) {
    const QString said =
        handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString::fromUtf8(sqlite3_errstr(code));
    const QString explained = sql::explainSqliteCode(handle ? sqlite3_extended_errcode(handle) : code);
    return explained.isEmpty() ? said : QStringLiteral("%1 (%2)").arg(explained, said);
}

// An SQLite connection of our own to a file, closed when it goes.
class RawConnection {
public:
    RawConnection(const QString &path, int flags) {
        m_code = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_handle, flags, nullptr);
        if (m_code == SQLITE_OK)
            sqlite3_busy_timeout(m_handle, 5000);
    }
    ~RawConnection() { sqlite3_close_v2(m_handle); }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool ok() const { return m_code == SQLITE_OK; }
    sqlite3 *handle() const { return m_handle; }
    QString error() const { return sqliteMessage(m_handle, m_code); }
    int exec(const char *statement) { return sqlite3_exec(m_handle, statement, nullptr, nullptr, nullptr); }

private:
    sqlite3 *m_handle = nullptr;
    int m_code = SQLITE_OK;
};

// Every page of `from` into `to` in one step: one read transaction on the source, so the copy is one
// consistent state however busy the source is, and one write transaction on the destination.
int copyPages(sqlite3 *to, sqlite3 *from) {
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return sqlite3_errcode(to);
    int stepped = SQLITE_OK;
    for (int attempt = 0; attempt < 100; ++attempt) {
        stepped = sqlite3_backup_step(backup, -1);
        if (stepped != SQLITE_BUSY && stepped != SQLITE_LOCKED)
            break;
        sqlite3_sleep(50);
    }
    const int finished = sqlite3_backup_finish(backup);
    return stepped == SQLITE_DONE ? finished : stepped;
}

QString stamp() {
    return clock::nowInVietnam().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

// Writes a consistent copy of the database to `target`: beside it first, then renamed into place.
Result<qint64> copyDatabase(const Database &database, const QString &target) {
    sqlite3 *source = sql::sqliteHandleOf(database.connection());
    if (!source)
        return makeError(Backup::tr("a backup of this database is made on its server, not here"), target);
    // A backup folder is often new (a USB drive's, the automatic backups'): made here, unlike an export's.
    if (const QFileInfo info(target); !info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return makeError(Backup::tr("cannot create the folder %1").arg(info.absolutePath()), target);
    auto side = SideFile::create(target, QStringLiteral(".sqlite"));
    if (!side)
        return side.error();
    {
        RawConnection copy(side->path(), SQLITE_OPEN_READWRITE);
        if (!copy.ok())
            return makeError(copy.error(), target);
        if (const int copied = copyPages(copy.handle(), source); copied != SQLITE_OK)
            return makeError(Backup::tr("the backup failed: %1").arg(sqliteMessage(copy.handle(), copied)),
                             target);
        // A copy stands alone: no write-ahead log beside it once closed.
        if (copy.exec("PRAGMA journal_mode = DELETE") != SQLITE_OK)
            return makeError(Backup::tr("the backup failed: %1").arg(copy.error()), target);
    }
    if (auto moved = side.value().commit(); !moved)
        return makeError(Backup::tr("cannot move the backup into place: %1").arg(moved.error().message),
                         target);
    return QFileInfo(target).size();
}

} // namespace

Result<BackupReport> Backup::write(const QString &target, bool automatic) {
    BackupReport report;
    report.file = QFileInfo(target).absoluteFilePath();
    if (QFileInfo(report.file) == QFileInfo(m_database.path()))
        return makeError(tr("a backup cannot replace the database itself"), target);
    // Recorded first: a copy of personal data the log cannot hold is not made.
    const QJsonObject details{{QStringLiteral("file"), report.file},
                              {QStringLiteral("automatic"), automatic}};
    if (auto logged = audit::AuditLog(m_database.connection()).record(audit::Action::Backup, details);
        !logged)
        return logged.error();
    const auto bytes = copyDatabase(m_database, report.file);
    if (!bytes)
        return bytes.error();
    report.bytes = bytes.value();
    return report;
}

Result<int> Backup::examine(const QString &file) {
    const QFileInfo info(file);
    if (!info.isFile())
        return makeError(tr("there is no such file"), file);
    {
        QFile header(file);
        if (!header.open(QIODevice::ReadOnly) || header.read(16) != QByteArray("SQLite format 3\0", 16))
            return makeError(tr("this is not a Checkpoint Desk backup (it is not an SQLite file)"), file);
    }
    RawConnection backup(file, SQLITE_OPEN_READONLY);
    if (!backup.ok())
        return makeError(tr("the backup cannot be opened: %1").arg(backup.error()), file);
    QStringList problems;
    int applicationId = 0;
    int version = 0;
    const auto collect = [](void *into, int, char **values, char **) {
        static_cast<QStringList *>(into)->append(QString::fromUtf8(values[0] ? values[0] : ""));
        return 0;
    };
    if (sqlite3_exec(backup.handle(), "PRAGMA integrity_check", collect, &problems, nullptr) != SQLITE_OK)
        return makeError(tr("the backup cannot be read: %1").arg(backup.error()), file);
    problems.removeAll(QStringLiteral("ok"));
    if (!problems.isEmpty())
        return makeError(tr("the backup is damaged (%1); the database was left as it is")
                             .arg(problems.mid(0, 3).join(QStringLiteral("; "))),
                         file);
    QStringList values;
    if (sqlite3_exec(backup.handle(), "PRAGMA application_id", collect, &values, nullptr) != SQLITE_OK ||
        sqlite3_exec(backup.handle(), "PRAGMA user_version", collect, &values, nullptr) != SQLITE_OK ||
        values.size() != 2)
        return makeError(tr("the backup cannot be read: %1").arg(backup.error()), file);
    applicationId = values[0].toInt();
    version = values[1].toInt();
    if (applicationId != Database::kApplicationId)
        return makeError(tr("this is an SQLite database of another program, not a Checkpoint Desk backup"),
                         file);
    if (version > schema::latestVersion())
        return makeError(tr("the backup was written by a newer version of Checkpoint Desk (schema %1; this "
                            "version knows up to %2)")
                             .arg(version)
                             .arg(schema::latestVersion()),
                         file);
    if (version < 1)
        return makeError(tr("the backup holds no Checkpoint Desk data"), file);
    return version;
}

Result<RestoreReport> Backup::restore(const QString &file) {
    RestoreReport report;
    report.file = QFileInfo(file).absoluteFilePath();
    const auto version = examine(file);
    if (!version)
        return version.error();
    report.schemaVersion = version.value();
    QSqlDatabase db = m_database.connection();
    sqlite3 *live = sql::sqliteHandleOf(db);
    if (!live || m_database.isInMemory())
        return makeError(tr("a backup can only be restored into a database file"), file);
    if (QFileInfo(report.file) == QFileInfo(m_database.path()))
        return makeError(tr("this is the database itself"), file);

    // What the database knows that the backup may not: the audit log since the backup, the office's
    // retention period, and the days already purged, which must not come back.
    const int retentionDays = Retention(m_database).days();
    const QDate purgedBefore = Retention::purgedBefore(db);
    struct AuditRow {
        qint64 id = 0;
        QVariantList values;
    };
    QVector<AuditRow> audit;
    {
        auto rows =
            sql::exec(db, QStringLiteral("SELECT id, logged_at, os_user, operator, action, subject, details "
                                         "FROM audit_log ORDER BY id"));
        if (!rows)
            return rows.error();
        while (rows.value().next()) {
            AuditRow row;
            row.id = rows.value().value(0).toLongLong();
            for (int c = 1; c < 7; ++c)
                row.values << rows.value().value(c);
            audit.append(row);
        }
    }

    report.keptAs = m_database.path() + QStringLiteral(".before-restore-%1.sqlite").arg(stamp());
    if (auto kept = copyDatabase(m_database, report.keptAs); !kept)
        return Error{
            tr("the current database could not be kept before the restore, so nothing was restored: %1")
                .arg(kept.error().message),
            file,
            0,
            {}};

    {
        RawConnection backup(report.file, SQLITE_OPEN_READONLY);
        if (!backup.ok())
            return makeError(tr("the backup cannot be opened: %1").arg(backup.error()), file);
        int copied = copyPages(live, backup.handle());
        if (copied == SQLITE_READONLY) {
            // A database in WAL mode takes pages of its own size only: copy in rollback mode, then back.
            sqlite3_exec(live, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
            copied = copyPages(live, backup.handle());
            sqlite3_exec(live, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr);
        }
        if (copied != SQLITE_OK)
            return makeError(tr("the restore failed and the database was left as it was: %1")
                                 .arg(sqliteMessage(live, copied)),
                             file);
    }
    if (auto upgraded = m_database.upgradeSchema(); !upgraded)
        return Error{tr("the backup was restored but could not be brought up to this version: %1 (the "
                        "database as it was is %2)")
                         .arg(upgraded.error().message, report.keptAs),
                     file,
                     0,
                     {}};

    {
        Transaction transaction(db);
        if (!transaction.isActive())
            return makeError(tr("cannot start a transaction: %1").arg(db.lastError().text()), file);
        // The entries of the current log that the backup's lacks. A backup of this database has a log that
        // is the current one's beginning: what follows its last entry is carried. A backup of another
        // database shares no entries: what is newer than its last one is.
        auto last = sql::exec(db, QStringLiteral("SELECT id, logged_at, os_user, operator, action, subject, "
                                                 "details FROM audit_log ORDER BY id DESC LIMIT 1"));
        if (!last)
            return last.error();
        qint64 lastId = 0;
        QVariantList lastValues;
        if (last.value().next()) {
            lastId = last.value().value(0).toLongLong();
            for (int c = 1; c < 7; ++c)
                lastValues << last.value().value(c);
        }
        last.value().finish();
        const bool sameLog = std::any_of(audit.cbegin(), audit.cend(), [&](const AuditRow &row) {
            return row.id == lastId && row.values == lastValues;
        });
        const QString restoredUpTo = lastValues.value(0).toString();
        for (const AuditRow &row : std::as_const(audit)) {
            if (sameLog ? row.id <= lastId : row.values.value(0).toString() <= restoredUpTo)
                continue;
            auto carried = sql::exec(
                db,
                QStringLiteral(
                    "INSERT INTO audit_log (logged_at, os_user, operator, action, subject, details) "
                    "VALUES (?, ?, ?, ?, ?, ?)"),
                row.values);
            if (!carried)
                return carried.error();
            ++report.auditCarried;
        }
        if (auto kept =
                SettingsStore(db).setValue(QStringLiteral("retention.days"), QString::number(retentionDays));
            !kept)
            return kept.error();
        const QJsonObject details{{QStringLiteral("file"), report.file},
                                  {QStringLiteral("kept"), report.keptAs},
                                  {QStringLiteral("schema"), report.schemaVersion}};
        if (auto logged = audit::AuditLog(db).record(audit::Action::Restore, details); !logged)
            return logged.error();
        if (!transaction.commit())
            return makeError(
                tr("the restore's audit entry could not be committed: %1").arg(transaction.failure()), file);
    }
    const QDate restoredPurge = Retention::purgedBefore(db);
    if (purgedBefore.isValid() && (!restoredPurge.isValid() || restoredPurge < purgedBefore)) {
        const auto purged = Retention(m_database).purgeBefore(purgedBefore, retentionDays, false);
        if (!purged)
            return Error{
                tr("the backup was restored, but the days purged before could not be purged again: %1")
                    .arg(purged.error().message),
                file,
                0,
                {}};
        report.purgedAgain = true;
    }
    return report;
}

AutoBackupSettings Backup::autoSettings() const {
    const SettingsStore settings(m_database.connection());
    AutoBackupSettings out;
    out.enabled = settings.value(kAutoEnabled) == QLatin1String("1");
    out.folder = settings.value(kAutoFolder);
    bool ok = false;
    const int keep = settings.value(kAutoKeep).toInt(&ok);
    out.keep = ok && keep > 0 ? keep : 7;
    out.lastDay = QDate::fromString(settings.value(kAutoLastDay), Qt::ISODate);
    return out;
}

Status Backup::setAutoSettings(const AutoBackupSettings &wanted) {
    if (wanted.keep < 1 || wanted.keep > 365)
        return Error{
            tr("keep 1 to 365 automatic backups, not %1").arg(wanted.keep), {}, 0, QStringLiteral("keep")};
    if (wanted.enabled && wanted.folder.trimmed().isEmpty())
        return Error{tr("choose the folder the automatic backups go to"), {}, 0, QStringLiteral("folder")};
    if (wanted.enabled && QDir::cleanPath(QFileInfo(wanted.folder).absoluteFilePath()) ==
                              QDir::cleanPath(QFileInfo(m_database.path()).absolutePath()))
        return Error{tr("keep the automatic backups in another folder than the database (another disk is "
                        "best)"),
                     {},
                     0,
                     QStringLiteral("folder")};
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return makeError(tr("cannot start a transaction: %1").arg(db.lastError().text()));
    SettingsStore settings(db);
    for (const auto &[key, value] :
         {std::pair{kAutoEnabled, wanted.enabled ? QStringLiteral("1") : QStringLiteral("0")},
          std::pair{kAutoFolder, wanted.folder}, std::pair{kAutoKeep, QString::number(wanted.keep)}}) {
        if (auto saved = settings.setValue(key, value); !saved)
            return saved;
    }
    const QJsonObject details{
        {QStringLiteral("setting"), tr("Automatic backups")},
        {QStringLiteral("value"), wanted.enabled ? tr("daily to %1, the last %2 kept")
                                                       .arg(QDir::toNativeSeparators(wanted.folder))
                                                       .arg(wanted.keep)
                                                 : tr("off")}};
    if (auto logged = audit::AuditLog(db).record(audit::Action::Settings, details); !logged)
        return logged;
    if (!transaction.commit())
        return makeError(tr("the settings could not be saved: %1").arg(transaction.failure()));
    return success();
}

bool Backup::autoBackupDue() const {
    const AutoBackupSettings settings = autoSettings();
    return settings.enabled && !settings.folder.isEmpty() && settings.lastDay != clock::today();
}

Result<BackupReport> Backup::writeAutomatic() {
    const AutoBackupSettings settings = autoSettings();
    if (settings.folder.isEmpty())
        return makeError(tr("no folder is set for automatic backups"));
    const QDir folder(settings.folder);
    const QString base = QFileInfo(m_database.path()).completeBaseName();
    auto written = write(folder.filePath(QStringLiteral("%1-%2.sqlite").arg(base, stamp())), true);
    if (!written)
        return written;
    BackupReport report = written.value();
    if (auto saved = SettingsStore(m_database.connection())
                         .setValue(kAutoLastDay, clock::today().toString(Qt::ISODate));
        !saved)
        return saved.error();
    // Names sort by time; only files of this database's pattern are ever removed.
    const QStringList ours = folder.entryList({base + QStringLiteral("-????????-??????.sqlite")}, QDir::Files,
                                              QDir::Name | QDir::Reversed);
    for (qsizetype i = settings.keep; i < ours.size(); ++i) {
        if (QFile::remove(folder.filePath(ours[i])))
            report.removed << folder.filePath(ours[i]);
    }
    return report;
}

QStringList Backup::knownBackups() const {
    if (m_database.isInMemory())
        return {};
    QStringList files;
    const QFileInfo database(m_database.path());
    const QDir beside = database.absoluteDir();
    for (const QString &name :
         beside.entryList({database.fileName() + QStringLiteral(".v*-*.bak"),
                           database.fileName() + QStringLiteral(".before-restore-*.sqlite")},
                          QDir::Files, QDir::Name))
        files << beside.filePath(name);
    const AutoBackupSettings settings = autoSettings();
    if (!settings.folder.isEmpty()) {
        const QDir folder(settings.folder);
        for (const QString &name :
             folder.entryList({database.completeBaseName() + QStringLiteral("-????????-??????.sqlite")},
                              QDir::Files, QDir::Name))
            files << folder.filePath(name);
    }
    return files;
}

} // namespace cd
