// SPDX-License-Identifier: GPL-3.0-or-later
// Scan import benchmark: a 1,000,000-row CSV export imported into the demo register, against the sqlite3
// shell's .import of the same file into a table with the same unique index, measured in the same run;
// then the same file again (all duplicates), and a 100,000-row XLSX.
//
//   scan_import_bench [ROWS]        (default 1000000; needs the sqlite3 shell on PATH for the baseline)
//
// Each import runs in a child process of its own so that its peak memory (VmHWM) is its own.
#include "Workspace.h"
#include "demo/DemoDatabase.h"
#include "demo/ScanGenerator.h"
#include "scans/ScanImport.h"

#include "PeakMemory.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <QTemporaryDir>

#include <cstdio>

using namespace cd;

namespace {

using bench::peakMemoryKiB;

// Child: import FILE into DB and print "seconds added duplicates peakKiB".
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
    if (!report || report->rejected) {
        std::fprintf(stderr, "import failed: %s\n",
                     report ? qPrintable(QString::number(report->rejected) + QStringLiteral(" rejected"))
                            : qPrintable(report.error().toString()));
        return 1;
    }
    std::printf("%.3f %lld %lld %lld\n", seconds, report->added, report->duplicates, peakMemoryKiB());
    return 0;
}

struct Measure {
    double seconds = 0;
    qint64 added = 0, duplicates = 0, peakKiB = 0;
};

Measure runChild(const QString &db, const QString &file) {
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--import"), db, file});
    child.waitForFinished(-1);
    const QList<QByteArray> parts = child.readAllStandardOutput().trimmed().split(' ');
    if (parts.size() != 4)
        return {};
    return {parts[0].toDouble(), parts[1].toLongLong(), parts[2].toLongLong(), parts[3].toLongLong()};
}

double sqliteBaseline(const QString &csv, const QString &dir) {
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty())
        return -1;
    const QString db = dir + QStringLiteral("/baseline.sqlite");
    QFile::remove(db);
    // The same unique key as the scans table: checkpoint, time, person.
    const QString script =
        QStringLiteral("PRAGMA journal_mode=WAL;\n"
                       "CREATE TABLE scans (stt TEXT, time TEXT, code TEXT, qr TEXT, place TEXT, commune "
                       "TEXT, name TEXT, "
                       "phone TEXT, id_number TEXT, direction TEXT);\n"
                       "CREATE UNIQUE INDEX scans_key ON scans(code, time, phone, id_number, name);\n"
                       ".import --csv --skip 1 '%1' scans\n")
            .arg(csv);
    QProcess shell;
    QElapsedTimer timer;
    timer.start();
    shell.start(sqlite, {db});
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    return timer.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("--import"))
        return importChild(args.value(2), args.value(3));

    const qint64 rows = args.value(1, QStringLiteral("1000000")).toLongLong();
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("bench.sqlite"));
    {
        auto database = openWorkspace(db);
        if (!database || !DemoDatabase::populate(database.value()->connection()))
            return 1;
        ScanGenerator generator(database.value()->connection(), 7);
        const QDate from(2021, 1, 1), to(2021, 12, 31);
        const QString csv = dir.filePath(QStringLiteral("scans.csv"));
        const QString xlsx = dir.filePath(QStringLiteral("scans.xlsx"));
        // Exports list scans in time order; so do these.
        const QVector<GeneratedScan> scans = generator.chronological(rows, from, to);
        const QVector<GeneratedScan> fewer = generator.chronological(100000, from, to);
        qint64 next = 0, nextFewer = 0;
        if (!generator.write(csv, rows, [&] { return scans[next++]; }) ||
            !generator.write(xlsx, 100000, [&] { return fewer[nextFewer++]; }))
            return 1;
    }
    const QString csv = dir.filePath(QStringLiteral("scans.csv"));
    const QString xlsx = dir.filePath(QStringLiteral("scans.xlsx"));
    std::printf("scan import benchmark: %lld rows, %.1f MB CSV\n", rows, QFileInfo(csv).size() / 1e6);

    const double baseline = sqliteBaseline(csv, dir.path());
    const Measure first = runChild(db, csv);
    const Measure again = runChild(db, csv);
    const Measure workbook = runChild(db, xlsx);

    std::printf("%-44s %8s %10s %12s\n", "", "seconds", "peak MB", "vs baseline");
    if (baseline > 0)
        std::printf("%-44s %8.2f %10s %12s\n", "baseline: sqlite3 .import, same unique index", baseline, "-",
                    "1.00");
    std::printf("%-44s %8.2f %10.1f %12.2f   (%lld added, %lld duplicates)\n", "CSV import, first",
                first.seconds, first.peakKiB / 1024.0, baseline > 0 ? first.seconds / baseline : 0.0,
                first.added, first.duplicates);
    std::printf("%-44s %8.2f %10.1f %12.2f   (%lld added; vs first import %.2f)\n",
                "CSV import again (all duplicates)", again.seconds, again.peakKiB / 1024.0,
                baseline > 0 ? again.seconds / baseline : 0.0, again.added,
                first.seconds > 0 ? again.seconds / first.seconds : 0.0);
    std::printf("%-44s %8.2f %10.1f %12s   (%lld added)\n", "XLSX import, 100,000 rows", workbook.seconds,
                workbook.peakKiB / 1024.0, "-", workbook.added);
    std::printf("targets: CSV <= 5 s and <= 2.00 x baseline; peak <= 200 MB; again <= first; XLSX <= 3 s\n");
    return 0;
}
