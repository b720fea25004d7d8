// SPDX-License-Identifier: GPL-3.0-or-later
// Grabs the contact-tracing page offscreen, to look at it as a user would. Hidden: run with
//   ui_tests "[.screenshot]"
// The PNGs go to $CD_SCREENSHOT_DIR (default: the system's temporary folder).
#include "../core/trace_planted.h"
#include "TestSupport.h"

#include "Theme.h"
#include "Workspace.h"
#include "demo/DemoDatabase.h"
#include "demo/ScanGenerator.h"
#include "jobs/Job.h"
#include "retention/Retention.h"
#include "scans/ScanImport.h"
#include "trace/TraceExportDialog.h"
#include "trace/TracePage.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QSignalSpy>
#include <QTabWidget>

using namespace cd;

namespace {

QString shot(const QString &name) {
    const QString dir = qEnvironmentVariable("CD_SCREENSHOT_DIR", QDir::tempPath());
    return QDir(dir).filePath(name);
}

void grab(QWidget &widget, const QString &name) {
    QCoreApplication::processEvents();
    widget.grab().save(shot(name));
}

} // namespace

TEST_CASE("screenshots of contact tracing", "[.screenshot]") {
    ui::applyTheme(*qobject_cast<QApplication *>(QCoreApplication::instance()));
    auto db = test::demoWorkspace();
    QTemporaryDir dir;
    const test::PlantedTrace planted = test::plantTrace(*db, dir.path());
    REQUIRE(ScanImporter(db->connection()).run(planted.csv).value().written);

    ui::TracePage page(*db);
    page.resize(1280, 820);
    page.show();
    grab(page, QStringLiteral("trace-empty.png"));

    page.setPeriod(planted.day.addDays(-3), planted.day);
    page.search(QStringLiteral("0912 345 678"));
    for (int tab : {ui::TracePage::TimelineTab, ui::TracePage::ContactsTab, ui::TracePage::SitesTab}) {
        page.tabs()->setCurrentIndex(tab);
        grab(page, QStringLiteral("trace-tab-%1.png").arg(tab));
    }
    page.tabs()->setCurrentIndex(ui::TracePage::TimelineTab);
    page.search(QStringLiteral("ly ca"));
    grab(page, QStringLiteral("trace-candidates.png"));

    // A person of the demo's own scans, over the demo's year.
    page.setPeriod(QDate(2021, 6, 25), QDate(2021, 7, 8));
    page.setWindowMinutes(90);
    page.search(QStringLiteral("0335 889 358"));
    grab(page, QStringLiteral("trace-demo.png"));

    ui::TraceExportDialog dialog;
    dialog.show();
    grab(dialog, QStringLiteral("trace-export-dialog.png"));
    page.exportTo(shot(QStringLiteral("trace-brief.pdf")), trace::ExportFormat::Pdf, trace::Phones::Masked);
    // A long brief: half a year and a wide window, so that tables run over pages.
    page.setPeriod(QDate(2021, 3, 1), QDate(2021, 8, 24));
    page.setWindowMinutes(600);
    page.search(QStringLiteral("0335 889 358"));
    page.exportTo(shot(QStringLiteral("trace-brief-long.pdf")), trace::ExportFormat::Pdf,
                  trace::Phones::Masked);
}

TEST_CASE("screenshots of a search running, cancelled, and of purged days", "[.screenshot]") {
    ui::applyTheme(*qobject_cast<QApplication *>(QCoreApplication::instance()));
    QTemporaryDir dir;
    auto opened = openWorkspace(dir.filePath(QStringLiteral("office.sqlite")));
    REQUIRE(opened.ok());
    Database &db = *opened.value();
    REQUIRE(DemoDatabase::populate(db.connection()).ok());
    const test::PlantedTrace planted = test::plantTrace(db, dir.path());
    REQUIRE(ScanImporter(db.connection()).run(planted.csv).value().written);
    const QDate from = planted.day.addDays(-13);
    ScanGenerator generator(db.connection(), 12);
    const QString many = dir.filePath(QStringLiteral("many.csv"));
    REQUIRE(generator.write(many, 100000, [&] { return generator.random(from, planted.day); }).ok());
    REQUIRE(ScanImporter(db.connection()).run(many).value().written);

    ui::TracePage page(db);
    page.resize(1280, 820);
    page.show();
    QSignalSpy finished(page.job(), &ui::Job::finished);
    page.setPeriod(from, planted.day);
    page.search(QStringLiteral("nguyen"), trace::QueryKind::Name);
    page.grab().save(shot(QStringLiteral("trace-searching.png"))); // at once: the search still runs
    page.cancelSearch();
    REQUIRE(finished.wait(20000));
    grab(page, QStringLiteral("trace-cancelled.png"));

    REQUIRE(Retention(db).purgeBefore(planted.day.addDays(-3), 28, false).ok());
    page.search(planted.casePhone, trace::QueryKind::Phone);
    REQUIRE(finished.wait(20000));
    grab(page, QStringLiteral("trace-purged.png"));
}
