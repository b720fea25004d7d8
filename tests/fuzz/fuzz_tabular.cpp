// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the tabular reader: openTable(), reading every row, header detection and the
// mapping's JSON round trip.
//
// The first byte of an input picks how the rest is used:
//   0: as a whole file (CSV text, an XLSX archive, or anything else);
//   1: as the XML of the only worksheet of an otherwise valid workbook;
//   2: split at "\n--\n" into sharedStrings.xml, styles.xml, the worksheet and workbook.xml.
// Deflated XML almost never survives a mutation, so modes 1 and 2 store the parts uncompressed in a ZIP
// built here: that is what lets the fuzzer reach the XLSX parsers.
#include "tabular/HeaderDetector.h"
#include "tabular/OpenTable.h"

#include <QByteArrayList>
#include <QList>

#include <cstdint>
#include <utility>
#include <zlib.h>

using namespace cd::tabular;

namespace {

using Parts = QList<std::pair<QByteArray, QByteArray>>;

void appendLE(QByteArray &out, quint32 value, int bytes) {
    for (int i = 0; i < bytes; ++i)
        out += char((value >> (8 * i)) & 0xFF);
}

// A ZIP archive with every entry stored, as small as the format allows.
QByteArray storedZip(const Parts &parts) {
    QByteArray zip;
    QByteArray directory;
    for (const auto &[name, data] : parts) {
        const quint32 offset = quint32(zip.size());
        const quint32 crc =
            quint32(crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
        QByteArray header;
        appendLE(header, 20, 2); // version needed
        appendLE(header, 0, 2);  // flags
        appendLE(header, 0, 2);  // stored
        appendLE(header, 0, 4);  // time and date
        appendLE(header, crc, 4);
        appendLE(header, quint32(data.size()), 4);
        appendLE(header, quint32(data.size()), 4);
        appendLE(header, quint32(name.size()), 2);
        appendLE(header, 0, 2); // extra
        zip += "PK\x03\x04" + header + name + data;
        directory += "PK\x01\x02";
        appendLE(directory, 20, 2); // version made by
        directory += header;
        appendLE(directory, 0, 2); // comment
        appendLE(directory, 0, 2); // disk
        appendLE(directory, 0, 2); // internal attributes
        appendLE(directory, 0, 4); // external attributes
        appendLE(directory, offset, 4);
        directory += name;
    }
    const quint32 directoryOffset = quint32(zip.size());
    zip += directory;
    zip += "PK\x05\x06";
    appendLE(zip, 0, 4);
    appendLE(zip, quint32(parts.size()), 2);
    appendLE(zip, quint32(parts.size()), 2);
    appendLE(zip, quint32(directory.size()), 4);
    appendLE(zip, directoryOffset, 4);
    appendLE(zip, 0, 2);
    return zip;
}

const QByteArray kWorkbook =
    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><workbookPr "
    "date1904=\"0\"/>"
    "<sheets><sheet name=\"Trang 1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
const QByteArray kRelationships =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    "sharedStrings\" Target=\"sharedStrings.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    "styles\" Target=\"styles.xml\"/></Relationships>";

QByteArray workbookWith(const QByteArray &sheet, const QByteArray &strings = {},
                        const QByteArray &styles = {}, const QByteArray &workbook = kWorkbook) {
    Parts parts = {{"xl/workbook.xml", workbook},
                   {"xl/_rels/workbook.xml.rels", kRelationships},
                   {"xl/worksheets/sheet1.xml", sheet}};
    if (!strings.isEmpty())
        parts.append({"xl/sharedStrings.xml", strings});
    if (!styles.isEmpty())
        parts.append({"xl/styles.xml", styles});
    return storedZip(parts);
}

QByteArray fileFor(const QByteArray &input) {
    if (input.isEmpty())
        return {};
    const QByteArray rest = input.sliced(1);
    switch (quint8(input[0]) % 3) {
    case 1:
        return workbookWith(rest);
    case 2: {
        const QByteArrayList pieces = rest.split('\n');
        QByteArrayList parts(4);
        int part = 0;
        for (const QByteArray &piece : pieces) {
            if (piece == "--" && part < 3)
                ++part;
            else
                parts[part] += piece + '\n';
        }
        return workbookWith(parts[2], parts[0], parts[1], parts[3].isEmpty() ? kWorkbook : parts[3]);
    }
    default:
        return rest;
    }
}

const QList<FieldSpec> kFields = {
    {QStringLiteral("name"), {QStringLiteral("Tên điểm"), QStringLiteral("Name")}, true},
    {QStringLiteral("phone"), {QStringLiteral("Số điện thoại"), QStringLiteral("SĐT")}, false},
    {QStringLiteral("date"), {QStringLiteral("Ngày (dd/mm/yyyy)")}, false},
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    TableOptions options;
    // Small limits keep each run fast; the checks are the same.
    options.maxEntryBytes = 16 << 20;
    options.ratioCheckBytes = 1 << 20;
    auto reader = openTable(fileFor(input), QStringLiteral("fuzz"), options);
    if (!reader)
        return 0;
    TableReader &table = **reader;
    table.sheetNames();
    if (auto mapping = detectHeader(table, kFields); mapping.ok()) {
        auto restored = ColumnMapping::fromJson(mapping->toJson());
        if (!restored.ok() || !(*restored == *mapping))
            __builtin_trap();
    }
    Row row;
    for (int rows = 0; rows < 100000; ++rows) {
        auto more = table.next(row);
        if (!more.ok() || !*more)
            break;
        for (qsizetype column = 0; column < row.cells.size(); ++column)
            row.value(column);
    }
    return 0;
}
