// SPDX-License-Identifier: GPL-3.0-or-later
// Grabs the scan-imports page and the import dialog offscreen, to look at them as a user would. Hidden: run
// with
//   ui_tests "[.screenshot]"
// The PNGs go to $CD_SCREENSHOT_DIR (default: the system's temporary folder).
#include "TestSupport.h"
#include "preview_wait.h"

#include "Theme.h"
#include "demo/ScanGenerator.h"
#include "registry/CheckpointDialog.h"
#include "registry/CheckpointRegistry.h"
#include "scans/CheckpointPickerDialog.h"
#include "scans/ImportScansDialog.h"
#include "scans/ImportsPage.h"
#include "scans/ScanFileResultView.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>

using namespace cd;

namespace {

QString shot(const QString &name) {
    const QString dir = qEnvironmentVariable("CD_SCREENSHOT_DIR", QDir::tempPath());
    return QDir(dir).filePath(name);
}

} // namespace

TEST_CASE("screenshots of the scan imports", "[.screenshot]") {
    ui::applyTheme(*qobject_cast<QApplication *>(QCoreApplication::instance()));
    QTemporaryDir dir;
    auto db = test::demoWorkspace();
    const QString good = dir.filePath(QStringLiteral("quet-thang-9.csv"));
    ScanGenerator generator(db->connection(), 9);
    REQUIRE(
        generator.write(good, 3000, [&] { return generator.random(QDate(2021, 9, 1), QDate(2021, 9, 30)); })
            .ok());
    // A second file with an unreadable time and checkpoints the register does not have.
    QByteArray bad = test::readFile(good);
    bad.replace(QByteArrayLiteral("/09/2021 0"), QByteArrayLiteral("/09/2021 2"));
    const QList<QByteArray> lines = bad.split('\n');
    QByteArray edited;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (i > 0 && i % 97 == 0 && line.contains("25396-")) {
            line.replace(QByteArrayLiteral("25396-"), QByteArrayLiteral("99999-"));
            line.replace(QByteArrayLiteral("Thị trấn Đức Phong"), QByteArrayLiteral("Khu phố 5 Đức Phong"));
        }
        edited += line + '\n';
    }
    const QString second = dir.filePath(QStringLiteral("quet-loi.csv"));
    test::writeFile(second, edited);

    ui::ImportsPage page(*db);
    page.resize(1100, 620);
    page.show();
    QCoreApplication::processEvents();
    page.grab().save(shot(QStringLiteral("scans-page.png")));

    ui::ImportScansDialog dialog(*db);
    dialog.setFiles({good, second});
    test::previewRead(dialog);
    dialog.show();
    QCoreApplication::processEvents();
    dialog.grab().save(shot(QStringLiteral("scans-dialog-preview.png")));

    dialog.setSkipInvalid(true);
    QSignalSpy finished(&dialog, &ui::ImportScansDialog::importFinished);
    dialog.startImport();
    REQUIRE(finished.count() == 1); // in memory: imported on this thread
    QCoreApplication::processEvents();
    dialog.grab().save(shot(QStringLiteral("scans-dialog-result-1.png")));
    auto *tabs = dialog.findChild<QTabWidget *>();
    REQUIRE(tabs);
    tabs->setCurrentIndex(1);
    QCoreApplication::processEvents();
    dialog.grab().save(shot(QStringLiteral("scans-dialog-result-2.png")));

    // Map the first unknown place to a registered checkpoint: the picker, then the table with it mapped.
    QTableWidget *unknown = dialog.resultView(1)->unknownTable();
    REQUIRE(unknown->rowCount() > 0);
    const QString label = unknown->item(0, 0)->text();
    ui::CheckpointPickerDialog picker(label, CheckpointRegistry(db->connection()).list());
    picker.show();
    QCoreApplication::processEvents();
    picker.grab().save(shot(QStringLiteral("scans-map-picker.png")));
    REQUIRE(dialog.mapCheckpoint(label, picker.chosenCode()).ok());
    unknown->selectRow(0);
    QCoreApplication::processEvents();
    dialog.grab().save(shot(QStringLiteral("scans-dialog-mapped.png")));

    emit dialog.resultView(1)->addCheckpointRequested(QStringLiteral("Quán cà phê Gió Núi mới"));
    QCoreApplication::processEvents();
    auto *add = dialog.findChild<ui::CheckpointDialog *>();
    REQUIRE(add);
    add->grab().save(shot(QStringLiteral("scans-add-checkpoint.png")));
    add->reject();

    page.reload();
    QCoreApplication::processEvents();
    page.grab().save(shot(QStringLiteral("scans-page-after.png")));
}
