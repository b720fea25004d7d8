// SPDX-License-Identifier: GPL-3.0-or-later
// Register import benchmark: a province's register as offices send it (Cao Bằng; units, types and phones
// written every way; tests/support/ProvinceRegister), imported into a new province database, against the
// import of a scan export with the same number of rows into the same database, measured in the same run.
//
//   registry_import_bench [ROWS…]     (default 5677 100000)
//
// Targets (issue "Real-world intake"): 5,677 rows in <= 1 s, 100,000 rows in <= 10 s.
#include "ProvinceRegister.h"
#include "Workspace.h"
#include "registry/RegistryImport.h"
#include "scans/ScanImport.h"
#include "units/OfficeScope.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace cd;

namespace {

struct Run {
    double registerSeconds = -1;
    double scanSeconds = -1;
    qint64 added = 0;
    qint64 scansAdded = 0;
};

Run measure(int rows, const QString &dir) {
    Run run;
    const QString db = dir + QStringLiteral("/bench-%1.sqlite").arg(rows);
    auto database = openWorkspace(db);
    if (!database ||
        !OfficeScope(database.value()->connection()).configure(QStringLiteral("Cao Bằng"), QString())) {
        std::fprintf(stderr, "cannot create the database\n");
        return run;
    }
    const QString registerFile = dir + QStringLiteral("/register-%1.csv").arg(rows);
    const auto reg =
        test::writeProvinceRegister(database.value()->connection(), QStringLiteral("04"), rows, registerFile);
    const QString scansFile = dir + QStringLiteral("/scans-%1.csv").arg(rows);
    if (!reg || !test::writeScanExport(reg.value(), database.value()->connection(), rows, QDate(2021, 11, 12),
                                       scansFile)) {
        std::fprintf(stderr, "cannot write the files\n");
        return run;
    }
    QElapsedTimer timer;
    timer.start();
    const auto imported = RegistryImporter(database.value()->connection()).run(registerFile);
    run.registerSeconds = timer.nsecsElapsed() / 1e9;
    if (!imported || !imported->written) {
        std::fprintf(stderr, "register import failed: %s\n",
                     imported ? qPrintable(imported->problems.groups().value(0).toString())
                              : qPrintable(imported.error().toString()));
        return run;
    }
    run.added = imported->added;
    timer.restart();
    const auto scans = ScanImporter(database.value()->connection()).run(scansFile);
    run.scanSeconds = timer.nsecsElapsed() / 1e9;
    if (!scans || !scans->written)
        std::fprintf(stderr, "scan import failed\n");
    else
        run.scansAdded = scans->added;
    std::printf("  files: register %.1f MB, scans %.1f MB\n", QFileInfo(registerFile).size() / 1e6,
                QFileInfo(scansFile).size() / 1e6);
    return run;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    for (const QString &arg : app.arguments().mid(1))
        sizes.append(arg.toInt());
    if (sizes.isEmpty())
        sizes = {5677, 100000};
    QTemporaryDir dir;
    std::printf("register import benchmark (Cao Bằng, province-wide database)\n");
    std::printf("%10s %14s %18s %14s   %s\n", "rows", "register (s)", "baseline: scans (s)", "ratio",
                "stored");
    for (const int rows : std::as_const(sizes)) {
        const Run run = measure(rows, dir.path());
        std::printf("%10d %14.3f %18.3f %14.2f   %lld checkpoints, %lld scans\n", rows, run.registerSeconds,
                    run.scanSeconds, run.scanSeconds > 0 ? run.registerSeconds / run.scanSeconds : 0.0,
                    run.added, run.scansAdded);
    }
    std::printf(
        "targets: 5,677 rows <= 1 s; 100,000 rows <= 10 s (ratio: register import time / scan import time "
        "for a file of as many rows)\n");
    return 0;
}
