// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestSupport.h"

#include <QList>
#include <QTemporaryDir>

#include <minizip/zip.h>
#include <utility>

namespace cd::test {

using ZipEntries = QList<std::pair<QString, QByteArray>>;

// A ZIP archive written with minizip's zip.h, entries deflated at the given level.
inline QByteArray makeZip(const ZipEntries &entries, int level = Z_BEST_COMPRESSION) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("archive.zip"));
    zipFile zip = zipOpen64(path.toUtf8().constData(), APPEND_STATUS_CREATE);
    REQUIRE(zip);
    for (const auto &[name, data] : entries) {
        zip_fileinfo info{};
        const int zip64 = data.size() > 0x7FFFFFFF ? 1 : 0;
        REQUIRE(zipOpenNewFileInZip64(zip, name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                      Z_DEFLATED, level, zip64) == ZIP_OK);
        constexpr qsizetype kChunk = 1 << 20;
        for (qsizetype offset = 0; offset < data.size(); offset += kChunk) {
            const auto length = unsigned(qMin(kChunk, data.size() - offset));
            REQUIRE(zipWriteInFileInZip(zip, data.constData() + offset, length) == ZIP_OK);
        }
        REQUIRE(zipCloseFileInZip(zip) == ZIP_OK);
    }
    REQUIRE(zipClose(zip, nullptr) == ZIP_OK);
    return readFile(path);
}

// The parts of a minimal workbook with one sheet, "Trang 1".
inline ZipEntries minimalWorkbook(const QByteArray &sheetXml, const QByteArray &sharedStringsXml = {}) {
    ZipEntries entries = {
        {QStringLiteral("[Content_Types].xml"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
        {QStringLiteral("_rels/.rels"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" "
         "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
         "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
        {QStringLiteral("xl/workbook.xml"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
         "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
         "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
         "<sheets><sheet name=\"Trang 1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" "
         "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
         "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
         "<Relationship Id=\"rId2\" "
         "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
         "sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"},
        {QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml},
    };
    if (!sharedStringsXml.isEmpty())
        entries.append({QStringLiteral("xl/sharedStrings.xml"), sharedStringsXml});
    return entries;
}

} // namespace cd::test
