// SPDX-License-Identifier: GPL-3.0-or-later
// PostgreSQL at a province's scale: a scan export of N rows (default 10,000,000) imported into the demo
// register in a fresh schema, then the commune annex and a trace by phone over what it stored. Each is
// measured against a baseline taken in the same run on the same server:
//   import  — psql's \copy of the same file into a table with the same kind of unique index;
//   annex   — the same figures by GROUP BY over the scans, with the indexes and with index use switched off;
//   trace   — the same search and trace with index use switched off (the person_key index unused): a
//             case with 20 visits in two weeks, the busiest person of those weeks and a typical one.
// Then the sizes of the tables and their indexes, for docs/scale.md.
//
//   pg_scale_bench [URI] [ROWS]     (URI default: $CHECKPOINT_DESK_TEST_SERVER; needs psql on PATH)
//   pg_scale_bench [URI] --reads    the annex, traces and sizes again, over what a full run left
//   pg_scale_bench [URI] --traces   the traces alone, without their baselines (a quick look)
//   --people N                      the crowd (default 400,000; --reads and --traces need the run's N).
//                                   4000, the demo's, is the stress case: each person a dozen visits a day
//
// A full run drops the schemas cd_scale_bench and cd_scale_copy and makes them again.
#include "Workspace.h"
#include "database/SqlQuery.h"
#include "demo/DemoDatabase.h"
#include "demo/ScanGenerator.h"
#include "scans/ScanImport.h"
#include "stats/UnitStatistics.h"
#include "trace/ContactTracer.h"
#include "trace/PersonSearch.h"

#include "PeakMemory.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace cd;

namespace {

const QDate kFrom(2021, 1, 1), kTo(2021, 12, 31);
const QDate kCaseFrom(2021, 7, 1), kCaseTo(2021, 7, 14);
// A province's crowd, as in trace_bench: 10 M scans a year are some 25 per person. The demo's few thousand
// people would each make 2,500, a dozen visits a day: that crowd is kept as the stress case of the trace.
int g_people = 400000;          // --people
constexpr int kCaseVisits = 20; // the case traced: 20 visits in the two weeks, besides their own scans
constexpr quint32 kSeed = 7;

// The case: the first of the generator's people whose phone no one else has (so the search finds one).
int casePerson(const ScanGenerator &generator) {
    QHash<QString, int> holders;
    for (int person = 0; person < generator.people(); ++person)
        ++holders[generator.phoneOf(person)];
    for (int person = 0; person < generator.people(); ++person)
        if (const QString phone = generator.phoneOf(person); !phone.isEmpty() && holders.value(phone) == 1)
            return person;
    return 0;
}

QString casePhone(const QSqlDatabase &db) {
    const ScanGenerator generator(db, kSeed, g_people);
    return generator.phoneOf(casePerson(generator));
}

QString inSchema(const QString &uri, const QString &schema) {
    return uri + (uri.contains(u'?') ? u'&' : u'?') + QStringLiteral("options=-csearch_path%3D") + schema;
}

// psql with the statements, timed; -1 when it failed.
double psql(const QString &uri, const QStringList &commands) {
    QStringList args{QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                     QStringLiteral("ON_ERROR_STOP=1"), uri};
    for (const QString &command : commands)
        args << QStringLiteral("-c") << command;
    QProcess shell;
    shell.setProcessChannelMode(QProcess::ForwardedChannels);
    QElapsedTimer timer;
    timer.start();
    shell.start(QStringLiteral("psql"), args);
    shell.waitForFinished(-1);
    const double seconds = timer.nsecsElapsed() / 1e9;
    return shell.exitStatus() == QProcess::NormalExit && shell.exitCode() == 0 ? seconds : -1;
}

using bench::peakMemoryKiB;

// Child: the core's import of FILE into DB; prints "seconds added duplicates peakKiB".
int importChild(const QString &db, const QString &file) {
    auto database = openWorkspace(db);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().toString()));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const auto report = ScanImporter(database.value()->connection()).run(file);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!report || report->rejected || !report->written) {
        std::fprintf(stderr, "import failed: %s\n",
                     report ? "rows rejected" : qPrintable(report.error().toString()));
        return 1;
    }
    std::printf("%.3f %lld %lld %lld\n", seconds, report->added, report->duplicates, peakMemoryKiB());
    return 0;
}

// The median of `runs` runs of `work`, in milliseconds; -1 if one failed.
double medianMs(int runs, const std::function<bool()> &work) {
    QVector<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        if (!work())
            return -1;
        times << timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void setIndexUse(const QSqlDatabase &db, bool on) {
    for (const char *setting : {"enable_indexscan", "enable_bitmapscan", "enable_indexonlyscan"})
        sql::exec(db, QStringLiteral("SET %1 = %2")
                          .arg(QLatin1String(setting), on ? QStringLiteral("on") : QStringLiteral("off")));
}

qint64 vietnamMidnight(const QDate &date) {
    return QDate(1970, 1, 1).daysTo(date) * 86400 - 7 * 3600;
}

void row(const char *what, double value, const char *unit, double baseline) {
    if (baseline > 0)
        std::printf("  %-62s %10.3f %s  %8.3f x\n", what, value, unit, value / baseline);
    else
        std::printf("  %-62s %10.3f %s\n", what, value, unit);
}

// (i) the import, against psql's \copy of the same file into a table with the export's columns and a unique
// index of the same shape (checkpoint, time, person).
int measureImport(const QString &uri, const QString &db, const QString &copyDb, qint64 rows) {
    if (psql(uri, {QStringLiteral("DROP SCHEMA IF EXISTS cd_scale_bench CASCADE"),
                   QStringLiteral("DROP SCHEMA IF EXISTS cd_scale_copy CASCADE"),
                   QStringLiteral("CREATE SCHEMA cd_scale_bench"),
                   QStringLiteral("CREATE SCHEMA cd_scale_copy")}) < 0)
        return 1;

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("scans.csv"));
    {
        auto database = openWorkspace(db);
        if (!database) {
            std::fprintf(stderr, "%s\n", qPrintable(database.error().toString()));
            return 1;
        }
        if (auto populated = DemoDatabase::populate(database.value()->connection()); !populated) {
            std::fprintf(stderr, "%s\n", qPrintable(populated.error().toString()));
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        ScanGenerator generator(database.value()->connection(), kSeed, g_people);
        QVector<GeneratedScan> scans = generator.chronological(rows - kCaseVisits, kFrom, kTo);
        const int theCase = casePerson(generator);
        for (int visit = 0; visit < kCaseVisits; ++visit) {
            const QDate day = kCaseFrom.addDays(visit * kCaseFrom.daysTo(kCaseTo) / kCaseVisits);
            GeneratedScan scan = generator.random(day, day);
            scan.person = theCase;
            scans.append(scan);
        }
        std::stable_sort(scans.begin(), scans.end(),
                         [](const GeneratedScan &a, const GeneratedScan &b) { return a.when < b.when; });
        qint64 at = 0;
        if (!generator.write(csv, rows, [&] { return scans[at++]; }))
            return 1;
        std::fprintf(stderr, "export of %lld rows written in %.0f s\n", rows, timer.elapsed() / 1000.0);
    }
    std::printf("PostgreSQL scale benchmark: %lld rows by %d people, %.1f MB CSV, server %s\n", rows,
                g_people, QFileInfo(csv).size() / 1e6, qPrintable(uri));

    const double copySeconds =
        psql(copyDb,
             {// Its autovacuum would run during the import measured next, charged to the import.
              QStringLiteral("CREATE TABLE scans (stt text, time text, code text, place text, commune text, "
                             "name text, phone text, id_number text, direction text) "
                             "WITH (autovacuum_enabled = off)"),
              QStringLiteral("CREATE UNIQUE INDEX scans_key ON scans (code, time, phone, id_number, name)"),
              QStringLiteral("\\copy scans FROM '%1' WITH (FORMAT csv, HEADER true)").arg(csv)});
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--import"), db, csv});
    child.waitForFinished(-1);
    const QList<QByteArray> parts = child.readAllStandardOutput().trimmed().split(' ');
    if (parts.size() != 4) {
        std::fprintf(stderr, "the import failed\n");
        return 1;
    }
    const double importSeconds = parts[0].toDouble();
    std::printf("import (seconds)\n");
    row("baseline: psql \\copy, unique index (code, time, person)", copySeconds, "s", copySeconds);
    row("scans import (COPY + move in steps, 2 indexes, daily counts)", importSeconds, "s", copySeconds);
    std::printf("  %lld added, %lld duplicates, peak %.0f MB; target <= 1.50 x\n", parts[1].toLongLong(),
                parts[2].toLongLong(), parts[3].toLongLong() / 1024.0);
    const double analyze =
        psql(db, {QStringLiteral("VACUUM ANALYZE scans"), QStringLiteral("ANALYZE daily_counts")});
    row("VACUUM ANALYZE after the import (autovacuum's work, done now)", analyze, "s", -1);

    return 0;
}

// (iii) a trace by phone over 1–14/07/2021: found and traced with the indexes, then with index use off.
void measureTrace(const QSqlDatabase &conn, const char *who, const QString &phone, bool withBaseline) {
    qsizetype visits = 0, contacts = 0;
    const auto traceOnce = [&] {
        const auto people = trace::PersonSearch(conn).find(trace::QueryKind::Phone, phone);
        if (!people || people->isEmpty())
            return false;
        trace::TraceOptions options;
        options.from = kCaseFrom;
        options.to = kCaseTo;
        const auto result = trace::ContactTracer(conn).trace(people->first(), options);
        if (result) {
            visits = result->visits.size();
            contacts = result->contacts.size();
        }
        return result.ok();
    };
    const double traceMs = medianMs(11, traceOnce);
    const qsizetype indexedVisits = visits, indexedContacts = contacts;
    // One run: without its indexes a trace reads the whole table once per window.
    double tracePlainMs = -1;
    if (withBaseline) {
        setIndexUse(conn, false);
        tracePlainMs = medianMs(1, traceOnce);
        setIndexUse(conn, true);
    }
    std::printf("trace by phone, 1–14/07/2021, %s (milliseconds)\n", who);
    if (withBaseline)
        row("baseline: same search and trace, index use off", tracePlainMs, "ms", tracePlainMs);
    row("find by phone + trace; target <= 50 ms", traceMs, "ms", tracePlainMs);
    std::printf("  %lld visits, %lld contacts", qint64(indexedVisits), qint64(indexedContacts));
    if (withBaseline)
        std::printf("; same without indexes: %s",
                    indexedVisits == visits && indexedContacts == contacts ? "yes" : "NO");
    std::printf("\n");
}

// The phone of the person at `rank` among those who scanned in the trace's two weeks, the case apart, ordered
// by their number of scans: "people" for the busiest, "(people + 1) / 2" for a typical one.
QString phoneRanked(const QSqlDatabase &conn, const QString &rank, const QString &casePhone) {
    const auto phone = sql::scalar(
        conn,
        QStringLiteral("SELECT phone FROM (SELECT phone, row_number() OVER (ORDER BY count(*), phone DESC) "
                       "AS r, count(*) OVER () AS people FROM scans WHERE person_key LIKE 'p:%' AND "
                       "phone <> ? AND scanned_at >= %1 AND scanned_at < %2 GROUP BY phone) ranked "
                       "WHERE r = %3")
            .arg(vietnamMidnight(kCaseFrom))
            .arg(vietnamMidnight(kCaseTo.addDays(1)))
            .arg(rank),
        {casePhone});
    return phone ? phone->toString() : QString();
}

// (ii) and (iii) over what the import stored, then the sizes.
int measureReads(const QString &db, bool tracesOnly) {
    auto opened = openWorkspace(db);
    if (!opened)
        return 1;
    QSqlDatabase conn = opened.value()->connection();

    const QString theCase = casePhone(conn);
    if (tracesOnly) {
        measureTrace(conn, "the case (20 visits in the two weeks)", theCase, false);
        measureTrace(conn, "the busiest person besides the case",
                     phoneRanked(conn, QStringLiteral("people"), theCase), false);
        measureTrace(conn, "a typical person (the median by scans)",
                     phoneRanked(conn, QStringLiteral("(people + 1) / 2"), theCase), false);
        return 0;
    }
    // (ii) the annex: the commune table from the daily counts, against the same totals from the scans.
    qint64 annexScans = 0, groupedScans = 0;
    const double annexMs = medianMs(11, [&] {
        const auto table = UnitStatisticsQuery(conn).table(kTo, kFrom);
        if (table)
            annexScans = table->total.scans;
        return table.ok();
    });
    const QString grouped =
        QStringLiteral(
            "SELECT c.commune_code, count(*), count(DISTINCT s.checkpoint_id) FROM scans s JOIN "
            "checkpoints c ON c.id = s.checkpoint_id WHERE s.scanned_at >= %1 AND s.scanned_at < %2 "
            "GROUP BY c.commune_code")
            .arg(vietnamMidnight(kFrom))
            .arg(vietnamMidnight(kTo.addDays(1)));
    const auto groupBy = [&] {
        auto query = sql::exec(conn, grouped);
        if (!query)
            return false;
        groupedScans = 0;
        while (query.value().next())
            groupedScans += query.value().value(1).toLongLong();
        return true;
    };
    const double groupMs = medianMs(3, groupBy);
    setIndexUse(conn, false);
    const double groupPlainMs = medianMs(3, groupBy);
    setIndexUse(conn, true);
    std::printf("annex of the communes, 2021 (milliseconds)\n");
    row("baseline: GROUP BY over the scans, indexes usable", groupMs, "ms", groupMs);
    row("baseline: GROUP BY over the scans, index use off", groupPlainMs, "ms", groupMs);
    row("annex (UnitStatisticsQuery, daily counts); target <= 50 ms", annexMs, "ms", groupMs);
    std::printf("  same total: %s (%lld and %lld scans)\n", annexScans == groupedScans ? "yes" : "NO",
                annexScans, groupedScans);

    measureTrace(conn, "the case (20 visits in the two weeks)", theCase, true);
    measureTrace(conn, "the busiest person besides the case",
                 phoneRanked(conn, QStringLiteral("people"), theCase), true);
    measureTrace(conn, "a typical person (the median by scans)",
                 phoneRanked(conn, QStringLiteral("(people + 1) / 2"), theCase), true);

    std::printf("sizes (MB)\n");
    auto sizes = sql::exec(
        conn,
        QStringLiteral("SELECT c.relname, pg_relation_size(c.oid), pg_indexes_size(c.oid), "
                       "pg_total_relation_size(c.oid) FROM pg_class c JOIN pg_namespace n ON n.oid = "
                       "c.relnamespace WHERE n.nspname IN ('cd_scale_bench', 'cd_scale_copy') AND c.relname "
                       "IN ('scans', 'daily_counts', 'person_ids') ORDER BY n.nspname, c.relname"));
    if (sizes) {
        while (sizes.value().next())
            std::printf("  %-14s table %9.1f  indexes %9.1f  total %9.1f\n",
                        qPrintable(sizes.value().value(0).toString()),
                        sizes.value().value(1).toDouble() / 1e6, sizes.value().value(2).toDouble() / 1e6,
                        sizes.value().value(3).toDouble() / 1e6);
    }
    std::printf("  (the second 'scans' is the \\copy baseline's table)\n");
    return 0;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("--import"))
        return importChild(args.value(2), args.value(3));
    if (const qsizetype at = args.indexOf(QStringLiteral("--people")); at > 0) {
        g_people = args.value(at + 1).toInt();
        args.remove(at, 2);
    }
    QString uri = qEnvironmentVariable("CHECKPOINT_DESK_TEST_SERVER");
    int next = 1;
    if (args.value(next).startsWith(QLatin1String("postgres")))
        uri = args.value(next++);
    const bool tracesOnly = args.value(next) == QLatin1String("--traces");
    const bool readsOnly = tracesOnly || args.value(next) == QLatin1String("--reads");
    const qint64 rows = readsOnly ? 0 : args.value(next, QStringLiteral("10000000")).toLongLong();
    if (uri.isEmpty() || (!readsOnly && rows <= kCaseVisits) || g_people <= 0) {
        std::fprintf(stderr,
                     "usage: pg_scale_bench [postgresql://…] [ROWS | --reads | --traces] [--people N]\n");
        return 2;
    }
    const QString db = inSchema(uri, QStringLiteral("cd_scale_bench"));
    if (!readsOnly) {
        if (const int failed = measureImport(uri, db, inSchema(uri, QStringLiteral("cd_scale_copy")), rows))
            return failed;
    }
    return measureReads(db, tracesOnly);
}
