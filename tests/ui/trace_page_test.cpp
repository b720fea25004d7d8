// SPDX-License-Identifier: GPL-3.0-or-later
#include "../core/trace_planted.h"
#include "TestSupport.h"

#include "Workspace.h"
#include "demo/DemoDatabase.h"
#include "scans/ScanImport.h"
#include "tabular/OpenTable.h"
#include "trace/SheetTableModel.h"
#include "trace/TraceExportDialog.h"
#include "trace/TraceJob.h"
#include "trace/TracePage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFileInfo>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>

using namespace cd;

namespace {

QSet<QString> column(const ui::SheetTableModel *model, const QString &key) {
    QSet<QString> values;
    const int c = model->columnOf(key);
    for (int row = 0; row < model->rowCount(); ++row)
        values.insert(model->index(row, c).data().toString());
    return values;
}

// Every value of a column of an exported sheet, read back with the program's own XLSX reader.
QStringList sheetColumn(const QString &path, const QString &sheet, const QString &heading) {
    auto reader = tabular::openTable(path, {sheet, {}});
    REQUIRE(reader.ok());
    tabular::Row row;
    REQUIRE(reader.value()->next(row).value());
    const qsizetype c = row.cells.indexOf(heading);
    REQUIRE(c >= 0);
    QStringList values;
    while (reader.value()->next(row).value())
        values << row.cell(c);
    return values;
}

} // namespace

TEST_CASE("the tracing page finds the case, their contacts and exports them", "[ui][trace]") {
    auto db = test::demoWorkspace();
    QTemporaryDir dir;
    const test::PlantedTrace planted = test::plantTrace(*db, dir.path());
    REQUIRE(ScanImporter(db->connection()).run(planted.csv).value().written);

    ui::TracePage page(*db);
    QAbstractItemModelTester contactsTester(page.contactsModel(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester timelineTester(page.timelineModel(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setPeriod(planted.day.addDays(-14), planted.day);
    page.search(QStringLiteral("+84 912 345 678")); // guessed to be a phone
    REQUIRE(page.result().has_value());
    CHECK(column(page.contactsModel(), QStringLiteral("name")) ==
          QSet<QString>(planted.contacts.cbegin(), planted.contacts.cend()));
    // On screen phones are in full.
    CHECK(column(page.contactsModel(), QStringLiteral("phone")).contains(QStringLiteral("0987000001")));
    CHECK(page.timelineModel()->rowCount() == 7);
    CHECK(page.sitesModel()->rowCount() == 5);
    CHECK(
        page.tabs()->tabText(ui::TracePage::ContactsTab).contains(QString::number(planted.contacts.size())));
    CHECK(page.auditModel()->rowCount() == 1);

    // A name shared by two people: the pick list, then the one chosen.
    page.search(QStringLiteral("ly ca"));
    REQUIRE(page.candidates().size() == 2);
    const int chosen = page.candidates()[0].name == QStringLiteral("Lý Ca Sáng") ? 0 : 1;
    page.traceCandidate(chosen);
    REQUIRE(page.result().has_value());
    CHECK(page.result()->person.name == QStringLiteral("Lý Ca Sáng"));
    CHECK(column(page.contactsModel(), QStringLiteral("name")).contains(QStringLiteral("Nguyễn Văn Ca")));
    // The list of the two people is in the log, then the trace of the one chosen.
    CHECK(page.auditModel()->rowCount() == 3);

    // Exports: masked unless confirmed.
    page.search(planted.casePhone, trace::QueryKind::Phone);
    const QString masked = dir.filePath(QStringLiteral("masked.xlsx"));
    REQUIRE(page.exportTo(masked, trace::ExportFormat::Xlsx, trace::Phones::Masked).ok());
    const QStringList maskedPhones = sheetColumn(masked, QStringLiteral("Contacts"), QStringLiteral("Phone"));
    REQUIRE(maskedPhones.size() == planted.contacts.size());
    for (const QString &phone : maskedPhones)
        CHECK(phone.contains(u'*'));
    const QString full = dir.filePath(QStringLiteral("full.xlsx"));
    REQUIRE(page.exportTo(full, trace::ExportFormat::Xlsx, trace::Phones::Full).ok());
    CHECK(sheetColumn(full, QStringLiteral("Contacts"), QStringLiteral("Phone"))
              .contains(QStringLiteral("0987000001")));
    const auto csv = page.exportTo(dir.filePath(QStringLiteral("trace.csv")), trace::ExportFormat::Csv,
                                   trace::Phones::Masked);
    REQUIRE(csv.ok());
    REQUIRE(csv->size() == 3);
    CHECK(QString::fromUtf8(test::readFile(csv->at(1))).count(QStringLiteral("\r\n")) ==
          planted.contacts.size() + 1);
    const QString pdf = dir.filePath(QStringLiteral("brief.pdf"));
    REQUIRE(page.exportTo(pdf, trace::ExportFormat::Pdf, trace::Phones::Masked).ok());
    CHECK(test::readFile(pdf).startsWith("%PDF"));

    // Exporting again asks before replacing the three CSVs (the file dialog asked about none of them).
    QStringList asked;
    bool replace = false;
    page.setConfirmer([&](const QString &, const QString &question) {
        asked << question;
        return replace;
    });
    const QString timeline = csv->at(0);
    test::writeFile(timeline, "kept");
    page.exportAsking(dir.filePath(QStringLiteral("trace.csv")), trace::ExportFormat::Csv,
                      trace::Phones::Masked);
    REQUIRE(asked.size() == 1);
    CHECK(asked[0].contains(QStringLiteral("trace-timeline.csv")));
    CHECK(asked[0].contains(QStringLiteral("trace-sites.csv")));
    CHECK(test::readFile(timeline) == "kept");
    replace = true;
    page.exportAsking(dir.filePath(QStringLiteral("trace.csv")), trace::ExportFormat::Csv,
                      trace::Phones::Masked);
    CHECK(asked.size() == 2);
    CHECK(test::readFile(timeline) != "kept");
    // A new name asks nothing.
    page.exportAsking(dir.filePath(QStringLiteral("other.csv")), trace::ExportFormat::Csv,
                      trace::Phones::Masked);
    CHECK(asked.size() == 2);
    CHECK(QFileInfo::exists(dir.filePath(QStringLiteral("other-contacts.csv"))));

    ui::TraceExportDialog dialog;
    CHECK_FALSE(dialog.fullPhonesBox()->isChecked());
    CHECK(dialog.phones() == trace::Phones::Masked);
    dialog.fullPhonesBox()->setChecked(true);
    CHECK(dialog.phones() == trace::Phones::Full);
}

TEST_CASE("the trace runs off the UI thread on a database file", "[ui][trace]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.sqlite"));
    auto opened = openWorkspace(path);
    REQUIRE(opened.ok());
    Database &db = *opened.value();
    REQUIRE(DemoDatabase::populate(db.connection()).ok());
    const test::PlantedTrace planted = test::plantTrace(db, dir.path());
    REQUIRE(ScanImporter(db.connection()).run(planted.csv).value().written);

    ui::TracePage page(db);
    QSignalSpy traced(page.job(), &ui::TraceJob::traced);
    page.setPeriod(planted.day, planted.day);
    page.search(QStringLiteral("912345678"));
    CHECK_FALSE(page.result().has_value()); // not yet: on its thread
    REQUIRE(traced.wait(10000));
    REQUIRE(page.result().has_value());
    CHECK(page.result()->contacts.size() == planted.contacts.size());
    CHECK(page.auditModel()->rowCount() == 1);

    QSignalSpy failed(page.job(), &ui::TraceJob::failed);
    page.search(QStringLiteral("0999 999 999"));
    REQUIRE(failed.wait(10000));
    CHECK(failed.first().first().toString().contains(QStringLiteral("0999 999 999")));
}
