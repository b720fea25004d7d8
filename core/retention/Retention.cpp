// SPDX-License-Identifier: GPL-3.0-or-later
#include "Retention.h"

#include "BackupPurge.h"
#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "common/VnFormat.h"
#include "database/Backup.h"
#include "database/Database.h"
#include "database/SqlQuery.h"
#include "database/Transaction.h"
#include "scans/ScanTime.h"
#include "settings/SettingsStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>

namespace cd {
namespace {

const QString kDaysKey = QStringLiteral("retention.days");
const QString kPurgedBeforeKey = QStringLiteral("retention.purged_before");

// The first second of a Vietnam calendar day.
qint64 startOfDay(const QDate &day) {
    return scantime::dateToDay(day) * 86400 - clock::kVietnamOffsetSeconds;
}

} // namespace

int Retention::days() const {
    bool ok = false;
    const int stored = SettingsStore(m_database.connection()).value(kDaysKey).toInt(&ok);
    return ok && stored >= RetentionPeriod::kMinDays && stored <= RetentionPeriod::kMaxDays
               ? stored
               : RetentionPeriod::kDefaultDays;
}

Status Retention::setDays(int days) {
    if (days < RetentionPeriod::kMinDays || days > RetentionPeriod::kMaxDays)
        return Error{tr("the retention period is %1 to %2 days, not %3")
                         .arg(RetentionPeriod::kMinDays)
                         .arg(RetentionPeriod::kMaxDays)
                         .arg(days),
                     {},
                     0,
                     QStringLiteral("days")};
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return makeError(tr("cannot start a transaction: %1").arg(db.lastError().text()));
    if (auto saved = SettingsStore(db).setValue(kDaysKey, QString::number(days)); !saved)
        return saved;
    if (auto logged = audit::AuditLog(db).record(
            audit::Action::Settings, {{QStringLiteral("setting"), tr("Retention of personal data")},
                                      {QStringLiteral("value"), tr("%n day(s)", nullptr, days)}});
        !logged)
        return logged;
    if (!transaction.commit())
        return makeError(tr("the retention period could not be saved: %1").arg(transaction.failure()));
    return success();
}

QDate Retention::purgedBefore() const {
    return purgedBefore(m_database.connection());
}

QDate Retention::purgedBefore(const QSqlDatabase &db) {
    return QDate::fromString(SettingsStore(db).value(kPurgedBeforeKey), Qt::ISODate);
}

QDate Retention::cutoffFor(int days, const QDate &today) {
    return today.addDays(-days);
}

Result<OverdueData> Retention::overdue() const {
    OverdueData overdue;
    overdue.cutoff = cutoffFor(days(), clock::today());
    // The daily counts are the scans stored, day by day, except on the days already purged.
    const QDate purged = purgedBefore();
    auto counted = sql::exec(
        m_database.connection(),
        QStringLiteral(
            "SELECT coalesce(sum(scans), 0), min(day) FROM daily_counts WHERE day < ? AND day >= ?"),
        {scantime::dateToDay(overdue.cutoff),
         purged.isValid() ? scantime::dateToDay(purged) : qint64(-1000000)});
    if (!counted)
        return counted.error();
    if (counted.value().next()) {
        overdue.scans = counted.value().value(0).toLongLong();
        if (!counted.value().value(1).isNull())
            overdue.oldestDay = scantime::dayToDate(counted.value().value(1).toLongLong());
    }
    return overdue;
}

Result<PurgeReport> Retention::purge(std::optional<int> olderThanDays, bool dryRun) {
    const int kept = olderThanDays.value_or(days());
    if (kept < 1)
        return Error{tr("a purge keeps at least the last day, not %1 days").arg(kept),
                     {},
                     0,
                     QStringLiteral("older-than")};
    return purgeBefore(cutoffFor(kept, clock::today()), kept, dryRun);
}

Result<PurgeReport> Retention::purgeBefore(const QDate &before, int days, bool dryRun) {
    PurgeReport report;
    report.days = days;
    report.dryRun = dryRun;
    report.before = before;
    const qint64 bound = startOfDay(report.before);
    const QSqlDatabase db = m_database.connection();

    auto counted = sql::exec(
        db, QStringLiteral("SELECT count(*), count(DISTINCT person_key) FROM scans WHERE scanned_at < ?"),
        {bound});
    if (!counted)
        return counted.error();
    if (counted.value().next()) {
        report.scans = counted.value().value(0).toLongLong();
        report.people = counted.value().value(1).toLongLong();
    }
    counted.value().finish();
    if (dryRun)
        return report;

    const Backup backups(m_database);
    const QStringList backupFiles = backups.knownBackups();
    {
        Transaction transaction(db);
        if (!transaction.isActive())
            return makeError(tr("cannot start a transaction: %1").arg(db.lastError().text()));
        const QStringList statements = purgeStatements(true);
        for (qsizetype i = 0; i < statements.size(); ++i) {
            auto done = i == 0 ? sql::exec(db, statements[i], {bound}) : sql::exec(db, statements[i]);
            if (!done)
                return done.error();
        }
        // Later imports skip what is older than this, whatever the period becomes.
        const QDate previous = purgedBefore();
        if (!previous.isValid() || previous < report.before) {
            if (auto saved =
                    SettingsStore(db).setValue(kPurgedBeforeKey, report.before.toString(Qt::ISODate));
                !saved)
                return saved.error();
        }
        const QJsonObject details{{QStringLiteral("days"), report.days},
                                  {QStringLiteral("before"), report.before.toString(Qt::ISODate)},
                                  {QStringLiteral("scans"), report.scans},
                                  {QStringLiteral("people"), report.people},
                                  {QStringLiteral("backups"), qint64(backupFiles.size())}};
        if (auto logged = audit::AuditLog(db).record(audit::Action::Purge, details); !logged)
            return logged.error();
        if (!transaction.commit())
            return makeError(tr("the purge could not be committed: %1").arg(transaction.failure()));
    }
    if (auto cleared = clearFreedContent(report); !cleared)
        return cleared.error();

    for (const QString &file : backupFiles) {
        const auto purged = purgeBackupFile(file, bound);
        if (!purged)
            report.warnings << tr("the backup %1 could not be purged: %2")
                                   .arg(QDir::toNativeSeparators(file), purged.error().message);
        else if (purged.value() > 0)
            report.backupsPurged << file;
    }
    return report;
}

Status Retention::clearFreedContent(PurgeReport &report) {
    const QSqlDatabase db = m_database.connection();
    if (db.driverName() != QLatin1String("QSQLITE") || m_database.isInMemory())
        return success();
    // secure_delete (on for every connection, see Database::configure) zeroed the freed cells. VACUUM
    // rewrites the file without the free pages; the checkpoints move everything out of the write-ahead
    // log and truncate it, which old page images would otherwise keep.
    const auto checkpoint = [&]() -> bool {
        auto done = sql::exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        return done && done.value().next() && done.value().value(0).toInt() == 0;
    };
    checkpoint();
    if (auto rebuilt = sql::exec(db, QStringLiteral("VACUUM")); !rebuilt)
        report.warnings << tr("the file could not be rebuilt (%1): the deleted data is overwritten, but the "
                              "file keeps its size until the next purge")
                               .arg(rebuilt.error().message);
    if (!checkpoint())
        report.warnings << tr("another window or program is reading the database: its journal is emptied "
                              "when the last one closes it");
    return success();
}

} // namespace cd
