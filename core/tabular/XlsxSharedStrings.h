// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QStringList>

namespace cd::tabular {

class ZipArchive;

// The workbook's shared string table, which cells of type "s" index: rich-text runs are concatenated and
// phonetic guides left out.
Result<QStringList> readSharedStrings(ZipArchive &zip, const QString &part);

// The text of a string cell: OOXML's _xHHHH_ escapes for characters XML cannot hold decoded (Excel writes
// _x000D_ for a carriage return), and line breaks made '\n'.
QString decodeCellText(const QString &text);

} // namespace cd::tabular
