// SPDX-License-Identifier: GPL-3.0-or-later
#include "TabularTestSupport.h"
#include "tabular/HeaderDetector.h"

#include <QDate>
#include <QDateTime>
#include <QTemporaryDir>
#include <QTimeZone>

#ifdef CD_HAVE_XLSXWRITER
#include <xlsxwriter.h>
#endif

using namespace cd;
using namespace cd::tabular;
using cd::test::openPathOrFail;
using cd::test::readAll;
using cd::test::testData;

TEST_CASE("tabular: a hand-made workbook of inline strings in the 1904 date system", "[tabular][xlsx]") {
    auto reader = openPathOrFail(testData(QStringLiteral("tabular/inline-strings.xlsx")));
    REQUIRE(reader->format() == TableFormat::Xlsx);
    CHECK(reader->sheetNames() == QStringList{QStringLiteral("Điểm kiểm dịch")});
    const auto rows = readAll(*reader);
    REQUIRE(rows.size() == 4);

    CHECK(rows[0].line == 1);
    CHECK(rows[0].cells == QStringList{QStringLiteral("DANH SÁCH ĐIỂM KIỂM DỊCH")}); // merged A1:G1
    CHECK(rows[1].line == 3);
    CHECK(rows[1].cells.size() == 7);

    const Row &first = rows[2];
    CHECK(first.line == 4);
    CHECK(first.cells == QStringList{QStringLiteral("Xã Đăng Hà"), QStringLiteral("0912 345 678"),
                                     QStringLiteral("2021-01-01"), QStringLiteral("2021-01-01 07:30:00"),
                                     QStringLiteral("TRUE"), QStringLiteral("Ca đêm"),
                                     QStringLiteral("150000")});
    CHECK(first.value(2) == QVariant(QDate(2021, 1, 1)));
    CHECK(first.value(3) == QVariant(QDateTime(QDate(2021, 1, 1), QTime(7, 30), QTimeZone::utc())));
    CHECK(first.isDate(2));
    CHECK(first.isDate(3));
    CHECK_FALSE(first.isDate(6)); // "#,##0 "đ/ngày"" has a d and a y, but quoted
    CHECK(first.value(6) == QVariant(150000.0));
    CHECK(first.value(4) == QVariant(true));
    CHECK(first.value(0) == QVariant(QStringLiteral("Xã Đăng Hà")));
    CHECK(first.values.size() == first.cells.size());

    const Row &second = rows[3];
    CHECK(second.cells == QStringList{QStringLiteral("Thị trấn Đức Phong"), QStringLiteral("+84912345678"),
                                      QStringLiteral("1904-01-01"), QStringLiteral("#N/A"),
                                      QStringLiteral("FALSE"), QStringLiteral("dòng 1\ndòng 2")});
}

TEST_CASE("tabular: sparse rows keep their columns", "[tabular][xlsx]") {
    auto reader = openPathOrFail(testData(QStringLiteral("tabular/sparse.xlsx")));
    CHECK(reader->sheetNames() == QStringList{QStringLiteral("Ẩn"), QStringLiteral("Dữ liệu")});
    CHECK(reader->sheetName() == QStringLiteral("Dữ liệu")); // the first one is hidden
    const auto rows = readAll(*reader);
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].cells == QStringList{QStringLiteral("Mã"), QStringLiteral("Tên điểm"), QStringLiteral("Xã"),
                                       QStringLiteral("Ghi chú")});
    CHECK(rows[1].line == 3);
    CHECK(rows[1].cells ==
          QStringList{QString(), QStringLiteral("Chốt Minh Hưng"), QString(), QStringLiteral("12.5")});
    CHECK(rows[1].value(3) == QVariant(12.5));
    CHECK(rows[1].value(0).typeId() == QMetaType::QString); // an empty cell's value is its (empty) text
    CHECK(rows[2].line == 7);                               // row 4 only has empty cells
    CHECK(rows[2].cells == QStringList{QStringLiteral("7"), QStringLiteral("0.1"), QStringLiteral("Bù Đăng"),
                                       QString(), QString(), QStringLiteral("3")});
    CHECK(rows[3].line == 8); // a row without a number follows the previous one
    CHECK(rows[3].cells == QStringList{QStringLiteral("1234567890123")});

    SECTION("a sheet is chosen by name, ignoring case and diacritics") {
        TableOptions options;
        options.sheet = QStringLiteral("AN");
        auto hidden = openPathOrFail(testData(QStringLiteral("tabular/sparse.xlsx")), options);
        CHECK(hidden->sheetName() == QStringLiteral("Ẩn"));
        CHECK(readAll(*hidden).front().cells == QStringList{QStringLiteral("ẩn")});
    }
    SECTION("an unknown sheet is an error listing the sheets") {
        TableOptions options;
        options.sheet = QStringLiteral("Sheet9");
        auto missing = openTable(testData(QStringLiteral("tabular/sparse.xlsx")), options);
        REQUIRE_FALSE(missing.ok());
        CHECK(missing.error().file.endsWith(QStringLiteral("sparse.xlsx")));
        CHECK(missing.error().message.contains(QStringLiteral("Sheet9")));
        CHECK(missing.error().message.contains(QStringLiteral("Dữ liệu")));
    }
}

#ifdef CD_HAVE_XLSXWRITER

namespace {

lxw_datetime dateTime(int year, int month, int day, int hour = 0, int minute = 0, double second = 0) {
    return lxw_datetime{year, month, day, hour, minute, second};
}

// The shape of real district exports: banner rows with a merged title, headers with notes, shared strings,
// numbers, dates, a formula with a text result and rich text; a second sheet.
QString writeRegistryWorkbook(const QTemporaryDir &dir) {
    const QString path = dir.filePath(QStringLiteral("so-y-te.xlsx"));
    lxw_workbook *workbook = workbook_new(path.toUtf8().constData());
    REQUIRE(workbook);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Danh sách điểm");
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "dd/mm/yyyy");
    lxw_format *stamp = workbook_add_format(workbook);
    format_set_num_format(stamp, "dd/mm/yyyy hh:mm:ss");
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);

    worksheet_merge_range(sheet, 0, 0, 0, 6, "SỞ Y TẾ TỈNH BÌNH PHƯỚC", bold);
    worksheet_write_string(sheet, 1, 0, "DANH SÁCH ĐIỂM KIỂM DỊCH", nullptr);
    const char *headers[] = {"STT",
                             "Tên điểm kiểm dịch (*)",
                             "Số điện thoại",
                             "Ngày lập (dd/mm/yyyy)",
                             "Thời điểm kiểm tra",
                             "Số lượt",
                             "Xã"};
    for (int column = 0; column < 7; ++column)
        worksheet_write_string(sheet, 3, lxw_col_t(column), headers[column], bold);

    worksheet_write_number(sheet, 4, 0, 1, nullptr);
    worksheet_write_string(sheet, 4, 1, "Chốt Đăng Hà", nullptr);
    worksheet_write_string(sheet, 4, 2, "0912 345 678", nullptr);
    lxw_datetime day = dateTime(2021, 8, 24);
    worksheet_write_datetime(sheet, 4, 3, &day, date);
    lxw_datetime time = dateTime(2021, 8, 24, 7, 30);
    worksheet_write_datetime(sheet, 4, 4, &time, stamp);
    worksheet_write_number(sheet, 4, 5, 120, nullptr);
    worksheet_write_formula_str(sheet, 4, 6, "=\"Xã \"&\"Đăng Hà\"", nullptr, "Xã Đăng Hà");

    worksheet_write_number(sheet, 5, 0, 2, nullptr);
    lxw_rich_string_tuple plain = {nullptr, const_cast<char *>("Chốt ")};
    lxw_rich_string_tuple strong = {bold, const_cast<char *>("Đức Phong")};
    lxw_rich_string_tuple *rich[] = {&plain, &strong, nullptr};
    worksheet_write_rich_string(sheet, 5, 1, rich, nullptr);
    worksheet_write_string(sheet, 5, 2, "+84912345678", nullptr);
    lxw_datetime day2 = dateTime(2021, 9, 1);
    worksheet_write_datetime(sheet, 5, 3, &day2, date);
    lxw_datetime time2 = dateTime(2021, 9, 1, 18, 45, 30);
    worksheet_write_datetime(sheet, 5, 4, &time2, stamp);
    worksheet_write_number(sheet, 5, 5, 85.5, nullptr);
    worksheet_write_string(sheet, 5, 6, "Thị trấn Đức Phong", nullptr);

    lxw_worksheet *summary = workbook_add_worksheet(workbook, "Thống kê");
    worksheet_write_string(summary, 0, 0, "Tổng", nullptr);
    worksheet_write_number(summary, 0, 1, 2, nullptr);
    REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);
    return path;
}

} // namespace

TEST_CASE("tabular: a workbook written by libxlsxwriter", "[tabular][xlsx]") {
    QTemporaryDir dir;
    const QString path = writeRegistryWorkbook(dir);
    auto reader = openPathOrFail(path);
    CHECK(reader->sheetNames() == QStringList{QStringLiteral("Danh sách điểm"), QStringLiteral("Thống kê")});
    CHECK(reader->sheetName() == QStringLiteral("Danh sách điểm"));

    SECTION("rows, with dates as dates") {
        const auto rows = readAll(*reader);
        REQUIRE(rows.size() == 5);
        CHECK(rows[0].cells == QStringList{QStringLiteral("SỞ Y TẾ TỈNH BÌNH PHƯỚC")});
        CHECK(rows[1].line == 2);
        CHECK(rows[2].line == 4);
        const Row &first = rows[3];
        CHECK(first.line == 5);
        CHECK(first.cells == QStringList{QStringLiteral("1"), QStringLiteral("Chốt Đăng Hà"),
                                         QStringLiteral("0912 345 678"), QStringLiteral("2021-08-24"),
                                         QStringLiteral("2021-08-24 07:30:00"), QStringLiteral("120"),
                                         QStringLiteral("Xã Đăng Hà")});
        CHECK(first.value(0) == QVariant(1.0));
        CHECK(first.value(3).typeId() == QMetaType::QDate);
        CHECK(first.value(3).toDate() == QDate(2021, 8, 24));
        CHECK(first.value(4).typeId() == QMetaType::QDateTime);
        CHECK(first.value(4).toDateTime() == QDateTime(QDate(2021, 8, 24), QTime(7, 30), QTimeZone::utc()));
        const Row &second = rows[4];
        CHECK(second.cells == QStringList{QStringLiteral("2"), QStringLiteral("Chốt Đức Phong"),
                                          QStringLiteral("+84912345678"), QStringLiteral("2021-09-01"),
                                          QStringLiteral("2021-09-01 18:45:30"), QStringLiteral("85.5"),
                                          QStringLiteral("Thị trấn Đức Phong")});
    }
    SECTION("the header is found below the banner") {
        const QList<FieldSpec> fields = {
            {QStringLiteral("name"),
             {QStringLiteral("Tên điểm kiểm dịch"), QStringLiteral("Tên điểm")},
             true},
            {QStringLiteral("phone"), {QStringLiteral("Số điện thoại"), QStringLiteral("SĐT")}, true},
            {QStringLiteral("since"), {QStringLiteral("Ngày lập")}, false},
            {QStringLiteral("commune"), {QStringLiteral("Xã"), QStringLiteral("Xã/Phường")}, false},
        };
        auto mapping = detectHeader(*reader, fields);
        REQUIRE(mapping.ok());
        CHECK(mapping->headerLine == 4);
        CHECK(mapping->column(QStringLiteral("name")) == 1);
        CHECK(mapping->column(QStringLiteral("since")) == 3);
        CHECK(mapping->column(QStringLiteral("commune")) == 6);
        CHECK(mapping->unmappedHeaders == QStringList{QStringLiteral("STT"),
                                                      QStringLiteral("Thời điểm kiểm tra"),
                                                      QStringLiteral("Số lượt")});
        Row row;
        REQUIRE(*reader->next(row));
        CHECK(row.line == 5);
        CHECK(mapping->value(row, QStringLiteral("since")) == QVariant(QDate(2021, 8, 24)));
    }
    SECTION("the second sheet, by a name typed without diacritics") {
        TableOptions options;
        options.sheet = QStringLiteral("thong ke");
        auto summary = openPathOrFail(path, options);
        CHECK(summary->sheetName() == QStringLiteral("Thống kê"));
        const auto rows = readAll(*summary);
        REQUIRE(rows.size() == 1);
        CHECK(rows[0].cells == QStringList{QStringLiteral("Tổng"), QStringLiteral("2")});
    }
}

#endif
