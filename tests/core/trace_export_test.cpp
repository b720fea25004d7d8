// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "trace_planted.h"

#include "scans/ScanImport.h"
#include "tabular/OpenTable.h"
#include "trace/ContactTracer.h"
#include "trace/PersonSearch.h"
#include "trace/TraceExport.h"

#include <QRegularExpression>

using namespace cd;
using namespace cd::trace;

namespace {

// The rows of one sheet (or CSV) as read back by the program's own reader, header first.
QVector<QStringList> readBack(const QString &path, const QString &sheet = {}) {
    auto reader = tabular::openTable(path, {sheet, {}});
    REQUIRE(reader.ok());
    QVector<QStringList> rows;
    tabular::Row row;
    while (reader.value()->next(row).value())
        rows << row.cells;
    return rows;
}

QStringList columnOf(const QVector<QStringList> &rows, const QString &heading) {
    REQUIRE_FALSE(rows.isEmpty());
    const qsizetype c = rows.first().indexOf(heading);
    REQUIRE(c >= 0);
    QStringList values;
    for (qsizetype r = 1; r < rows.size(); ++r)
        values << rows[r].value(c);
    return values;
}

int pageCount(const QByteArray &pdf) {
    const auto match = QRegularExpression(QStringLiteral("/Count (\\d+)")).match(QString::fromLatin1(pdf));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

} // namespace

TEST_CASE("trace exports: a workbook, three CSV files and the PDF brief", "[trace]") {
    auto db = test::demoWorkspace();
    QTemporaryDir dir;
    const test::PlantedTrace planted = test::plantTrace(*db, dir.path());
    REQUIRE(ScanImporter(db->connection()).run(planted.csv).value().written);
    const Person person =
        PersonSearch(db->connection()).find(QueryKind::Phone, planted.casePhone).value().first();
    TraceOptions options;
    options.from = planted.day.addDays(-14);
    options.to = planted.day;
    const TraceResult result = ContactTracer(db->connection()).trace(person, options).value();
    const qsizetype contacts = planted.contacts.size();

    const QString workbook = dir.filePath(QStringLiteral("trace.xlsx"));
    REQUIRE(TraceExport::write(result, workbook, TraceExport::formatOf(workbook), Phones::Masked).ok());
    CHECK(readBack(workbook, QStringLiteral("Timeline")).size() == 1 + 7);
    const auto contactRows = readBack(workbook, QStringLiteral("Contacts"));
    REQUIRE(contactRows.size() == 1 + contacts);
    for (const QString &phone : columnOf(contactRows, QStringLiteral("Phone")))
        CHECK(phone.contains(u'*'));
    CHECK(columnOf(contactRows, QStringLiteral("Name")).first() == QStringLiteral("Phạm Hai Lần"));
    CHECK(readBack(workbook, QStringLiteral("Overlapping visits")).size() == 1 + contacts + 1);
    CHECK(readBack(workbook, QStringLiteral("Exposure sites")).size() == 1 + 5);

    const QString csv = dir.filePath(QStringLiteral("trace.csv"));
    const auto files = TraceExport::write(result, csv, ExportFormat::Csv, Phones::Full);
    REQUIRE(files.ok());
    REQUIRE(files->size() == 3);
    CHECK(files->at(1).endsWith(QStringLiteral("trace-contacts.csv")));
    const auto csvContacts = readBack(files->at(1));
    REQUIRE(csvContacts.size() == 1 + contacts);
    CHECK(csvContacts.first().first() == QStringLiteral("rank")); // CSV headers are the stable keys
    CHECK(columnOf(csvContacts, QStringLiteral("phone")).contains(QStringLiteral("0987000004")));
    CHECK(readBack(files->at(2)).size() == 1 + 5);

    const QString pdf = dir.filePath(QStringLiteral("brief.pdf"));
    BriefHeading heading = BriefHeading::forDatabase(db->connection());
    CHECK(heading.governingBody == QStringLiteral("UBND HUYỆN BÙ ĐĂNG"));
    CHECK(heading.place == QStringLiteral("Bù Đăng"));
    heading.date = planted.day;
    REQUIRE(TraceExport::write(result, pdf, ExportFormat::Pdf, Phones::Masked, heading).ok());
    const QByteArray bytes = test::readFile(pdf);
    CHECK(bytes.startsWith("%PDF"));
    // Long contact lists run onto more pages (their header repeated on each).
    TraceResult crowded = result;
    for (int copy = 0; copy < 12; ++copy)
        crowded.contacts += result.contacts;
    const QString longer = dir.filePath(QStringLiteral("crowded.pdf"));
    REQUIRE(TraceExport::write(crowded, longer, ExportFormat::Pdf, Phones::Masked, heading).ok());
    CHECK(pageCount(test::readFile(longer)) >= pageCount(bytes) + 3);

    CHECK_FALSE(TraceExport::write(result, dir.filePath(QStringLiteral("missing/dir/x.xlsx")),
                                   ExportFormat::Xlsx, Phones::Masked)
                    .ok());
}
