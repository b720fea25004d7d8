// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace cd {

class Database;

// How long the personal data of scans is kept. Law 91/2025/QH15 wants data deleted once its purpose is
// fulfilled; check-in systems kept theirs 14 to 28 days. The office chooses within these bounds.
struct RetentionPeriod {
    static constexpr int kDefaultDays = 28;
    static constexpr int kMinDays = 14;
    static constexpr int kMaxDays = 90;
};

// Scans whose personal data is past its time.
struct OverdueData {
    QDate cutoff;     // scans before this Vietnam day are overdue
    qint64 scans = 0; // how many are stored
    QDate oldestDay;  // the first day of them; invalid when none
};

struct PurgeReport {
    int days = 0;
    QDate before;              // the personal data of every scan before this day is gone
    qint64 scans = 0;          // scans deleted (their daily counts stay)
    qint64 people = 0;         // people those scans named
    QStringList backupsPurged; // backups purged the same way
    QStringList warnings;      // what could not be done fully, and what to do about it
    bool dryRun = false;
};

// Deletes the personal data of scans older than the office's period and keeps every figure: statistics,
// charts and the annex read the per-checkpoint daily counts, which stay. A purge deletes the scans (names,
// phones, ID numbers, person keys) and the links from ID numbers to people found only in them, in one
// transaction with its audit entry; SQLite overwrites what it frees (secure_delete), and the file is then
// rebuilt (VACUUM) and its journal emptied, so that nothing deleted stays readable in the file's bytes.
// The backups the program keeps (before migrations, before restores, automatic) are purged the same way.
// Days before the purge stay purged: an import skips their rows (see purgedBefore()).
class Retention {
    Q_DECLARE_TR_FUNCTIONS(Retention)

public:
    explicit Retention(Database &database)
        : m_database(database) {}

    // The office's period, RetentionPeriod::kDefaultDays until it chooses one.
    int days() const;
    // Refuses a period outside the bounds; recorded in the audit log.
    Status setDays(int days);
    // The first day whose scans still carry personal data after the last purge; invalid when none was
    // purged.
    QDate purgedBefore() const;
    static QDate purgedBefore(const QSqlDatabase &db);

    static QDate cutoffFor(int days, const QDate &today);
    // The scans past the office's period, counted from the daily counts (no scan is read).
    Result<OverdueData> overdue() const;
    // Purges scans before today minus `olderThanDays` (the office's period when not given; any number of
    // days of at least 1 is accepted here, for an office that must purge sooner). dryRun: counts only.
    Result<PurgeReport> purge(std::optional<int> olderThanDays, bool dryRun);
    // Purges scans before a given day: what a restore does when the backup holds days purged since.
    Result<PurgeReport> purgeBefore(const QDate &before, int days, bool dryRun);

private:
    Status clearFreedContent(PurgeReport &report);

    Database &m_database;
};

} // namespace cd
