// SPDX-License-Identifier: GPL-3.0-or-later
// Grabs the contact-tracing page offscreen, to look at it as a user would. Hidden: run with
//   ui_tests "[.screenshot]"
// The PNGs go to $CD_SCREENSHOT_DIR (default: the system's temporary folder).
#include "../core/trace_planted.h"
#include "TestSupport.h"

#include "Theme.h"
#include "scans/ScanImport.h"
#include "trace/TraceExportDialog.h"
#include "trace/TracePage.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
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
    for (int tab : {ui::TracePage::TimelineTab, ui::TracePage::ContactsTab, ui::TracePage::SitesTab,
                    ui::TracePage::AuditTab}) {
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
