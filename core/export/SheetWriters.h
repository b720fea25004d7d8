// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SheetData.h"
#include "common/Error.h"

#include <QByteArray>

#include <functional>

struct lxw_workbook;

namespace cd::sheets {

// A cell's text as every writer puts it: dates ISO, doubles to 15 significant digits.
QString plainText(const QVariant &value);
// Whether a cell is written as a number (int or double), not as text.
bool isNumber(const QVariant &value);

// A CSV field, quoted (RFC 4180) when it holds a comma, a quote or a line break.
QString csvQuoted(const QString &value);

// A text cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
// apostrophe in CSV, which spreadsheets show as text; our importers drop it again.
QString protectAgainstFormula(const QString &text);

// UTF-8 with BOM (Excel needs it for Vietnamese), comma-separated, RFC 4180 quoting, CRLF line ends.
QByteArray toCsv(const SheetData &sheet);
// An array of objects keyed by column key; QDate as "yyyy-MM-dd".
QByteArray toJson(const SheetData &sheet);
// One or more sheets with bold frozen headers, widths, text cells written as strings (never formulas),
// dates as date cells (dd/mm/yyyy). Written to a temporary file and renamed: nothing half-written remains.
Status writeXlsx(const QString &path, const QVector<SheetData> &sheets);
// Every XLSX of the program is written this way: libxlsxwriter writes the whole file when it closes, so
// the workbook goes to a temporary file beside `path` and is renamed into place only when `fill` (which
// adds the sheets) and the close succeeded; otherwise nothing is left behind.
Status writeWorkbook(const QString &path, const std::function<Status(lxw_workbook *)> &fill);
// One sheet as XLSX when the file's name ends in .xlsx, as CSV otherwise.
Status writeSheet(const QString &path, const SheetData &sheet);
// Writes bytes to path through QSaveFile.
Status writeFile(const QString &path, const QByteArray &bytes);

} // namespace cd::sheets
