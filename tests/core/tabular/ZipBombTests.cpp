// SPDX-License-Identifier: GPL-3.0-or-later
#include "TabularTestSupport.h"
#include "ZipTestSupport.h"

using namespace cd;
using namespace cd::tabular;
using cd::test::makeZip;
using cd::test::minimalWorkbook;

namespace {

const QByteArray kSheetStart =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<sheetData>";
const QByteArray kSheetEnd = "</sheetData></worksheet>";

QByteArray rowsXml(int count) {
    QByteArray xml;
    for (int i = 1; i <= count; ++i) {
        xml += "<row r=\"" + QByteArray::number(i) + "\"><c r=\"A" + QByteArray::number(i) +
               "\" t=\"inlineStr\"><is><t>Chốt " + QByteArray::number(i * 7919 % 100003) +
               "</t></is></c></row>";
    }
    return xml;
}

// Sets the uncompressed size that the local and central headers of an entry claim.
void claimUncompressedSize(QByteArray &zip, const QByteArray &name, quint32 size) {
    const auto patch = [&](const char *signature, int nameLengthAt, int nameAt, int sizeAt) {
        for (qsizetype at = zip.indexOf(signature); at >= 0; at = zip.indexOf(signature, at + 4)) {
            const int nameLength = quint8(zip[at + nameLengthAt]) | quint8(zip[at + nameLengthAt + 1]) << 8;
            if (zip.mid(at + nameAt, nameLength) != name)
                continue;
            for (int i = 0; i < 4; ++i)
                zip[at + sizeAt + i] = char((size >> (8 * i)) & 0xFF);
        }
    };
    patch("PK\x03\x04", 26, 30, 22);
    patch("PK\x01\x02", 28, 46, 24);
}

} // namespace

TEST_CASE("tabular: a zip bomb in a worksheet is refused while it inflates", "[tabular][xlsx][zip]") {
    // 64 MB of spaces deflate to about 64 kB: a thousand to one.
    const QByteArray sheet = kSheetStart + rowsXml(3) + QByteArray(64 << 20, ' ') + kSheetEnd;
    const QByteArray zip = makeZip(minimalWorkbook(sheet));
    REQUIRE(zip.size() < (1 << 20));
    auto reader = test::openOrFail(zip, QStringLiteral("bom.xlsx"));
    Row row;
    REQUIRE(*reader->next(row)); // the rows before the padding are fine
    const Error error = test::readUntilError(*reader);
    CHECK(error.file == QStringLiteral("bom.xlsx"));
    CHECK(error.message.contains(QStringLiteral("zip bomb")));
}

TEST_CASE("tabular: a zip bomb in the shared strings is refused on opening", "[tabular][xlsx][zip]") {
    const QByteArray strings = "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/"
                               "spreadsheetml/2006/main\"><si><t>" +
                               QByteArray(32 << 20, 'a') + "</t></si></sst>";
    const QByteArray zip = makeZip(minimalWorkbook(kSheetStart + kSheetEnd, strings));
    auto reader = openTable(zip, QStringLiteral("strings.xlsx"));
    REQUIRE_FALSE(reader.ok());
    CHECK(reader.error().message.contains(QStringLiteral("zip bomb")));
    CHECK(reader.error().message.contains(QStringLiteral("xl/sharedStrings.xml")));
}

TEST_CASE("tabular: a part larger than the cap is refused", "[tabular][xlsx][zip]") {
    const QByteArray sheet = kSheetStart + rowsXml(30000) + kSheetEnd; // about 2 MB, compresses ~10:1
    const QByteArray zip = makeZip(minimalWorkbook(sheet));
    TableOptions options;
    options.maxEntryBytes = 1 << 20;
    auto refused = openTable(zip, QStringLiteral("big.xlsx"), options);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("zip bomb")));

    // With the default limits the same workbook is just a big table.
    auto reader = test::openOrFail(zip, QStringLiteral("big.xlsx"));
    CHECK(test::readAll(*reader).size() == 30000);
}

TEST_CASE("tabular: sizes in the headers that lie do not go unnoticed", "[tabular][xlsx][zip]") {
    QByteArray zip = makeZip(minimalWorkbook(kSheetStart + rowsXml(2000) + kSheetEnd));
    claimUncompressedSize(zip, "xl/worksheets/sheet1.xml", 100);
    auto reader = test::openOrFail(zip, QStringLiteral("lie.xlsx"));
    const Error error = test::readUntilError(*reader);
    CHECK(error.file == QStringLiteral("lie.xlsx"));
    CHECK(error.message.contains(QStringLiteral("damaged")));
}
