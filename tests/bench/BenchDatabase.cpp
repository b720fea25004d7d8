// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchDatabase.h"

#include "Workspace.h"
#include "database/SqlQuery.h"
#include "database/Transaction.h"
#include "demo/DemoDatabase.h"
#include "scans/ScanTime.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace cd::bench {
namespace {

Status fill(Database &database, qint64 scans) {
    const QSqlDatabase db = database.connection();
    if (const Status populated = DemoDatabase::populate(db); !populated)
        return populated;
    for (const char *pragma : {"PRAGMA synchronous = OFF", "PRAGMA cache_size = -1000000"}) {
        if (auto r = sql::exec(db, QString::fromLatin1(pragma)); !r)
            return r.error();
    }
    Transaction transaction(db);
    // The checkpoints numbered 0…n-1, so that generated row i can find its own.
    const char *setUp[] = {
        "CREATE TEMP TABLE bench_checkpoints (k INTEGER PRIMARY KEY, id INTEGER NOT NULL)",
        "INSERT INTO bench_checkpoints (k, id) SELECT (SELECT COUNT(*) FROM checkpoints o WHERE o.id < "
        "c.id), c.id "
        "FROM checkpoints c",
    };
    for (const char *statement : setUp) {
        if (auto r = sql::exec(db, QString::fromLatin1(statement)); !r)
            return r.error();
    }
    const auto count = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM bench_checkpoints"));
    if (!count)
        return count.error();
    const qint64 checkpoints = count->toLongLong();
    const qint64 firstSecond =
        scantime::dateToDay(DemoDatabase::kAnnexFrom) * 86400 - scantime::kVietnamOffsetSeconds;
    const qint64 span = (DemoDatabase::kAnnexFrom.daysTo(DemoDatabase::kAnnexAsOf) + 1) * 86400;
    // Row i belongs to checkpoint k = i·n / scans; its j-th scan is j/perCheckpoint of the way through the
    // period (some 385 s apart at 10 million), so no two rows of a checkpoint share a time; the person key
    // is unique too (b: + i).
    const QString generate = QStringLiteral(
        "INSERT INTO scans (checkpoint_id, scanned_at, person_key) "
        "WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq WHERE i + 1 < :scans) "
        "SELECT b.id, :first + ((seq.i - (seq.i * :n / :scans * :scans + :n - 1) / :n) * :span) / "
        "  (((seq.i * :n / :scans + 1) * :scans + :n - 1) / :n - (seq.i * :n / :scans * :scans + :n - 1) / "
        ":n), "
        "  'b:' || seq.i "
        "FROM seq JOIN bench_checkpoints b ON b.k = seq.i * :n / :scans");
    QSqlQuery insert(db);
    if (!insert.prepare(generate))
        return sql::errorOf(insert);
    insert.bindValue(QStringLiteral(":scans"), scans);
    insert.bindValue(QStringLiteral(":n"), checkpoints);
    insert.bindValue(QStringLiteral(":first"), firstSecond);
    insert.bindValue(QStringLiteral(":span"), span);
    if (!insert.exec())
        return sql::errorOf(insert);
    const char *counts[] = {
        "DELETE FROM daily_counts",
        "INSERT INTO daily_counts (checkpoint_id, day, scans) SELECT checkpoint_id, (scanned_at + 25200) / "
        "86400, "
        "COUNT(*) FROM scans GROUP BY checkpoint_id, (scanned_at + 25200) / 86400",
        "DROP TABLE bench_checkpoints",
    };
    for (const char *statement : counts) {
        if (auto r = sql::exec(db, QString::fromLatin1(statement)); !r)
            return r.error();
    }
    if (!transaction.commit())
        return makeError(QStringLiteral("the benchmark database could not be committed"));
    return success();
}

} // namespace

Result<std::unique_ptr<Database>> openBenchDatabase(qint64 scans, QString *path) {
    const QString cached =
        QDir::temp().filePath(QStringLiteral("checkpoint-desk-bench-%1.sqlite").arg(scans));
    if (path)
        *path = cached;
    if (!QFileInfo::exists(cached)) {
        const QString building =
            cached + QStringLiteral(".building-%1").arg(QCoreApplication::applicationPid());
        QElapsedTimer timer;
        timer.start();
        std::fprintf(stderr, "building %s (%lld scans)…\n", qPrintable(cached), scans);
        {
            auto database = openWorkspace(building);
            if (!database)
                return database.error();
            if (const Status filled = fill(*database.value(), scans); !filled) {
                database.value().reset();
                QFile::remove(building);
                return filled.error();
            }
            // Fold the WAL into the file before it moves.
            sql::exec(database.value()->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        QFile::remove(building + QStringLiteral("-wal"));
        QFile::remove(building + QStringLiteral("-shm"));
        if (!QFile::rename(building, cached) && !QFileInfo::exists(cached))
            return makeError(QStringLiteral("cannot move %1 into place").arg(building));
        QFile::remove(building);
        std::fprintf(stderr, "built in %.1f s\n", timer.nsecsElapsed() / 1e9);
    }
    return openWorkspace(cached);
}

} // namespace cd::bench
