// SPDX-License-Identifier: GPL-3.0-or-later
// Contact-tracing benchmark: a case with 20 visits traced in a database of 10,000,000 scans (the demo
// register, a year of scans at random checkpoints by 400,000 people), against the same trace in a copy of
// the database whose scan table has no index at all (the same rows, the same SQL, full table scans).
//
//   trace_bench [SCANS]        (default 10000000)
//
// Building the databases takes a few minutes; they are kept in the temporary folder, named by size, and
// reused by the next run (delete /tmp/cd-trace-bench-* to rebuild).
#include "Workspace.h"
#include "database/SqlQuery.h"
#include "database/Transaction.h"
#include "demo/DemoDatabase.h"
#include "trace/ContactTracer.h"
#include "trace/PersonSearch.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

using namespace cd;

namespace {

const QString kCasePhone = QStringLiteral("0900000001");
const QDate kYearStart(2021, 1, 1);
const QDate kCaseFrom(2021, 7, 1), kCaseTo(2021, 7, 14);
constexpr int kCaseVisits = 20;
constexpr int kPeople = 400000;

qint64 vietnamMidnight(const QDate &date) {
    return QDate(1970, 1, 1).daysTo(date) * 86400 - 7 * 3600;
}

bool check(const Status &status) {
    if (!status)
        std::fprintf(stderr, "%s\n", qPrintable(status.error().toString()));
    return status.ok();
}

// The indexed database: the demo register, `scans` random scans inserted in the unique index's order
// (checkpoint, time) so that only the person index has to be sorted, which CREATE INDEX does at the end.
bool build(const QString &path, qint64 scans) {
    QFile::remove(path);
    auto opened = openWorkspace(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return false;
    }
    QSqlDatabase db = opened.value()->connection();
    if (!check(DemoDatabase::populate(db)))
        return false;
    // One big write: no write-ahead log of gigabytes, no fsync per page.
    for (const char *pragma :
         {"PRAGMA journal_mode = DELETE", "PRAGMA synchronous = OFF", "PRAGMA cache_size = -400000"})
        sql::exec(db, QString::fromLatin1(pragma));
    QVector<qint64> checkpoints;
    auto ids = sql::exec(db, QStringLiteral("SELECT id FROM checkpoints ORDER BY id"));
    while (ids.value().next())
        checkpoints << ids.value().value(0).toLongLong();
    if (!check(sql::exec(db, QStringLiteral("DROP INDEX scans_by_person")).ok()
                   ? success()
                   : makeError(QStringLiteral("drop index"))))
        return false;

    QRandomGenerator random(7);
    const qint64 yearStart = vietnamMidnight(kYearStart);
    const qint64 yearSeconds = 365 * 86400;
    Transaction transaction(db);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO scans (checkpoint_id, scanned_at, person_key, person_name, phone) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (checkpoint_id, scanned_at, person_key) DO NOTHING"));
    QElapsedTimer timer;
    timer.start();
    qint64 written = 0;
    for (int c = 0; c < checkpoints.size(); ++c) {
        const qint64 share = scans / checkpoints.size() + (c < scans % checkpoints.size() ? 1 : 0);
        QVector<qint64> times(share);
        for (qint64 &t : times)
            t = yearStart + qint64(random.bounded(quint32(yearSeconds)));
        std::sort(times.begin(), times.end());
        for (qint64 t : times) {
            const int person = int(random.bounded(kPeople));
            const QString phone = QStringLiteral("09%1").arg(10000000 + person, 8, 10, QLatin1Char('0'));
            insert.bindValue(0, checkpoints[c]);
            insert.bindValue(1, t);
            insert.bindValue(2, QString(QStringLiteral("p:") + phone));
            insert.bindValue(3, QStringLiteral("Người %1").arg(person));
            insert.bindValue(4, phone);
            if (!insert.exec()) {
                std::fprintf(stderr, "%s\n", qPrintable(insert.lastError().text()));
                return false;
            }
            if (++written % 1000000 == 0)
                std::fprintf(stderr, "  %lld scans written (%.0f s)\n", written, timer.elapsed() / 1000.0);
        }
    }
    // The case: 20 visits in the two weeks, at random checkpoints and times of day.
    for (int v = 0; v < kCaseVisits; ++v) {
        const qint64 day = vietnamMidnight(kCaseFrom.addDays(v * 14 / kCaseVisits));
        insert.bindValue(0, checkpoints[random.bounded(int(checkpoints.size()))]);
        insert.bindValue(1, day + 7 * 3600 + qint64(random.bounded(14 * 3600)));
        insert.bindValue(2, QString(QStringLiteral("p:") + kCasePhone));
        insert.bindValue(3, QStringLiteral("Ca bệnh"));
        insert.bindValue(4, kCasePhone);
        insert.exec();
    }
    if (!transaction.commit())
        return false;
    std::fprintf(stderr, "  rows in %.0f s; indexing people…\n", timer.elapsed() / 1000.0);
    sql::exec(db, QStringLiteral("CREATE INDEX scans_by_person ON scans(person_key, scanned_at)"));
    sql::exec(db, QStringLiteral("ANALYZE"));
    std::fprintf(stderr, "  done in %.0f s\n", timer.elapsed() / 1000.0);
    return true;
}

// The baseline: the same rows in a scan table without any index (nor the UNIQUE constraint's).
bool buildBaseline(const QString &indexed, const QString &path) {
    QFile::remove(path);
    if (!QFile::copy(indexed, path))
        return false;
    auto opened = openWorkspace(path);
    if (!opened)
        return false;
    QSqlDatabase db = opened.value()->connection();
    sql::exec(db, QStringLiteral("PRAGMA journal_mode = DELETE"));
    sql::exec(db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    for (const char *statement :
         {"ALTER TABLE scans RENAME TO scans_indexed", "CREATE TABLE scans AS SELECT * FROM scans_indexed",
          "DROP TABLE scans_indexed", "VACUUM", "ANALYZE"}) {
        if (auto r = sql::exec(db, QString::fromLatin1(statement)); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
            return false;
        }
    }
    return true;
}

struct Timing {
    double medianMs = 0;
    qsizetype visits = 0, contacts = 0, sites = 0;
};

// Finds the case by phone and traces them, `runs` times; the median.
Timing measure(const QString &path, int runs) {
    auto opened = openWorkspace(path);
    if (!opened)
        return {};
    QSqlDatabase db = opened.value()->connection();
    trace::TraceOptions options;
    options.from = kCaseFrom;
    options.to = kCaseTo;
    QVector<double> times;
    Timing timing;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const auto people = trace::PersonSearch(db).find(trace::QueryKind::Phone, kCasePhone);
        if (!people || people->size() != 1)
            return {};
        const auto result = trace::ContactTracer(db).trace(people->first(), options);
        times << timer.nsecsElapsed() / 1e6;
        if (!result)
            return {};
        timing.visits = result->visits.size();
        timing.contacts = result->contacts.size();
        timing.sites = result->sites.size();
    }
    std::sort(times.begin(), times.end());
    timing.medianMs = times[times.size() / 2];
    return timing;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const qint64 scans = argc > 1 ? QByteArray(argv[1]).toLongLong() : 10000000;
    const QString dir = QDir::tempPath();
    const QString indexed = dir + QStringLiteral("/cd-trace-bench-%1.sqlite").arg(scans);
    const QString plain = dir + QStringLiteral("/cd-trace-bench-%1-noindex.sqlite").arg(scans);
    if (!QFile::exists(indexed)) {
        std::fprintf(stderr, "building %s (%lld scans)…\n", qPrintable(indexed), scans);
        if (!build(indexed, scans))
            return 1;
        QFile::remove(plain);
    }
    if (!QFile::exists(plain)) {
        std::fprintf(stderr, "building the unindexed copy %s…\n", qPrintable(plain));
        if (!buildBaseline(indexed, plain))
            return 1;
    }
    const Timing fast = measure(indexed, 21);
    const Timing slow = measure(plain, 3);
    if (fast.medianMs <= 0 || slow.medianMs <= 0) {
        std::fprintf(stderr, "trace failed\n");
        return 1;
    }
    std::printf("contact-tracing benchmark: %lld scans, a case with %lld visits in 14 days, window ±30 min\n",
                scans, qint64(fast.visits));
    std::printf("%-52s %10s %12s\n", "", "median ms", "vs baseline");
    std::printf("%-52s %10.1f %12s   (%lld contacts, %lld sites; 3 runs)\n",
                "baseline: same trace, scan table without indexes", slow.medianMs, "1.00",
                qint64(slow.contacts), qint64(slow.sites));
    std::printf("%-52s %10.1f %12.4f   (%lld contacts, %lld sites; 21 runs)\n",
                "find by phone + trace, indexes", fast.medianMs, fast.medianMs / slow.medianMs,
                qint64(fast.contacts), qint64(fast.sites));
    // The name search reads the period's scans (two weeks) rather than the table.
    double nameMs = 0;
    if (auto opened = openWorkspace(indexed)) {
        QVector<double> times;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            const auto found =
                trace::PersonSearch(opened.value()->connection())
                    .find(trace::QueryKind::Name, QStringLiteral("ca benh"), kCaseFrom, kCaseTo);
            times << timer.nsecsElapsed() / 1e6;
            if (!found || found->size() != 1)
                std::fprintf(stderr, "the name search did not find the case alone\n");
        }
        std::sort(times.begin(), times.end());
        nameMs = times[1];
    }
    std::printf("%-52s %10.1f %12s   (the two weeks' scans, 3 runs)\n", "find by name (no trace), indexes",
                nameMs, "-");
    std::printf("speed-up: %.0f x; target: <= 50 ms %s; same contacts in both: %s\n",
                slow.medianMs / fast.medianMs, fast.medianMs <= 50 ? "(met)" : "(NOT met)",
                fast.contacts == slow.contacts && fast.visits == slow.visits ? "yes" : "NO");
    return 0;
}
