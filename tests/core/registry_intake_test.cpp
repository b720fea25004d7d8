// SPDX-License-Identifier: GPL-3.0-or-later
// Registers as offices keep them: report-shaped workbooks, free-text types, phones and units every way,
// no registration days.
#include "TestSupport.h"

#include "registry/CheckpointRegistry.h"
#include "registry/CheckpointTypes.h"
#include "registry/RegistryImport.h"
#include "stats/UnitStatistics.h"
#include "units/OfficeScope.h"

#include <QDir>

#include <xlsxwriter.h>

using namespace cd;

namespace {

Result<RegistryImportReport> importText(Database &db, const QString &text,
                                        const QString &name = QStringLiteral("so.csv"),
                                        RegistryImportOptions options = {}) {
    static QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(name);
    test::writeFile(path, text.toUtf8());
    return RegistryImporter(db.connection()).run(path, options);
}

Checkpoint byName(Database &db, const QString &name) {
    for (const Checkpoint &c : CheckpointRegistry(db.connection()).list()) {
        if (c.name == name)
            return c;
    }
    FAIL(QString(QStringLiteral("no checkpoint named ") + name).toStdString());
    return {};
}

// A register kept as a report, the way a district office's Excel file looks.
void writeReportWorkbook(const QString &path) {
    lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Danh sach");
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *day = workbook_add_format(workbook);
    format_set_num_format(day, "dd/mm/yyyy");
    worksheet_merge_range(sheet, 0, 0, 0, 6, "ỦY BAN NHÂN DÂN HUYỆN BÙ ĐĂNG", bold);
    worksheet_merge_range(sheet, 1, 0, 1, 6, "DANH SÁCH ĐIỂM KIỂM DỊCH TRÊN ĐỊA BÀN HUYỆN", bold);
    worksheet_merge_range(sheet, 3, 0, 4, 0, "STT", bold);
    worksheet_merge_range(sheet, 3, 1, 4, 1, "Tên điểm kiểm dịch", bold);
    worksheet_merge_range(sheet, 3, 2, 3, 3, "Địa bàn", bold);
    worksheet_write_string(sheet, 4, 2, "Xã", bold);
    worksheet_write_string(sheet, 4, 3, "Thôn", bold);
    worksheet_merge_range(sheet, 3, 4, 4, 4, "Loại hình", bold);
    worksheet_merge_range(sheet, 3, 5, 4, 5, "SĐT liên hệ", bold);
    worksheet_merge_range(sheet, 3, 6, 4, 6, "Ngày đăng ký", bold);
    for (int c = 0; c < 7; ++c)
        worksheet_write_string(sheet, 5, lxw_col_t(c), QStringLiteral("(%1)").arg(c + 1).toUtf8().constData(),
                               nullptr);
    worksheet_merge_range(sheet, 6, 0, 6, 6, "I. XÃ ĐĂNG HÀ", bold);
    const auto row = [&](int r, int stt, const char *name, const char *commune, const char *hamlet,
                         const char *type, const char *phone) {
        worksheet_write_number(sheet, lxw_row_t(r), 0, stt, nullptr);
        worksheet_write_string(sheet, lxw_row_t(r), 1, name, nullptr);
        if (*commune)
            worksheet_write_string(sheet, lxw_row_t(r), 2, commune, nullptr);
        worksheet_write_string(sheet, lxw_row_t(r), 3, hamlet, nullptr);
        worksheet_write_string(sheet, lxw_row_t(r), 4, type, nullptr);
        worksheet_write_string(sheet, lxw_row_t(r), 5, phone, nullptr);
    };
    row(7, 1, "Chợ Đăng Hà", "", "3", "Chợ", "0912 345 678");
    lxw_datetime registered{2021, 3, 5, 0, 0, 0};
    worksheet_write_datetime(sheet, 7, 6, &registered, day);
    row(8, 2, "Bến xe Đăng Hà", "", "Thôn 5", "Bến xe", "không có");
    // A blank row, then the next section.
    worksheet_merge_range(sheet, 10, 0, 10, 6, "II. THỊ TRẤN ĐỨC PHONG", bold);
    row(11, 3, "Siêu thị Co.op Đức Phong", "", "Khu phố 2", "Siêu thị", "0271 3870 123");
    row(12, 4, "Tạp hóa Hoa", "X. Bom Bo", "Sóc Bom Bo", "Cửa hàng tạp hóa", "0912345679 - 0987654321");
    worksheet_write_string(sheet, 13, 1, "Tổng cộng", bold);
    worksheet_write_number(sheet, 13, 5, 4, nullptr);
    worksheet_write_string(sheet, 15, 4, "Bù Đăng, ngày 24 tháng 8 năm 2021", nullptr);
    worksheet_write_string(sheet, 16, 1, "NGƯỜI LẬP BIỂU", bold);
    worksheet_write_string(sheet, 16, 4, "CHỦ TỊCH", bold);
    worksheet_write_string(sheet, 17, 1, "(Ký, ghi rõ họ tên)", nullptr);
    worksheet_write_string(sheet, 19, 1, "Nguyễn Văn An", nullptr);
    worksheet_write_string(sheet, 19, 4, "Trần Thị Bình", nullptr);
    REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);
}

} // namespace

TEST_CASE("a register kept as an Excel report imports its checkpoints and sets the rest aside",
          "[registry][intake]") {
    auto db = test::demoWorkspace();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bao-cao.xlsx"));
    writeReportWorkbook(path);
    const auto report = RegistryImporter(db->connection()).run(path);
    REQUIRE(report.ok());
    INFO((report->problems.groups().isEmpty() ? QString() : report->problems.groups().first().toString())
             .toStdString());
    CHECK(report->rejected.isEmpty());
    CHECK(report->written);
    CHECK(report->added == 4);

    QHash<intake::RowKind, QList<qint64>> skipped;
    for (const intake::SkippedRows &rows : report->skipped)
        skipped.insert(rows.kind, rows.lines);
    CHECK(skipped.value(intake::RowKind::ColumnNumbers) == QList<qint64>{6});
    CHECK(skipped.value(intake::RowKind::Section) == QList<qint64>{7, 11});
    CHECK(skipped.value(intake::RowKind::Totals) == QList<qint64>{14});
    CHECK(skipped.value(intake::RowKind::Signature) == QList<qint64>{16, 17, 18, 20});

    const Checkpoint market = byName(*db, QStringLiteral("Chợ Đăng Hà"));
    CHECK(market.communeCode == QStringLiteral("25426"));                         // from the section above it
    CHECK(market.address == QStringLiteral("Thôn 3, Xã Đăng Hà, Huyện Bù Đăng")); // "3" under "Thôn"
    CHECK(market.registeredOn == QDate(2021, 3, 5));                              // an Excel date cell
    CHECK(market.phone == QStringLiteral("0912345678"));
    const Checkpoint station = byName(*db, QStringLiteral("Bến xe Đăng Hà"));
    CHECK(station.typeName == QStringLiteral("Bến xe, bến tàu"));
    CHECK(station.phone.isEmpty());
    CHECK_FALSE(station.registeredOn.isValid());
    CHECK(station.address == QStringLiteral("Thôn 5, Xã Đăng Hà, Huyện Bù Đăng"));
    const Checkpoint shop = byName(*db, QStringLiteral("Siêu thị Co.op Đức Phong"));
    CHECK(shop.communeCode == QStringLiteral("25396"));
    CHECK(shop.phone == QStringLiteral("02713870123"));
    // The commune cell wins over the section; a second number goes to the description.
    const Checkpoint grocery = byName(*db, QStringLiteral("Tạp hóa Hoa"));
    CHECK(grocery.communeCode == QStringLiteral("25405"));
    CHECK(grocery.typeName == QStringLiteral("Siêu thị, cửa hàng tiện lợi"));
    CHECK(grocery.phone == QStringLiteral("0912345679"));
    CHECK(grocery.description == QStringLiteral("Số điện thoại khác: 0987654321"));
    CHECK(grocery.address ==
          QStringLiteral("Thôn Sóc Bom Bo, Xã Bom Bo, Huyện Bù Đăng").remove(QStringLiteral("Thôn ")));

    // Imported again: nothing changes.
    const auto again = RegistryImporter(db->connection()).run(path);
    REQUIRE(again.ok());
    CHECK(again->added == 0);
    CHECK(again->unchanged == 4);
}

TEST_CASE("a type that matches none is kept as the office's own, and can be merged away",
          "[registry][intake]") {
    auto db = test::demoWorkspace();
    const auto report = importText(*db, QStringLiteral("Tên cơ sở;Loại;Xã\n"
                                                       "Nhà văn hóa xóm 3;Nhà văn hóa xóm;Đăng Hà\n"
                                                       "Nhà văn hóa xóm 4;nhà văn hoá xóm;Đăng Hà\n"
                                                       "Tiệm tóc Lan;;Đăng Hà\n"
                                                       "Trạm y tế xã;Trạm y tế;Đăng Hà\n"));
    REQUIRE(report.ok());
    CHECK(report->written);
    CHECK(report->newTypes.value(QStringLiteral("Nhà văn hóa xóm")) == 2);
    CHECK(report->newTypes.value(QStringLiteral("Chưa phân loại")) == 1);
    CHECK(byName(*db, QStringLiteral("Nhà văn hóa xóm 4")).typeName == QStringLiteral("Nhà văn hóa xóm"));
    CHECK(byName(*db, QStringLiteral("Trạm y tế xã")).typeName == QStringLiteral("Cơ sở y tế"));

    CheckpointTypes types(db->connection());
    const auto office = types.find(QStringLiteral("Nhà văn hóa xóm"));
    REQUIRE(office.ok());
    CHECK(types.usage().value().value(office->id) == 2);
    const auto residential = types.find(QStringLiteral("Khu dân cư"));
    REQUIRE(types.merge(office->id, residential->id).ok());
    CHECK(byName(*db, QStringLiteral("Nhà văn hóa xóm 3")).typeName == QStringLiteral("Khu dân cư"));
    CHECK_FALSE(types.find(QStringLiteral("Nhà văn hóa xóm")).ok());
    // A later file with the old spelling adds it again as the office's; rename puts it right.
    const auto unclassified = types.find(QStringLiteral("Chưa phân loại"));
    REQUIRE(types.rename(unclassified->id, QStringLiteral("Dịch vụ")).ok());
    CHECK(byName(*db, QStringLiteral("Tiệm tóc Lan")).typeName == QStringLiteral("Dịch vụ"));
}

TEST_CASE("generated codes never meet the codes a file writes, in it or in later files",
          "[registry][intake]") {
    auto db = test::demoWorkspace();
    // Đăng Hà has 25426-001 already; the file names 25426-002 and 25426-004 further down.
    const auto report = importText(*db, QStringLiteral("Mã điểm;Tên điểm;Xã\n"
                                                       ";Điểm A;Đăng Hà\n"
                                                       ";Điểm B;Đăng Hà\n"
                                                       "25426-002;Điểm C;Đăng Hà\n"
                                                       ";Điểm D;Đăng Hà\n"
                                                       "25426-004;Điểm E;Đăng Hà\n"));
    REQUIRE(report.ok());
    CHECK(report->rejected.isEmpty());
    CHECK(report->added == 5);
    CHECK(byName(*db, QStringLiteral("Điểm C")).code == QStringLiteral("25426-002"));
    CHECK(byName(*db, QStringLiteral("Điểm E")).code == QStringLiteral("25426-004"));
    CHECK(byName(*db, QStringLiteral("Điểm A")).code == QStringLiteral("25426-005"));
    CHECK(byName(*db, QStringLiteral("Điểm B")).code == QStringLiteral("25426-006"));
    CHECK(byName(*db, QStringLiteral("Điểm D")).code == QStringLiteral("25426-007"));
    const auto later =
        importText(*db, QStringLiteral("Tên điểm;Xã\nĐiểm F;Đăng Hà\n"), QStringLiteral("later.csv"));
    REQUIRE(later.ok());
    CHECK(byName(*db, QStringLiteral("Điểm F")).code == QStringLiteral("25426-008"));
}

TEST_CASE("a checkpoint without a registration day counts on every past day", "[registry][intake][stats]") {
    auto db = test::memoryWorkspace();
    REQUIRE(OfficeScope(db->connection())
                .configure(QStringLiteral("Bình Phước"), QStringLiteral("Bù Đăng"))
                .ok());
    const auto report = importText(*db, QStringLiteral("Tên điểm,Xã,Ngày đăng ký\n"
                                                       "Điểm A,Đăng Hà,\n"
                                                       "Điểm B,Đăng Hà,15/09/2021\n"
                                                       "Điểm C,Bom Bo,2021-02-01\n"));
    REQUIRE(report.ok());
    REQUIRE(report->written);
    CHECK(report->withoutRegistrationDay == 1);
    CHECK_FALSE(byName(*db, QStringLiteral("Điểm A")).registeredOn.isValid());
    CHECK(byName(*db, QStringLiteral("Điểm B")).registeredOn == QDate(2021, 9, 15));
    const auto table = UnitStatisticsQuery(db->connection()).table(QDate(2021, 8, 24));
    REQUIRE(table.ok());
    CHECK(table->total.checkpoints == 2); // A (no day) and C; B was registered later
    const auto before = UnitStatisticsQuery(db->connection()).table(QDate(2021, 1, 10));
    CHECK(before->total.checkpoints == 1);
}

TEST_CASE("dates in a register are read in the file's order", "[registry][intake]") {
    auto db = test::demoWorkspace();
    const auto us = importText(
        *db,
        QStringLiteral("Tên điểm,Xã,Ngày đăng ký\nĐiểm A,Đăng Hà,03/04/2021\nĐiểm B,Đăng Hà,03/25/2021\n"));
    REQUIRE(us.ok());
    CHECK(byName(*db, QStringLiteral("Điểm A")).registeredOn == QDate(2021, 3, 4));
    CHECK(us->notices.join(u' ').contains(QStringLiteral("month first")));
    const auto mixed = importText(
        *db,
        QStringLiteral("Tên điểm,Xã,Ngày đăng ký\nĐiểm C,Đăng Hà,24/03/2021\nĐiểm D,Đăng Hà,03/25/2021\n"),
        QStringLiteral("mixed.csv"));
    REQUIRE_FALSE(mixed.ok());
    CHECK(mixed.error().message.contains(QStringLiteral("both ways")));
}

TEST_CASE("a province register resolves communes several districts share by the district column",
          "[registry][intake]") {
    auto db = test::memoryWorkspace();
    REQUIRE(OfficeScope(db->connection()).configure(QStringLiteral("Cao Bằng"), QString()).ok());
    const auto report =
        importText(*db, QStringLiteral("Tỉnh;Huyện;Xã;Tên điểm;SĐT liên hệ\n"
                                       "T. Cao Bằng;H. Hoà An;X. Quang Trung;Chốt A;0912345678\n"
                                       "CAO BANG;Trùng Khánh;Quang Trung;Chốt B;0912345679\n"
                                       "Tỉnh Cao Bằng;TP Cao Bằng;P. Hợp Giang;Chốt C;\n"));
    REQUIRE(report.ok());
    INFO((report->problems.groups().isEmpty() ? QString() : report->problems.groups().first().toString())
             .toStdString());
    CHECK(report->written);
    CHECK(byName(*db, QStringLiteral("Chốt A")).communeCode == QStringLiteral("01702"));
    CHECK(byName(*db, QStringLiteral("Chốt B")).communeCode == QStringLiteral("01465"));

    // Without the district, the name is a real ambiguity: refused, naming both.
    const auto refused =
        importText(*db, QStringLiteral("Tên điểm;Xã\nChốt D;Quang Trung\n"), QStringLiteral("mo-ho.csv"));
    REQUIRE(refused.ok());
    CHECK_FALSE(refused->written);
    const QString message = refused->problems.groups().first().toString();
    CHECK(message.contains(QStringLiteral("01702")));
    CHECK(message.contains(QStringLiteral("01465")));
    CHECK(message.contains(QStringLiteral("line 2")));
}

TEST_CASE("the same problem on many rows is one group, and a long cell is cut in messages",
          "[registry][intake]") {
    auto db = test::demoWorkspace();
    QString text = QStringLiteral("Tên điểm;Xã;SĐT\n");
    for (int i = 0; i < 40; ++i)
        text += QStringLiteral("Điểm %1;Xã Không Có;0912345678\n").arg(i);
    text += QStringLiteral("Điểm X;%1;0912345678\n").arg(QString(5000, u'Đ'));
    const auto report = importText(*db, text);
    REQUIRE(report.ok());
    CHECK_FALSE(report->written);
    CHECK(report->rejected.size() == 41);
    const auto groups = report->problems.groups();
    REQUIRE(groups.size() == 2);
    CHECK(groups[0].rows == 40);
    CHECK(groups[0].toString().contains(QStringLiteral("40 rows (lines 2, 3, 4")));
    CHECK(groups[1].toString().size() < 1000);
}

TEST_CASE("a register without a commune column takes the commune its addresses name", "[registry][intake]") {
    auto db = test::demoWorkspace();
    const auto report = importText(*db, QStringLiteral("Tên điểm;Địa chỉ\n"
                                                       "Chợ A;Thôn 3, xã Đăng Hà, huyện Bù Đăng\n"
                                                       "Quán B;Đường Hùng Vương - TT. Đức Phong\n"
                                                       "Quán C;Số 5 đường Nguyễn Huệ\n"));
    REQUIRE(report.ok());
    CHECK_FALSE(report->written);
    CHECK(report->rejected.size() == 1);
    CHECK(report->rejected.first().line == 4);
    CHECK(report->rejected.first().field == QStringLiteral("commune"));
    RegistryImportOptions skip;
    skip.skipInvalid = true;
    REQUIRE(importText(*db,
                       QStringLiteral("Tên điểm;Địa chỉ\nChợ A;Thôn 3, xã Đăng Hà, huyện Bù Đăng\n"
                                      "Quán B;Đường Hùng Vương - TT. Đức Phong\n"),
                       QStringLiteral("dia-chi.csv"), skip)
                .ok());
    CHECK(byName(*db, QStringLiteral("Chợ A")).communeCode == QStringLiteral("25426"));
    CHECK(byName(*db, QStringLiteral("Chợ A")).address ==
          QStringLiteral("Thôn 3, xã Đăng Hà, huyện Bù Đăng"));
    CHECK(byName(*db, QStringLiteral("Quán B")).communeCode == QStringLiteral("25396"));
}

TEST_CASE("a phone among words keeps the words, and a workbook's data may be on its second sheet",
          "[registry][intake]") {
    auto db = test::demoWorkspace();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("so-dang-ky.xlsx"));
    lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet *cover = workbook_add_worksheet(workbook, "Huong dan");
    worksheet_write_string(cover, 0, 0, "Hướng dẫn: điền mỗi điểm một dòng ở trang sau.", nullptr);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Danh sach");
    const char *headers[] = {"Tên cơ sở", "Xã", "Điện thoại liên hệ"};
    for (int c = 0; c < 3; ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), headers[c], nullptr);
    worksheet_write_string(sheet, 1, 0, "Chợ A", nullptr);
    worksheet_write_string(sheet, 1, 1, "Đăng Hà", nullptr);
    worksheet_write_string(sheet, 1, 2, "0912 345 678 (anh Nam, quản lý chợ)", nullptr);
    worksheet_write_string(sheet, 2, 0, "Chợ B", nullptr);
    worksheet_write_string(sheet, 2, 1, "Đăng Hà", nullptr);
    worksheet_write_string(sheet, 2, 2, "ĐT: 0271.3870.123", nullptr);
    REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);
    const auto report = RegistryImporter(db->connection()).run(path);
    REQUIRE(report.ok());
    CHECK(report->written);
    const Checkpoint a = byName(*db, QStringLiteral("Chợ A"));
    CHECK(a.phone == QStringLiteral("0912345678"));
    CHECK(a.description == QStringLiteral("Liên hệ: anh Nam, quản lý chợ"));
    const Checkpoint b = byName(*db, QStringLiteral("Chợ B"));
    CHECK(b.phone == QStringLiteral("02713870123"));
    CHECK(b.description.isEmpty());
}
