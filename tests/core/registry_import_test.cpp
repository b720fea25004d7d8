// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "export/SheetWriters.h"
#include "registry/CheckpointRegistry.h"
#include "registry/RegistryExport.h"
#include "registry/RegistryImport.h"
#include "units/OfficeScope.h"

#include <QDir>
#include <QStringEncoder>

#include <xlsxwriter.h>

using namespace cd;

namespace {

// The form's columns, as a district office's spreadsheet has them.
const QStringList kHeaders{QStringLiteral("STT"),
                           QStringLiteral("Tên điểm kiểm dịch (*)"),
                           QStringLiteral("Loại điểm kiểm dịch (*)"),
                           QStringLiteral("Số điện thoại (*)"),
                           QStringLiteral("Tỉnh thành (*)"),
                           QStringLiteral("Quận huyện (*)"),
                           QStringLiteral("Phường xã (*)"),
                           QStringLiteral("Vị trí"),
                           QStringLiteral("Địa chỉ (*)"),
                           QStringLiteral("Giới thiệu")};

// Commune names in the variants the matcher accepts, phones in mixed forms.
QVector<QStringList> registerRows() {
    const QString decomposed = QStringLiteral("Đăng Hà").normalized(QString::NormalizationForm_D);
    return {
        {QStringLiteral("1"), QStringLiteral("Quán cà phê Gió Núi"),
         QStringLiteral("Nhà hàng, quán ăn, cà phê"), QStringLiteral("+84 912 345 678"),
         QStringLiteral("Bình Phước"), QStringLiteral("Bù Đăng"), QStringLiteral("Thông Nhất"),
         QStringLiteral("11.80, 107.25"), QStringLiteral("Thôn 4, xã Thống Nhất"), QString()},
        {QStringLiteral("2"), QStringLiteral("Nhà thuốc Tâm An"), QStringLiteral("cơ sở y tế"),
         QStringLiteral("912345679"), QStringLiteral("Tỉnh Bình Phước"), QStringLiteral("Huyện Bù Đăng"),
         QStringLiteral("TT Đức Phong"), QString(), QStringLiteral("Khu phố 2, thị trấn Đức Phong"),
         QStringLiteral("Mở cửa 7:00–21:00")},
        {QStringLiteral("3"), QStringLiteral("Chốt kiểm soát cầu Đăng Hà"), QStringLiteral("Chốt kiểm dịch"),
         QStringLiteral("0912.345.680"), QStringLiteral("Bình Phước"), QStringLiteral("Bù Đăng"),
         QStringLiteral("xã đăng hà"), QString(), QStringLiteral("Cầu Đăng Hà, xã Đăng Hà"),
         QStringLiteral("Trực 24/24,\nhai ca")},
        {QStringLiteral("4"), QStringLiteral("Trường Tiểu học Đăng Hà"), QStringLiteral("Trường học"),
         QStringLiteral("84912345681"), QStringLiteral("Bình Phước"), QStringLiteral("Bù Đăng"), decomposed,
         QString(), QStringLiteral("Thôn 2, xã Đăng Hà"), QString()},
        {QStringLiteral("5"), QStringLiteral("Chợ Minh Hưng"), QStringLiteral("Chợ"),
         QStringLiteral("0912 345 682"), QStringLiteral("Bình Phước"), QStringLiteral("Bù Đăng"),
         QStringLiteral("Xã Minh Hưng"), QString(), QStringLiteral("Thôn 1, xã Minh Hưng"), QString()},
    };
}

void writeRegisterXlsx(const QString &path, QVector<QStringList> rows) {
    lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Danh sách");
    lxw_format *title = workbook_add_format(workbook);
    format_set_bold(title);
    worksheet_merge_range(sheet, 0, 0, 0, 9, "DANH SÁCH ĐIỂM KIỂM DỊCH TRÊN ĐỊA BÀN HUYỆN BÙ ĐĂNG", title);
    worksheet_write_string(sheet, 1, 0, "(Cập nhật đến ngày 24/08/2021)", nullptr);
    for (int c = 0; c < kHeaders.size(); ++c)
        worksheet_write_string(sheet, 3, lxw_col_t(c), kHeaders[c].toUtf8().constData(), title);
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size(); ++c) {
            const QString &value = rows[r][c];
            bool isNumber = false;
            const double number = value.toDouble(&isNumber);
            // STT and a phone whose leading zero Excel dropped are number cells, as in real files.
            if (isNumber && (c == 0 || c == 3))
                worksheet_write_number(sheet, lxw_row_t(4 + r), lxw_col_t(c), number, nullptr);
            else if (!value.isEmpty())
                worksheet_write_string(sheet, lxw_row_t(4 + r), lxw_col_t(c), value.toUtf8().constData(),
                                       nullptr);
        }
    }
    REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);
}

QString csvOf(const QVector<QStringList> &rows, QChar delimiter) {
    auto quote = [&](QString cell) -> QString {
        if (cell.contains(delimiter) || cell.contains(u'"') || cell.contains(u'\n')) {
            cell.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            return u'"' + cell + u'"';
        }
        return cell;
    };
    QStringList lines{QStringLiteral("DANH SÁCH ĐIỂM KIỂM DỊCH"), QString()};
    QStringList header;
    for (const QString &h : kHeaders)
        header << quote(h);
    lines << header.join(delimiter);
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row)
            cells << quote(cell);
        lines << cells.join(delimiter);
    }
    return lines.join(QStringLiteral("\n"));
}

// What an import should reproduce: everything but the database's own ids and time stamps.
QStringList snapshot(const Checkpoints &checkpoints) {
    QStringList lines;
    for (const Checkpoint &c : checkpoints)
        lines << QStringList{c.code,
                             c.name,
                             c.typeName,
                             c.phone,
                             c.communeCode,
                             c.address,
                             c.latitude ? QString::number(*c.latitude, 'g', 15) : QString(),
                             c.longitude ? QString::number(*c.longitude, 'g', 15) : QString(),
                             c.description,
                             c.issuedQrPayload,
                             c.parentCode,
                             statusKey(c.status),
                             c.closedOn.toString(Qt::ISODate),
                             c.registeredOn.toString(Qt::ISODate)}
                     .join(u'|');
    lines.sort(); // databases may list communes in different orders
    return lines;
}

std::unique_ptr<Database> emptyBuDang() {
    auto db = test::memoryWorkspace();
    REQUIRE(OfficeScope(db->connection())
                .configure(QStringLiteral("Bình Phước"), QStringLiteral("Bù Đăng"))
                .ok());
    return db;
}

} // namespace

TEST_CASE("a registry workbook with title rows and messy names imports completely, once",
          "[registry][import]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dang-ky.xlsx"));
    writeRegisterXlsx(path, registerRows());
    auto db = test::demoWorkspace();
    RegistryImporter importer(db->connection());
    CheckpointRegistry registry(db->connection());

    const auto first = importer.run(path);
    REQUIRE(first.ok());
    INFO((first->rejected.isEmpty() ? QString() : first->rejected.first().reason).toStdString());
    CHECK(first->rejected.isEmpty());
    CHECK(first->added == 5);
    CHECK(first->written);
    CHECK(registry.count() == 189 + 5);

    CheckpointFilter cafe;
    cafe.text = QStringLiteral("gio nui");
    const Checkpoint stored = registry.list(cafe).value(0);
    CHECK(stored.communeCode == QStringLiteral("25420"));
    CHECK(stored.phone == QStringLiteral("0912345678"));
    CHECK(stored.latitude == 11.80);
    CHECK(stored.typeName == QStringLiteral("Nhà hàng, quán ăn, cà phê"));
    const QStringList before = snapshot(registry.list());

    const auto second = importer.run(path);
    REQUIRE(second.ok());
    CHECK(second->added == 0);
    CHECK(second->unchanged == 5);
    CHECK(snapshot(registry.list()) == before);
}

TEST_CASE("a registry file with one bad row is refused whole, naming that row", "[registry][import]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dang-ky.xlsx"));
    QVector<QStringList> rows = registerRows();
    rows[2][3] = QStringLiteral("12345"); // sheet row 7: not a phone number
    writeRegisterXlsx(path, rows);
    auto db = test::demoWorkspace();

    const auto report = RegistryImporter(db->connection()).run(path);
    REQUIRE(report.ok());
    REQUIRE(report->rejected.size() == 1);
    CHECK(report->rejected.first().line == 7);
    CHECK(report->rejected.first().field == QStringLiteral("phone"));
    CHECK(report->rejected.first().reason.contains(QStringLiteral("12345")));
    CHECK_FALSE(report->written);
    CHECK(CheckpointRegistry(db->connection()).count() == 189);

    // With skipInvalid the good rows are written and the bad one goes to a file beside the input.
    RegistryImportOptions options;
    options.skipInvalid = true;
    const auto skipped = RegistryImporter(db->connection()).run(path, options);
    REQUIRE(skipped.ok());
    CHECK(skipped->added == 4);
    CHECK(skipped->rejectsFile == dir.filePath(QStringLiteral("dang-ky.rejects.csv")));
    CHECK(QString::fromUtf8(test::readFile(skipped->rejectsFile)).contains(QStringLiteral("12345")));
}

TEST_CASE("CSV variants of the same register import identically", "[registry][import]") {
    QTemporaryDir dir;
    const QVector<QStringList> rows = registerRows();
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    const QVector<std::pair<QString, QByteArray>> variants{
        {QStringLiteral("semicolon-bom-crlf.csv"),
         "\xEF\xBB\xBF" + csvOf(rows, u';').replace(QStringLiteral("\n"), QStringLiteral("\r\n")).toUtf8()},
        {QStringLiteral("utf16le-tab.csv"), QByteArray(utf16(csvOf(rows, u'\t')))},
        {QStringLiteral("comma-lf.csv"), csvOf(rows, u',').toUtf8()},
        {QStringLiteral("pipe.csv"), csvOf(rows, u'|').toUtf8()},
    };
    QStringList expected;
    for (const auto &[name, bytes] : variants) {
        INFO(name.toStdString());
        const QString path = dir.filePath(name);
        test::writeFile(path, bytes);
        auto db = emptyBuDang();
        const auto report = RegistryImporter(db->connection()).run(path);
        REQUIRE(report.ok());
        CHECK(report->added == 5);
        CHECK(report->rejected.isEmpty());
        const QStringList result = snapshot(CheckpointRegistry(db->connection()).list());
        if (expected.isEmpty())
            expected = result;
        CHECK(result == expected);
    }
    // The quoted line break inside "Giới thiệu" survived.
    CHECK(expected.join(u'\n').contains(QStringLiteral("Trực 24/24,\nhai ca")));
}

TEST_CASE("an export re-imports into an empty database as the same register", "[registry][import]") {
    auto source = test::demoWorkspace();
    CheckpointRegistry registry(source->connection());
    // Texts a spreadsheet would run as formulas, and a sub-checkpoint.
    Checkpoint tricky = registry.list().first();
    tricky.id = 0;
    tricky.code.clear();
    tricky.name = QStringLiteral("=HYPERLINK(\"http://x\",\"Bấm vào\")");
    tricky.address = QStringLiteral("-Thôn 2, xã Đăng Hà");
    tricky.description = QStringLiteral("@home +84 quán");
    tricky.parentCode = QStringLiteral("25426-001");
    REQUIRE(registry.add(tricky).ok());
    REQUIRE(registry.close(registry.byCode(QStringLiteral("25420-003"))->id, QDate(2021, 8, 30)).ok());
    const QStringList expected = snapshot(registry.list());

    QTemporaryDir dir;
    const SheetData sheet = registrySheet(source->connection(), registry.list());
    const QString csv = dir.filePath(QStringLiteral("register.csv"));
    const QString xlsx = dir.filePath(QStringLiteral("register.xlsx"));
    REQUIRE(sheets::writeFile(csv, sheets::toCsv(sheet)).ok());
    REQUIRE(sheets::writeXlsx(xlsx, {sheet}).ok());
    CHECK(QString::fromUtf8(test::readFile(csv)).contains(QStringLiteral("\"'=HYPERLINK(")));

    for (const QString &path : {csv, xlsx}) {
        INFO(path.toStdString());
        auto target = emptyBuDang();
        const auto report = RegistryImporter(target->connection()).run(path);
        REQUIRE(report.ok());
        INFO((report->rejected.isEmpty() ? QString() : report->rejected.first().reason).toStdString());
        CHECK(report->rejected.isEmpty());
        CHECK(report->added == expected.size());
        const QStringList imported = snapshot(CheckpointRegistry(target->connection()).list());
        QStringList differences;
        for (const QString &line : imported)
            if (!expected.contains(line))
                differences << QStringLiteral("imported: ") + line;
        for (const QString &line : expected)
            if (!imported.contains(line))
                differences << QStringLiteral("expected: ") + line;
        INFO(differences.join(u'\n').toStdString());
        CHECK(differences.isEmpty());
    }
}
