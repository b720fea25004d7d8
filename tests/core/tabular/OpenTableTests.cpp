// SPDX-License-Identifier: GPL-3.0-or-later
#include "TabularTestSupport.h"
#include "ZipTestSupport.h"

#include <QTemporaryDir>

using namespace cd;
using namespace cd::tabular;

namespace {

const QByteArray kPng =
    QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
                        "0000000d4944415478da63f8ffff3f0005fe02fea7d6a4e40000000049454e44ae"
                        "426082");

Error refusal(const QString &path) {
    auto reader = openTable(path);
    REQUIRE_FALSE(reader.ok());
    CHECK(reader.error().file == path);
    return reader.error();
}

QString writeTemp(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes) {
    const QString path = dir.filePath(name);
    test::writeFile(path, bytes);
    return path;
}

} // namespace

TEST_CASE("tabular: the reader is chosen by content", "[tabular][open]") {
    const QByteArray csv = "Tên;Xã\nChốt A;Xã Đăng Hà\n";
    const QByteArray xlsx = test::readFile(test::testData(QStringLiteral("tabular/sparse.xlsx")));
    CHECK(test::openOrFail(csv, QStringLiteral("export"))->format() == TableFormat::Csv);
    CHECK(test::openOrFail(xlsx, QStringLiteral("export"))->format() == TableFormat::Xlsx);
    CHECK(test::openOrFail(csv, QStringLiteral("export.txt"))->format() == TableFormat::Csv);

    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("danh sách.csv"), csv);
    auto reader = test::openPathOrFail(path);
    CHECK(reader->fileName() == path);
    CHECK(test::readAll(*reader).size() == 2);
}

TEST_CASE("tabular: files that are not tables are refused, naming the file", "[tabular][open]") {
    QTemporaryDir dir;
    SECTION("an empty file") {
        const Error error = refusal(writeTemp(dir, QStringLiteral("rong.csv"), {}));
        CHECK(error.message.contains(QStringLiteral("empty")));
    }
    SECTION("a file with a byte-order mark and nothing else") {
        const Error error = refusal(writeTemp(dir, QStringLiteral("bom.csv"), "\xEF\xBB\xBF\r\n"));
        CHECK(error.message.contains(QStringLiteral("empty")));
    }
    SECTION("a PNG renamed .csv or .xlsx") {
        for (const auto *name : {"anh.csv", "anh.xlsx"}) {
            const Error error = refusal(writeTemp(dir, QString::fromLatin1(name), kPng));
            CHECK(error.message.contains(QStringLiteral("PNG")));
            CHECK(error.toString().startsWith(dir.filePath(QString::fromLatin1(name))));
        }
    }
    SECTION("binary data without a known signature") {
        QByteArray bytes;
        for (int i = 0; i < 4096; ++i)
            bytes += char(i * 31 % 256);
        const Error error = refusal(writeTemp(dir, QStringLiteral("data.csv"), bytes));
        CHECK(error.message.contains(QStringLiteral("neither text")));
    }
    SECTION("text named .xlsx") {
        const Error error = refusal(writeTemp(dir, QStringLiteral("bang.xlsx"), "a,b\n1,2\n"));
        CHECK(error.message.contains(QStringLiteral(".xlsx")));
        CHECK(error.message.contains(QStringLiteral("text")));
    }
    SECTION("a workbook named .csv") {
        const QByteArray xlsx = test::readFile(test::testData(QStringLiteral("tabular/sparse.xlsx")));
        const Error error = refusal(writeTemp(dir, QStringLiteral("bang.csv"), xlsx));
        CHECK(error.message.contains(QStringLiteral("workbook")));
    }
    SECTION("an Excel 97-2003 workbook") {
        const QByteArray ole = QByteArray::fromHex("d0cf11e0a1b11ae1") + QByteArray(504, '\0');
        const Error error = refusal(writeTemp(dir, QStringLiteral("cu.xls"), ole));
        CHECK(error.message.contains(QStringLiteral(".xls")));
    }
    SECTION("a ZIP archive that is not a workbook") {
        const QByteArray zip = test::makeZip({{QStringLiteral("readme.txt"), "xin chào"}});
        const Error error = refusal(writeTemp(dir, QStringLiteral("nen.xlsx"), zip));
        CHECK(error.message.contains(QStringLiteral("not an Excel workbook")));
    }
    SECTION("an OpenDocument spreadsheet") {
        const QByteArray ods =
            test::makeZip({{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"},
                           {QStringLiteral("content.xml"), "<office:document-content/>"}});
        const Error error = refusal(writeTemp(dir, QStringLiteral("bang.ods"), ods));
        CHECK(error.message.contains(QStringLiteral(".ods")));
    }
    SECTION("a damaged ZIP") {
        const QByteArray xlsx = test::readFile(test::testData(QStringLiteral("tabular/sparse.xlsx")));
        const Error error = refusal(writeTemp(dir, QStringLiteral("hong.xlsx"), xlsx.left(xlsx.size() / 2)));
        CHECK(error.message.contains(QStringLiteral("damaged")));
    }
    SECTION("a file that does not exist") {
        const Error error = refusal(dir.filePath(QStringLiteral("khong-co.csv")));
        CHECK(error.message.contains(QStringLiteral("Cannot open")));
    }
}
