// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace cd::tabular {

enum class ContentKind {
    Empty,
    Zip,         // an XLSX workbook, or some other ZIP archive
    OleCompound, // Excel 97-2003 .xls, or a password-protected workbook
    Binary,      // anything else that is not text
    Text,
};

struct ContentType {
    ContentKind kind = ContentKind::Empty;
    // For binary content with a known signature, what it is ("a PNG image"), to make the error helpful.
    QString description;
};

// What a file holds, from its first few kilobytes; the file name does not count.
ContentType sniffContent(QByteArrayView head);

} // namespace cd::tabular
