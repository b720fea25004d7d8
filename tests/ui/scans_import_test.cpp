// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "preview_wait.h"

#include "Workspace.h"
#include "common/VietnameseText.h"
#include "demo/DemoDatabase.h"
#include "demo/ScanGenerator.h"
#include "import/MappingPreview.h"
#include "import/ProblemGroupsView.h"
#include "registry/CheckpointRegistry.h"
#include "scans/CheckpointPickerDialog.h"
#include "scans/ImportScansDialog.h"
#include "scans/ImportsModel.h"
#include "scans/ImportsPage.h"
#include "scans/ScanFileResultView.h"
#include "scans/ScanQueries.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QUrl>

using namespace cd;

namespace {

const QDate kFrom(2021, 9, 1);
const QDate kTo(2021, 12, 31);

QString quoted(QString cell) {
    return QLatin1Char('"') + cell.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// A scan export over the demo register after the demo's own scans; `badTimeRow` (0-based), when set, has
// a time no one can read.
QString writeScans(const Database &db, const QString &path, int rows, int badTimeRow = -1) {
    ScanGenerator generator(db.connection(), 77);
    QStringList lines{ScanGenerator::headers().join(QLatin1Char(','))};
    for (int index = 0; index < rows; ++index) {
        QStringList cells = generator.cells(generator.random(kFrom, kTo), index);
        if (index == badTimeRow)
            cells[1] = QStringLiteral("31/02/2021 25:61");
        for (QString &cell : cells)
            cell = quoted(cell);
        lines << cells.join(QLatin1Char(','));
    }
    test::writeFile(path, lines.join(QLatin1Char('\n')).toUtf8());
    return path;
}

qint64 storedScans(const Database &db) {
    const auto scans =
        ScanQueries(db.connection()).scans(QString(), QDate(2020, 1, 1), QDate(2030, 1, 1), 10000000);
    REQUIRE(scans.ok());
    return scans->size();
}

// Waits without a nested event loop in the code under test: the test spins events until the signal came.
bool waitFor(QSignalSpy &spy, int count = 1, int timeoutMs = 60000) {
    QElapsedTimer timer;
    timer.start();
    while (spy.count() < count && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return spy.count() >= count;
}

} // namespace

TEST_CASE("the scans dialog imports a file, then recognises it", "[ui][scans]") {
    QTemporaryDir dir;
    auto db = test::demoWorkspace();
    const QString path = writeScans(*db, dir.filePath(QStringLiteral("luot-quet.csv")), 500);
    ui::ImportsPage page(*db);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int importsBefore = page.model()->rowCount();
    const qint64 scansBefore = storedScans(*db);

    ui::ImportScansDialog dialog(*db);
    dialog.setFiles({path});
    REQUIRE(test::previewRead(dialog));
    CHECK(dialog.errorText().isEmpty());
    CHECK(dialog.preview()->missingRequiredFields().isEmpty());
    CHECK(dialog.preview()->fieldAt(1) == QStringLiteral("time"));
    QSignalSpy finished(&dialog, &ui::ImportScansDialog::importFinished);
    dialog.startImport();
    REQUIRE(waitFor(finished));
    REQUIRE(dialog.outcomes().size() == 1);
    const auto &first = dialog.outcomes()[0].result;
    REQUIRE(first.ok());
    CHECK(first->rowsRead == 500);
    CHECK(first->rejected == 0);
    CHECK(first->written);
    CHECK(first->added > 0);
    CHECK(first->added + first->duplicates == 500);
    CHECK(first->previousImport.isEmpty());
    CHECK(storedScans(*db) == scansBefore + first->added);
    page.reload();
    CHECK(page.model()->rowCount() == importsBefore + 1);
    const int last = page.model()->rowCount() - 1;
    CHECK(page.model()->data(page.model()->index(last, ui::ImportsModel::FileColumn)).toString() ==
          QStringLiteral("luot-quet.csv"));
    CHECK(page.model()->data(page.model()->index(last, ui::ImportsModel::RowsColumn)).toString() ==
          QStringLiteral("500"));

    ui::ImportScansDialog again(*db);
    again.setFiles({path});
    REQUIRE(test::previewRead(again));
    QSignalSpy finishedAgain(&again, &ui::ImportScansDialog::importFinished);
    again.startImport();
    REQUIRE(waitFor(finishedAgain));
    const auto &second = again.outcomes()[0].result;
    REQUIRE(second.ok());
    CHECK(second->added == 0);
    CHECK(second->duplicates == 500);
    CHECK_FALSE(second->previousImport.isEmpty());
    CHECK(storedScans(*db) == scansBefore + first->added);
}

TEST_CASE("a file with a bad row stores nothing unless invalid rows are skipped", "[ui][scans]") {
    QTemporaryDir dir;
    auto db = test::demoWorkspace();
    const QString path = writeScans(*db, dir.filePath(QStringLiteral("sai-gio.csv")), 50, 9);
    const qint64 scansBefore = storedScans(*db);

    ui::ImportScansDialog dialog(*db);
    dialog.setFiles({path});
    REQUIRE(test::previewRead(dialog));
    dialog.setSkipInvalid(false);
    QSignalSpy finished(&dialog, &ui::ImportScansDialog::importFinished);
    dialog.startImport();
    REQUIRE(waitFor(finished));
    const auto &report = dialog.outcomes()[0].result;
    REQUIRE(report.ok());
    CHECK_FALSE(report->written);
    CHECK(report->rejected == 1);
    REQUIRE(report->rejectedRows.size() == 1);
    CHECK(report->rejectedRows[0].line == 11); // the header is line 1
    CHECK(storedScans(*db) == scansBefore);
    ui::ProblemGroupsView *rejected = dialog.resultView(0)->problems();
    REQUIRE(rejected->rowCount() == 1);
    CHECK(rejected->item(0, ui::ProblemGroupsView::LinesColumn)->text() == QStringLiteral("line 11"));
    CHECK_FALSE(dialog.wroteAnything());
}

TEST_CASE("dropped files are filtered to CSV and Excel", "[ui][scans]") {
    const QStringList files =
        ui::ImportsPage::importableFiles({QUrl::fromLocalFile(QStringLiteral("/tmp/a.csv")),
                                          QUrl::fromLocalFile(QStringLiteral("/tmp/b.XLSX")),
                                          QUrl::fromLocalFile(QStringLiteral("/tmp/c.pdf")),
                                          QUrl(QStringLiteral("https://example.org/d.csv"))});
    CHECK(files == QStringList{QStringLiteral("/tmp/a.csv"), QStringLiteral("/tmp/b.XLSX")});
    CHECK(ui::ImportsModel::fileSize(1234567) == QStringLiteral("1,2 MB"));
    CHECK(ui::ImportsModel::fileSize(999) == QStringLiteral("999 B"));
}

TEST_CASE("the result view lists unknown checkpoints with their counts", "[ui][scans]") {
    ScanImportReport report;
    report.file = QStringLiteral("a.csv");
    report.rowsRead = 12;
    report.added = 7;
    report.rejected = 5;
    report.written = true;
    report.previousImport = QStringLiteral("01/09/2021 08:00");
    report.unknownCheckpoints = {{QStringLiteral("Quán mới"), 3}, {QStringLiteral("Chợ Đức Phong"), 2}};
    ui::ScanFileOutcome outcome;
    outcome.path = QStringLiteral("/tmp/a.csv");
    outcome.result = report;
    ui::ScanFileResultView view;
    view.setOutcome(outcome);
    QTableWidget *unknown = view.unknownTable();
    REQUIRE(unknown->rowCount() == 2);
    CHECK(unknown->item(0, 0)->text() == QStringLiteral("Chợ Đức Phong"));
    CHECK(unknown->item(0, 1)->text() == QStringLiteral("2"));
    CHECK(unknown->item(1, 1)->text() == QStringLiteral("3"));
    CHECK_FALSE(view.addCheckpointButton()->isEnabled());
    QSignalSpy requested(&view, &ui::ScanFileResultView::addCheckpointRequested);
    unknown->selectRow(1);
    REQUIRE(view.addCheckpointButton()->isEnabled());
    view.addCheckpointButton()->click();
    REQUIRE(requested.count() == 1);
    CHECK(requested.at(0).at(0).toString() == QStringLiteral("Quán mới"));
    CHECK(ui::ScanFileResultView::summary(report) ==
          QStringLiteral("a.csv: 12 rows read, 7 added, 0 duplicates, 5 rejected."));
}

TEST_CASE("cancelling a long import on a database file stores nothing", "[ui][scans]") {
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("demo.sqlite"));
    auto db = openWorkspace(dbPath);
    REQUIRE(db.ok());
    REQUIRE(DemoDatabase::populate(db.value()->connection()).ok());
    Database &database = *db.value();
    const QString path = dir.filePath(QStringLiteral("lon.csv"));
    ScanGenerator generator(database.connection(), 5);
    REQUIRE(generator.write(path, 200000, [&] { return generator.random(kFrom, kTo); }).ok());
    const qint64 scansBefore = storedScans(database);
    const qint64 importsBefore = ScanQueries(database.connection()).imports().size();

    ui::ImportScansDialog dialog(database);
    dialog.setFiles({path, path});
    REQUIRE(test::previewRead(dialog));
    QSignalSpy finished(&dialog, &ui::ImportScansDialog::importFinished);
    QSignalSpy progress(&dialog, &ui::ImportScansDialog::importProgress);
    dialog.startImport();
    CHECK(dialog.isRunning());
    // Cancel once the first file is being read, so that there is something to roll back.
    REQUIRE(waitFor(progress));
    dialog.cancelImport();
    REQUIRE(waitFor(finished));
    CHECK_FALSE(dialog.isRunning());
    // The second file is skipped once the first is cancelled.
    REQUIRE(dialog.outcomes().size() == 1);
    const auto &report = dialog.outcomes()[0].result;
    REQUIRE(report.ok());
    CHECK(report->cancelled);
    CHECK_FALSE(report->written);
    CHECK(report->rowsRead < 200000);
    CHECK(storedScans(database) == scansBefore);
    CHECK(ScanQueries(database.connection()).imports().size() == importsBefore);
}

TEST_CASE("an unknown place is mapped to a registered checkpoint from the result page, then imports",
          "[ui][scans][aliases]") {
    QTemporaryDir dir;
    auto db = test::demoWorkspace();
    const QString path = dir.filePath(QStringLiteral("cho-tam.csv"));
    test::writeFile(path, QStringLiteral("Thời gian,Địa điểm,Xã,SĐT\n"
                                         "02/09/2021 07:00,Chợ tạm Minh Hưng,Minh Hưng,0912345678\n"
                                         "02/09/2021 07:10,Chợ tạm Minh Hưng,Minh Hưng,0987654321\n"
                                         "02/09/2021 07:20,Chợ tạm Minh Hưng,Minh Hưng,0987654322\n")
                              .toUtf8());
    const qint64 scansBefore = storedScans(*db);

    ui::ImportScansDialog dialog(*db);
    dialog.setFiles({path});
    REQUIRE(test::previewRead(dialog));
    QSignalSpy finished(&dialog, &ui::ImportScansDialog::importFinished);
    dialog.startImport();
    REQUIRE(waitFor(finished));
    REQUIRE(dialog.outcomes().size() == 1);
    CHECK_FALSE(dialog.outcomes()[0].result->written);
    CHECK(dialog.importAgainButton()->isVisibleTo(&dialog));
    ui::ScanFileResultView *view = dialog.resultView(0);
    QTableWidget *unknown = view->unknownTable();
    REQUIRE(unknown->rowCount() == 1);
    const QString label = unknown->item(0, 0)->text();
    CHECK(label == QStringLiteral("Chợ tạm Minh Hưng · Minh Hưng"));
    CHECK(unknown->item(0, 1)->text() == QStringLiteral("3"));

    // The map button asks for the label of the selected row.
    QSignalSpy mapRequested(view, &ui::ScanFileResultView::mapCheckpointRequested);
    unknown->selectRow(0);
    REQUIRE(view->mapCheckpointButton()->isEnabled());
    CHECK_FALSE(dialog.mapCheckpoint(label, QStringLiteral("NO-SUCH")).ok());

    // The picker offers the register, the market of that commune among the first, and filters by
    // words without diacritics.
    ui::CheckpointPickerDialog picker(label, CheckpointRegistry(db->connection()).list());
    picker.filter()->setText(QStringLiteral("cho minh hung"));
    const QString chosen = picker.chosenCode();
    REQUIRE_FALSE(chosen.isEmpty());
    const Checkpoint market = CheckpointRegistry(db->connection()).byCode(chosen).value();
    CHECK(text::foldKey(market.name).contains(QStringLiteral("cho")));
    CHECK(market.communeName.contains(QStringLiteral("Minh Hưng")));

    REQUIRE(dialog.mapCheckpoint(label, chosen).ok());
    CHECK(unknown->item(0, 2)->text().startsWith(chosen));
    dialog.importAgain();
    REQUIRE(waitFor(finished, 2));
    REQUIRE(dialog.outcomes().size() == 1);
    const auto &again = dialog.outcomes()[0].result;
    REQUIRE(again.ok());
    CHECK(again->written);
    CHECK(again->added == 3);
    CHECK(again->unknownCheckpoints.isEmpty());
    CHECK(storedScans(*db) == scansBefore + 3);
    CHECK_FALSE(dialog.importAgainButton()->isVisibleTo(&dialog));
}

TEST_CASE("the scan import dialog reads dates in the order chosen, and remembers confirmed columns",
          "[ui][scans][intake]") {
    QTemporaryDir dir;
    auto db = test::demoWorkspace();
    const QString path = dir.filePath(QStringLiteral("thang.csv"));
    test::writeFile(path, "Ngày;Lúc;Mã điểm;SĐT\n03/08/2021;07:30;25426-001;0911111111\n");
    ui::ImportScansDialog dialog(*db);
    dialog.setFiles({path});
    REQUIRE(test::previewRead(dialog));
    CHECK(dialog.preview()->fieldAt(1).isEmpty()); // "Lúc" is no header the import knows
    REQUIRE(dialog.preview()->setFieldAt(1, QStringLiteral("clock")));
    dialog.setDateOrder(intake::DateOrder::MonthFirst);
    QSignalSpy finished(&dialog, &ui::ImportScansDialog::importFinished);
    dialog.startImport();
    REQUIRE(waitFor(finished));
    const auto &report = dialog.outcomes()[0].result;
    REQUIRE(report.ok());
    CHECK(report->added == 1);
    CHECK(report->dateOrder == intake::DateOrder::MonthFirst);
    const auto scans = ScanQueries(db->connection())
                           .scans(QStringLiteral("25426-001"), QDate(2021, 3, 8), QDate(2021, 3, 8), 10);
    REQUIRE(scans.ok());
    CHECK(scans->size() == 1);

    ui::ImportScansDialog next(*db);
    next.setFiles({path});
    REQUIRE(test::previewRead(next));
    CHECK(next.usesRememberedMapping());
    CHECK(next.preview()->fieldAt(1) == QStringLiteral("clock"));
}

TEST_CASE("the scans dialog reads its preview off the UI thread, and another file supersedes it",
          "[ui][scans]") {
    QTemporaryDir dir;
    auto db = test::demoWorkspace();
    const QString csv = writeScans(*db, dir.filePath(QStringLiteral("luot-quet.csv")), 50);
    const QString xlsx =
        test::testData(QStringLiteral("intake/scans-xlsx-cells-and-serials/scans-datetime-cells.xlsx"));
    ui::ImportScansDialog dialog(*db);
    QPushButton *import = test::importButton(dialog);
    REQUIRE(import);
    QSignalSpy read(&dialog, &ui::ImportScansDialog::previewRead);

    dialog.setFiles({xlsx});
    // Not read when setFiles() returns: a thread reads it while the dialog's event loop runs.
    CHECK(dialog.isReadingPreview());
    CHECK(dialog.preview()->isReading());
    CHECK(dialog.preview()->columnCount() == 0);
    CHECK_FALSE(import->isEnabled());
    dialog.startImport(); // nothing to import with yet
    CHECK_FALSE(dialog.isRunning());
    REQUIRE(read.wait(20000));
    CHECK(read.size() == 1);
    CHECK_FALSE(dialog.isReadingPreview());
    CHECK_FALSE(dialog.preview()->isReading());
    CHECK(dialog.errorText().isEmpty());
    CHECK(dialog.preview()->columnCount() > 0);
    CHECK(dialog.preview()->missingRequiredFields().isEmpty());
    CHECK(import->isEnabled());

    // A file chosen while another is read: its preview is the one shown, once.
    dialog.setFiles({xlsx});
    dialog.setFiles({csv});
    CHECK(dialog.isReadingPreview());
    REQUIRE(read.wait(20000));
    CHECK(read.size() == 2);
    REQUIRE(dialog.preview()->columnCount() == ScanGenerator::headers().size());
    CHECK(dialog.preview()->horizontalHeaderItem(0)->text() == ScanGenerator::headers().first());
    CHECK(dialog.preview()->fieldAt(1) == QStringLiteral("time"));
    CHECK(import->isEnabled());
    QCoreApplication::processEvents();
    CHECK(read.size() == 2);

    // An unreadable file: the reason, and no import.
    dialog.setFiles({dir.filePath(QStringLiteral("missing.xlsx"))});
    REQUIRE(read.wait(20000));
    CHECK_FALSE(dialog.errorText().isEmpty());
    CHECK_FALSE(dialog.preview()->isReading());
    CHECK_FALSE(import->isEnabled());
}
