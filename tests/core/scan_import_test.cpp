// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "database/SqlQuery.h"
#include "demo/DemoDatabase.h"
#include "registry/CheckpointRegistry.h"
#include "scans/PersonKey.h"
#include "scans/ScanImport.h"
#include "scans/ScanTime.h"

#include <QStringEncoder>

#include <xlsxwriter.h>

using namespace cd;

namespace {

const qint64 kNow = 1700000000; // 14/11/2023

qint64 at(int y, int mo, int d, int h, int mi, int s) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC).toSecsSinceEpoch() -
           scantime::kVietnamOffsetSeconds;
}

qint64 scalar(const Database &db, const QString &statement) {
    return sql::scalar(db.connection(), statement).value().toLongLong();
}

// The same six scans in the shapes real exports take.
struct ScanFixture {
    QString time;
    QString code;
    QString name;
    QString phone;
};
const QVector<ScanFixture> kScans{
    {QStringLiteral("24/08/2021 07:30:05"), QStringLiteral("25426-001"), QStringLiteral("Nguyễn Văn An"),
     QStringLiteral("0912345678")},
    {QStringLiteral("24/08/2021 07:45:00"), QStringLiteral("25426-001"), QStringLiteral("Trần Thị Bình"),
     QStringLiteral("+84 987 654 321")},
    {QStringLiteral("24/08/2021 08:00:00"), QStringLiteral("25420-001"), QStringLiteral("Nguyễn Văn An"),
     QStringLiteral("84912345678")},
    {QStringLiteral("23/08/2021 16:10:59"), QStringLiteral("25396-002"), QStringLiteral("Lê Hoài Nam"),
     QStringLiteral("912345679")},
    {QStringLiteral("01/01/2021 00:00:01"), QStringLiteral("25396-002"), QStringLiteral("Lê Hoài Nam"),
     QStringLiteral("0912345679")},
    {QStringLiteral("31/12/2019 23:59:59"), QStringLiteral("25396-003"), QStringLiteral("Phạm Thu Hà"),
     QStringLiteral("0912 345 680")},
};

QString csv(QChar delimiter, bool isoTimes) {
    QStringList lines{QStringLiteral("DANH SÁCH QUÉT MÃ QR"),
                      QStringList{QStringLiteral("Thời gian"), QStringLiteral("Mã điểm"),
                                  QStringLiteral("Họ và tên"), QStringLiteral("Số điện thoại")}
                          .join(delimiter)};
    for (const ScanFixture &scan : kScans) {
        QString time = scan.time;
        const auto parsed = scantime::parse(scan.time, kNow);
        if (isoTimes && parsed) // 24/08/2021 07:30:05 -> 2021-08-24T00:30:05Z
            time = QDateTime::fromSecsSinceEpoch(parsed.value(), Qt::UTC).toString(Qt::ISODate);
        lines << QStringList{time, scan.code, scan.name, scan.phone}.join(delimiter);
    }
    return lines.join(QStringLiteral("\r\n"));
}

void writeXlsx(const QString &path) {
    lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, nullptr);
    lxw_format *dateTime = workbook_add_format(workbook);
    format_set_num_format(dateTime, "dd/mm/yyyy hh:mm:ss");
    worksheet_merge_range(sheet, 0, 0, 0, 3, "DANH SÁCH QUÉT MÃ QR", nullptr);
    worksheet_write_string(sheet, 1, 0, "Từ ngày 01/01/2021", nullptr);
    const char *headers[] = {"Thời gian quét", "Mã điểm kiểm dịch", "Họ tên", "SĐT"};
    for (int c = 0; c < 4; ++c)
        worksheet_write_string(sheet, 3, lxw_col_t(c), headers[c], nullptr);
    for (int r = 0; r < kScans.size(); ++r) {
        const QDateTime local = QDateTime::fromString(kScans[r].time, QStringLiteral("dd/MM/yyyy HH:mm:ss"));
        lxw_datetime when{local.date().year(), local.date().month(),  local.date().day(),
                          local.time().hour(), local.time().minute(), double(local.time().second())};
        worksheet_write_datetime(sheet, lxw_row_t(4 + r), 0, &when, dateTime);
        worksheet_write_string(sheet, lxw_row_t(4 + r), 1, kScans[r].code.toUtf8().constData(), nullptr);
        worksheet_write_string(sheet, lxw_row_t(4 + r), 2, kScans[r].name.toUtf8().constData(), nullptr);
        worksheet_write_string(sheet, lxw_row_t(4 + r), 3, kScans[r].phone.toUtf8().constData(), nullptr);
    }
    REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);
}

QStringList storedScans(const Database &db) {
    QStringList rows;
    auto query = sql::exec(db.connection(),
                           QStringLiteral("SELECT c.code, s.scanned_at, s.person_key FROM scans s "
                                          "JOIN checkpoints c ON c.id = s.checkpoint_id ORDER BY 1, 2, 3"));
    while (query.value().next())
        rows << QStringLiteral("%1|%2|%3")
                    .arg(query.value().value(0).toString(), query.value().value(1).toString(),
                         query.value().value(2).toString());
    return rows;
}

std::unique_ptr<Database> registerOnly() {
    // The demo's register, without its scans: the tests count what they import.
    auto db = test::demoWorkspace();
    REQUIRE(sql::exec(db->connection(), QStringLiteral("DELETE FROM daily_counts")).ok());
    REQUIRE(sql::exec(db->connection(), QStringLiteral("DELETE FROM scans")).ok());
    REQUIRE(sql::exec(db->connection(), QStringLiteral("DELETE FROM imports")).ok());
    return db;
}

} // namespace

TEST_CASE("scan times are read in every shape exports write them, as Vietnam time", "[scans]") {
    const qint64 expected = at(2021, 8, 24, 7, 30, 5);
    for (const QString &written :
         {QStringLiteral("24/08/2021 07:30:05"), QStringLiteral("24-08-2021 07:30:05"),
          QStringLiteral("2021-08-24 07:30:05"), QStringLiteral("2021-08-24T07:30:05+07:00"),
          QStringLiteral("2021-08-24T00:30:05Z"), QStringLiteral("2021-08-24T00:30:05.250Z"),
          QStringLiteral(" 24/8/2021 7:30:05 ")}) {
        INFO(written.toStdString());
        CHECK(scantime::parse(written, kNow).value() == expected);
    }
    CHECK(scantime::parse(QStringLiteral("24/08/2021 07:30"), kNow).value() == at(2021, 8, 24, 7, 30, 0));
    // Vietnam's calendar day: 23:30 on the 24th in Vietnam is 16:30 UTC, still the 24th.
    CHECK(scantime::dayToDate(scantime::vietnamDay(at(2021, 8, 24, 23, 30, 0))) == QDate(2021, 8, 24));
    CHECK(scantime::dayToDate(scantime::vietnamDay(at(2021, 8, 25, 0, 30, 0))) == QDate(2021, 8, 25));

    CHECK(scantime::parse(QStringLiteral("24/08/2021"), kNow)
              .error()
              .message.contains(QStringLiteral("no time")));
    CHECK(scantime::parse(QStringLiteral("24/08/2031 07:00:00"), kNow)
              .error()
              .message.contains(QStringLiteral("future")));
    CHECK(scantime::parse(QStringLiteral("31/12/2019 23:00:00"), kNow)
              .error()
              .message.contains(QStringLiteral("2020")));
    CHECK_FALSE(scantime::parse(QStringLiteral("31/02/2021 07:00:00"), kNow).ok());
    CHECK_FALSE(scantime::parse(QStringLiteral("hôm qua"), kNow).ok());
}

TEST_CASE("one person written four ways is one person", "[scans]") {
    QStringList keys;
    for (const QString &phone : {QStringLiteral("0912345678"), QStringLiteral("+84912345678"),
                                 QStringLiteral("84 912 345 678"), QStringLiteral("912345678")})
        keys << personKey(phone, {}, QStringLiteral("An")).value().key;
    keys.removeDuplicates();
    CHECK(keys == QStringList{QStringLiteral("p:0912345678")});
    CHECK(personKey({}, QStringLiteral("079 123 456 789"), {}).value().key ==
          QStringLiteral("i:079123456789"));
    CHECK(personKey({}, {}, QStringLiteral("Nguyễn  Văn AN")).value().key ==
          personKey({}, {}, QStringLiteral("nguyễn văn an")).value().key);
    CHECK(personKey({}, {}, {}).error().field == QStringLiteral("person"));
}

TEST_CASE("exports in several shapes give the same stored scans and re-imports add nothing", "[scans]") {
    QTemporaryDir dir;
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    const QString semicolon = dir.filePath(QStringLiteral("semicolon.csv"));
    const QString tabs = dir.filePath(QStringLiteral("utf16-tabs.csv"));
    const QString iso = dir.filePath(QStringLiteral("iso.csv"));
    const QString xlsx = dir.filePath(QStringLiteral("scans.xlsx"));
    test::writeFile(semicolon, "\xEF\xBB\xBF" + csv(u';', false).toUtf8());
    test::writeFile(tabs, QByteArray(utf16(csv(u'\t', false))));
    test::writeFile(iso, csv(u',', true).toUtf8());
    writeXlsx(xlsx);

    QStringList expected;
    for (const QString &path : {semicolon, tabs, iso, xlsx}) {
        INFO(path.toStdString());
        auto db = registerOnly();
        ScanImportOptions options;
        options.now = kNow;
        options.skipInvalid = true; // the 2020 scan is refused with its reason
        const auto report = ScanImporter(db->connection()).run(path, options);
        REQUIRE(report.ok());
        CHECK(report->rowsRead == 6);
        CHECK(report->added == 5);
        REQUIRE(report->rejected == 1);
        CHECK(report->rejectedRows.first().field == QStringLiteral("time"));
        const QStringList stored = storedScans(*db);
        if (expected.isEmpty())
            expected = stored;
        CHECK(stored == expected);
        // One person (0912345678) at two places: one key.
        CHECK(stored.filter(QStringLiteral("p:0912345678")).size() == 2);

        // Again, and overlapping: nothing new.
        const auto again = ScanImporter(db->connection()).run(path, options);
        REQUIRE(again.ok());
        CHECK(again->added == 0);
        CHECK(again->duplicates == 5);
        CHECK_FALSE(again->previousImport.isEmpty());
        CHECK(storedScans(*db) == expected);
        CHECK(scalar(*db, QStringLiteral("SELECT sum(scans) FROM daily_counts")) == 5);
    }
}

TEST_CASE("a file with a rejected row writes nothing and names the row", "[scans]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scans.csv"));
    test::writeFile(path, csv(u',', false).toUtf8());
    auto db = registerOnly();
    ScanImportOptions options;
    options.now = kNow;
    const auto report = ScanImporter(db->connection()).run(path, options);
    REQUIRE(report.ok());
    CHECK_FALSE(report->written);
    REQUIRE(report->rejectedRows.size() == 1);
    CHECK(report->rejectedRows.first().line == 8);
    CHECK(report->rejectedRows.first().reason.contains(QStringLiteral("2020")));
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM scans")) == 0);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM imports")) == 0);
}

TEST_CASE("unknown checkpoints are grouped in the report", "[scans]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scans.csv"));
    test::writeFile(path, QStringLiteral("Thời gian,Mã điểm,SĐT\n"
                                         "24/08/2021 07:00,25426-001,0912345678\n"
                                         "24/08/2021 07:01,BD-999,0912345678\n"
                                         "24/08/2021 07:02,BD-999,0912345679\n"
                                         "24/08/2021 07:03,XX-1,0912345679\n")
                              .toUtf8());
    auto db = registerOnly();
    ScanImportOptions options;
    options.now = kNow;
    const auto report = ScanImporter(db->connection()).run(path, options);
    REQUIRE(report.ok());
    CHECK(report->unknownCheckpoints.value(QStringLiteral("BD-999")) == 2);
    CHECK(report->unknownCheckpoints.value(QStringLiteral("XX-1")) == 1);
    CHECK(report->rejected == 3);
}

TEST_CASE("after the demo import, daily counts per commune equal the annex", "[scans][demo]") {
    auto db = test::demoWorkspace();
    const qint64 from = scantime::dateToDay(DemoDatabase::kAnnexFrom);
    const qint64 to = scantime::dateToDay(DemoDatabase::kAnnexAsOf);
    qint64 total = 0;
    for (const AnnexRow &row : DemoDatabase::annex()) {
        auto sum = sql::scalar(
            db->connection(),
            QStringLiteral("SELECT coalesce(sum(d.scans), 0) FROM daily_counts d JOIN checkpoints c "
                           "ON c.id = d.checkpoint_id WHERE c.commune_code = ? AND d.day BETWEEN ? AND ?"),
            {row.code, from, to});
        INFO(row.nameAsPrinted.toStdString());
        CHECK(sum.value().toLongLong() == row.scans);
        total += sum.value().toLongLong();
    }
    CHECK(total == 8832);
    // The counts agree with the scans they summarise, and the year goes on after the annex.
    CHECK(scalar(*db, QStringLiteral("SELECT sum(scans) FROM daily_counts")) ==
          scalar(*db, QStringLiteral("SELECT count(*) FROM scans")));
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM scans")) > 8832);
}

namespace {

// Three scans, as a UTF-8 export with one time column writes them: the twin every other shape must equal.
const QString kTwin = QStringLiteral("Thời gian quét;Mã điểm;Họ và tên;Số điện thoại\r\n"
                                     "24/08/2021 07:30:05;25426-001;Nguyễn Văn An;0912345678\r\n"
                                     "24/08/2021 07:45:00;25426-001;Trần Thị Bình;+84 987 654 321\r\n"
                                     "24/08/2021 08:00:00;25420-001;Lê Hoài Nam;84912345678\r\n");
// The same text as Excel on a Vietnamese Windows saves it (Windows-1258), made with Python's cp1258 codec.
const QByteArray kTwinWindows1258 = QByteArray::fromHex(
    "5468f5cc69206769616e207175e9743b4d61de20f069ead26d3b486ff22076e02074ea6e3b53f4ec20f069eaf26e2074686f61f2"
    "690d0a32342f30382f323032312030373a33303a30353b32353432362d3030313b4e677579eade6e2056e36e20416e3b30393132"
    "3334353637380d0a32342f30382f323032312030373a34353a30303b32353432362d3030313b5472e2cc6e20546869f2204269cc"
    "6e683b2b38342039383720363534203332310d0a32342f30382f323032312030383a30303a30303b32353432302d3030313b4cea"
    "20486fe069204e616d3b38343931323334353637380d0a");

struct Stored {
    QStringList scans;
    QStringList names;
};

Stored importInto(const QString &path, const ScanImportOptions &options = {}) {
    auto db = registerOnly();
    const auto report = ScanImporter(db->connection()).run(path, options);
    if (!report)
        FAIL(report.error().toString().toStdString());
    INFO((report->problems.groups().isEmpty() ? QString() : report->problems.groups().first().toString())
             .toStdString());
    CHECK(report->written);
    CHECK(report->rejected == 0);
    Stored stored{storedScans(*db), {}};
    auto names = sql::exec(db->connection(), QStringLiteral("SELECT person_name FROM scans ORDER BY 1"));
    while (names.value().next())
        stored.names << names.value().value(0).toString();
    return stored;
}

QString twinAs(const QString &name, const QByteArray &bytes) {
    static QTemporaryDir dir;
    const QString path = dir.filePath(name);
    test::writeFile(path, bytes);
    return path;
}

} // namespace

TEST_CASE(
    "scan exports in other encodings, column layouts and date orders store the same scans as their twin",
    "[scans][intake]") {
    const Stored twin = importInto(twinAs(QStringLiteral("twin.csv"), kTwin.toUtf8()));
    REQUIRE(twin.scans.size() == 3);
    REQUIRE(twin.names.contains(QStringLiteral("Trần Thị Bình")));

    SECTION("UTF-16 LE, tab-separated, date and time in two columns") {
        QString text = QStringLiteral("Ngày quét\tGiờ quét\tMã điểm\tHọ và tên\tSố điện thoại\r\n"
                                      "24/08/2021\t07:30:05\t25426-001\tNguyễn Văn An\t0912345678\r\n"
                                      "24/08/2021\t07:45\t25426-001\tTrần Thị Bình\t+84 987 654 321\r\n"
                                      "24/08/2021\t8h00\t25420-001\tLê Hoài Nam\t84912345678\r\n");
        QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        const Stored other = importInto(twinAs(QStringLiteral("utf16.txt"), encoder.encode(text)));
        CHECK(other.scans == twin.scans);
        CHECK(other.names == twin.names);
    }
    SECTION("UTF-16 BE without a byte-order mark") {
        QStringEncoder encoder(QStringConverter::Utf16BE);
        const Stored other = importInto(twinAs(QStringLiteral("utf16be.csv"), encoder.encode(kTwin)));
        CHECK(other.scans == twin.scans);
    }
    SECTION("Windows-1258, tone marks apart") {
        const Stored other = importInto(twinAs(QStringLiteral("cp1258.csv"), kTwinWindows1258));
        CHECK(other.scans == twin.scans);
        CHECK(other.names == twin.names);
    }
    SECTION("month first, which the file's values show") {
        QString text = kTwin;
        text.replace(QStringLiteral("24/08/2021"), QStringLiteral("08/24/2021"));
        auto db = registerOnly();
        const auto report =
            ScanImporter(db->connection()).run(twinAs(QStringLiteral("us.csv"), text.toUtf8()));
        REQUIRE(report.ok());
        CHECK(report->dateOrder == intake::DateOrder::MonthFirst);
        CHECK(report->notices.join(u' ').contains(QStringLiteral("month first")));
        CHECK(storedScans(*db) == twin.scans);
    }
    SECTION("time first, dashes, and the pipe as delimiter") {
        QString text = kTwin;
        text.replace(u';', u'|');
        text.replace(QStringLiteral("24/08/2021 07:30:05"), QStringLiteral("07:30:05 24-08-2021"));
        text.replace(QStringLiteral("24/08/2021 07:45:00"), QStringLiteral("2021-08-24T00:45:00Z"));
        text.replace(QStringLiteral("24/08/2021 08:00:00"), QStringLiteral("44432.3333333333"));
        const Stored other = importInto(twinAs(QStringLiteral("pipe.csv"), text.toUtf8()));
        CHECK(other.scans == twin.scans);
    }
    SECTION("Excel date cells and time cells in two columns") {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cells.xlsx"));
        lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, nullptr);
        lxw_format *day = workbook_add_format(workbook);
        format_set_num_format(day, "dd/mm/yyyy");
        lxw_format *clock = workbook_add_format(workbook);
        format_set_num_format(clock, "hh:mm:ss");
        const char *headers[] = {"Ngày", "Giờ", "Mã điểm", "Họ và tên", "SĐT"};
        for (int c = 0; c < 5; ++c)
            worksheet_write_string(sheet, 0, lxw_col_t(c), headers[c], nullptr);
        const struct {
            int h, m, s;
            const char *code, *name, *phone;
        } rows[] = {{7, 30, 5, "25426-001", "Nguyễn Văn An", "0912345678"},
                    {7, 45, 0, "25426-001", "Trần Thị Bình", "+84 987 654 321"},
                    {8, 0, 0, "25420-001", "Lê Hoài Nam", "84912345678"}};
        for (int r = 0; r < 3; ++r) {
            lxw_datetime date{2021, 8, 24, 0, 0, 0};
            worksheet_write_datetime(sheet, lxw_row_t(r + 1), 0, &date, day);
            // The second row's time as a bare fraction of a day, as a sheet without formats has it.
            if (r == 1) {
                worksheet_write_number(sheet, lxw_row_t(r + 1), 1, (7 * 3600 + 45 * 60) / 86400.0, nullptr);
            } else {
                lxw_datetime time{0, 0, 0, rows[r].h, rows[r].m, double(rows[r].s)};
                worksheet_write_datetime(sheet, lxw_row_t(r + 1), 1, &time, clock);
            }
            worksheet_write_string(sheet, lxw_row_t(r + 1), 2, rows[r].code, nullptr);
            worksheet_write_string(sheet, lxw_row_t(r + 1), 3, rows[r].name, nullptr);
            worksheet_write_string(sheet, lxw_row_t(r + 1), 4, rows[r].phone, nullptr);
        }
        REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);
        const Stored other = importInto(path);
        CHECK(other.scans == twin.scans);
        CHECK(other.names == twin.names);
    }
}

TEST_CASE("a scan export written both day first and month first is refused, naming lines of each",
          "[scans][intake]") {
    auto db = registerOnly();
    const QString text = QStringLiteral("Thời gian;Mã điểm;SĐT\n"
                                        "24/08/2021 07:30;25426-001;0912345678\n"
                                        "08/25/2021 07:30;25426-001;0912345678\n"
                                        "08/26/2021 07:30;25426-001;0912345678\n");
    const auto refused =
        ScanImporter(db->connection()).run(twinAs(QStringLiteral("both.csv"), text.toUtf8()));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("day first on line 2")));
    CHECK(refused.error().message.contains(QStringLiteral("month first on lines 3, 4")));
    CHECK(storedScans(*db).isEmpty());
    // Told the order, it imports, and the rows of the other order are refused one by one.
    ScanImportOptions options;
    options.dateOrder = intake::DateOrder::MonthFirst;
    options.skipInvalid = true;
    const auto forced =
        ScanImporter(db->connection()).run(twinAs(QStringLiteral("both.csv"), text.toUtf8()), options);
    REQUIRE(forced.ok());
    CHECK(forced->added == 2);
    CHECK(forced->rejected == 1);
}

TEST_CASE("a scan export whose dates could be either way is read day first, and says so", "[scans][intake]") {
    auto db = registerOnly();
    const QString text = QStringLiteral("Thời gian;Mã điểm;SĐT\n03/08/2021 07:30;25426-001;0912345678\n");
    const auto report =
        ScanImporter(db->connection()).run(twinAs(QStringLiteral("either.csv"), text.toUtf8()));
    REQUIRE(report.ok());
    CHECK(report->notices.join(u' ').contains(QStringLiteral("dd/MM/yyyy")));
    CHECK(storedScans(*db).first().contains(QString::number(at(2021, 8, 3, 7, 30, 0))));
}

TEST_CASE("a time column that holds only the date takes its time from the hour column", "[scans][intake]") {
    const Stored twin = importInto(twinAs(QStringLiteral("twin2.csv"), kTwin.toUtf8()));
    QString text = QStringLiteral("Thời gian;Giờ;Mã điểm;Họ và tên;Số điện thoại\r\n"
                                  "24/08/2021;07:30:05;25426-001;Nguyễn Văn An;0912345678\r\n"
                                  "24/08/2021;07:45;25426-001;Trần Thị Bình;+84 987 654 321\r\n"
                                  "24/08/2021;8:00:00 SA;25420-001;Lê Hoài Nam;84912345678\r\n");
    const Stored other = importInto(twinAs(QStringLiteral("date-in-time.csv"), text.toUtf8()));
    CHECK(other.scans == twin.scans);
}
