// SPDX-License-Identifier: GPL-3.0-or-later
#include "../core/trace_planted.h"
#include "TestSupport.h"

#include "Workspace.h"
#include "audit/AuditLog.h"
#include "common/VnFormat.h"
#include "demo/DemoDatabase.h"
#include "demo/ScanGenerator.h"
#include "jobs/Job.h"
#include "posters/InlineMessage.h"
#include "retention/Retention.h"
#include "scans/ScanImport.h"
#include "tabular/OpenTable.h"
#include "trace/SheetTableModel.h"
#include "trace/TraceExportDialog.h"
#include "trace/TracePage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
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

// The audit log is the main window's to show; the page only writes to it.
qsizetype auditEntries(const Database &db) {
    const auto entries = audit::AuditLog(db.connection()).entries();
    REQUIRE(entries.ok());
    return entries->size();
}

// A database file (traces run on the page's job, off the UI thread) with the planted case in it.
struct FileWithTrace {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    test::PlantedTrace planted;

    FileWithTrace() {
        auto opened = openWorkspace(dir.filePath(QStringLiteral("office.sqlite")));
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        REQUIRE(DemoDatabase::populate(db->connection()).ok());
        planted = test::plantTrace(*db, dir.path());
        REQUIRE(ScanImporter(db->connection()).run(planted.csv).value().written);
    }
};

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
    CHECK(auditEntries(*db) == 1);

    // A name shared by two people: the pick list, then the one chosen.
    page.search(QStringLiteral("ly ca"));
    REQUIRE(page.candidates().size() == 2);
    const int chosen = page.candidates()[0].name == QStringLiteral("Lý Ca Sáng") ? 0 : 1;
    page.traceCandidate(chosen);
    REQUIRE(page.result().has_value());
    CHECK(page.result()->person.name == QStringLiteral("Lý Ca Sáng"));
    CHECK(column(page.contactsModel(), QStringLiteral("name")).contains(QStringLiteral("Nguyễn Văn Ca")));
    // The list of the two people is in the log, then the trace of the one chosen.
    CHECK(auditEntries(*db) == 3);

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
    FileWithTrace f;
    Database &db = *f.db;
    const test::PlantedTrace &planted = f.planted;

    ui::TracePage page(db);
    QSignalSpy finished(page.job(), &ui::Job::finished);
    page.setPeriod(planted.day, planted.day);
    page.search(QStringLiteral("912345678"));
    CHECK_FALSE(page.result().has_value()); // not yet: on its thread
    REQUIRE(finished.wait(10000));
    REQUIRE(page.result().has_value());
    CHECK(page.result()->contacts.size() == planted.contacts.size());
    CHECK(auditEntries(db) == 1);

    QSignalSpy failed(page.job(), &ui::Job::failed);
    page.search(QStringLiteral("0999 999 999"));
    REQUIRE(failed.wait(10000));
    CHECK(failed.first().first().toString().contains(QStringLiteral("0999 999 999")));
}

TEST_CASE("a name search can be cancelled from the page, which stays usable", "[ui][trace]") {
    FileWithTrace f;
    Database &db = *f.db;
    const test::PlantedTrace &planted = f.planted;
    QTemporaryDir &dir = f.dir;
    // Enough names in the period that the search reads for a while after the cancel is pressed.
    const QDate from = planted.day.addDays(-13);
    ScanGenerator generator(db.connection(), 12);
    const QString many = dir.filePath(QStringLiteral("many.csv"));
    REQUIRE(generator.write(many, 100000, [&] { return generator.random(from, planted.day); }).ok());
    REQUIRE(ScanImporter(db.connection()).run(many).value().written);
    const qsizetype logged = auditEntries(db);

    ui::TracePage page(db);
    auto *message = page.findChild<ui::InlineMessage *>();
    REQUIRE(message);
    QSignalSpy finished(page.job(), &ui::Job::finished);
    QSignalSpy cancelled(page.job(), &ui::Job::cancelled);
    page.setPeriod(from, planted.day);
    page.search(QStringLiteral("nguyen"), trace::QueryKind::Name);
    REQUIRE(page.isSearching());
    // The search button is the Cancel while it runs.
    CHECK(page.traceButton()->text() == QStringLiteral("Cancel"));
    CHECK(page.traceButton()->isEnabled());
    page.traceButton()->click();
    REQUIRE(finished.wait(20000));
    CHECK(cancelled.size() == 1);
    CHECK_FALSE(page.isSearching());
    CHECK(message->text().contains(QStringLiteral("cancelled")));
    CHECK_FALSE(message->isError());
    CHECK(page.candidates().isEmpty());
    CHECK_FALSE(page.result().has_value());
    CHECK(page.traceButton()->text() == QStringLiteral("Trace"));
    CHECK(page.traceButton()->isEnabled());
    // Nothing was shown, so nothing was logged.
    CHECK(auditEntries(db) == logged);

    // Still usable: the next search runs to its end.
    page.search(planted.casePhone, trace::QueryKind::Phone);
    REQUIRE(finished.wait(20000));
    REQUIRE(page.result().has_value());
    CHECK(page.result()->person.phone == planted.casePhone);
    CHECK(auditEntries(db) == logged + 1);
}

TEST_CASE("a new trace supersedes the one running: only its results are shown", "[ui][trace]") {
    FileWithTrace f;
    Database &db = *f.db;
    const test::PlantedTrace &planted = f.planted;

    ui::TracePage page(db);
    QSignalSpy finished(page.job(), &ui::Job::finished);
    page.setPeriod(planted.day.addDays(-14), planted.day);
    page.search(QStringLiteral("0999 999 999"), trace::QueryKind::Phone);
    page.search(planted.casePhone, trace::QueryKind::Phone);
    CHECK(finished.size() == 1); // the first, superseded
    CHECK(page.isSearching());
    REQUIRE(finished.wait(20000));
    REQUIRE(page.result().has_value());
    CHECK(page.result()->person.phone == planted.casePhone);
    CHECK_FALSE(page.findChild<ui::InlineMessage *>()->isError());
}

TEST_CASE("a trace reaching purged days says so, and export names never name the case", "[ui][trace]") {
    auto db = test::demoWorkspace();
    QTemporaryDir dir;
    const test::PlantedTrace planted = test::plantTrace(*db, dir.path());
    REQUIRE(ScanImporter(db->connection()).run(planted.csv).value().written);

    ui::TracePage page(*db);
    page.setPeriod(planted.day.addDays(-14), planted.day);
    page.search(planted.casePhone, trace::QueryKind::Phone);
    REQUIRE(page.result().has_value());
    CHECK(page.purgedNote()->isHidden());
    const QString name = page.defaultExportName(QStringLiteral("xlsx"));
    CHECK(name == QStringLiteral("truy-vet-%1-%2.xlsx")
                      .arg(planted.day.addDays(-14).toString(QStringLiteral("yyyyMMdd")),
                           planted.day.toString(QStringLiteral("yyyyMMdd"))));
    const trace::Person &person = page.result()->person;
    REQUIRE_FALSE(person.name.isEmpty());
    for (const QString &word : person.name.split(u' '))
        CHECK_FALSE(name.contains(word, Qt::CaseInsensitive));
    CHECK_FALSE(name.contains(QStringLiteral("345678")));
    CHECK_FALSE(name.contains(person.idNumber.right(6)));

    // The days before the case's week are purged: the page says the trace cannot see into them.
    REQUIRE(Retention(*db).purgeBefore(planted.day.addDays(-3), 28, false).ok());
    page.search(planted.casePhone, trace::QueryKind::Phone);
    REQUIRE(page.result().has_value());
    REQUIRE(page.result()->purgedBefore == planted.day.addDays(-3));
    CHECK_FALSE(page.purgedNote()->isHidden());
    CHECK(page.purgedNote()->text() ==
          trace::purgedPeriodNote(planted.day.addDays(-3), planted.day.addDays(-14), planted.day));
    CHECK(page.purgedNote()->text().contains(format::date(planted.day.addDays(-3))));

    // A period after the purge: no note.
    page.setPeriod(planted.day.addDays(-2), planted.day);
    page.search(planted.casePhone, trace::QueryKind::Phone);
    REQUIRE(page.result().has_value());
    CHECK(page.purgedNote()->isHidden());
}
