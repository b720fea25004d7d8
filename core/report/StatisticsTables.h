// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatisticsReportData.h"
#include "common/Error.h"
#include "export/SheetData.h"

#include <QByteArray>

namespace cd {

// The report's table as a sheet: STT, Phạm vi, the number columns, and the Tổng cộng row (plain numbers).
SheetData statisticsSheet(const StatisticsReportData &data);
// That sheet as CSV: UTF-8 with BOM, the Vietnamese headings as header, CRLF (core/export's CSV).
QByteArray statisticsCsv(const StatisticsReportData &data);

// The workbook of the report, written by libxlsxwriter through a temporary file:
//   "Bảng thống kê"  the title, the as-of line, the summary lines, then the table with a bold heading row
//                    (frozen, repeated on every printed page), numbers as numeric cells in the format
//                    #,##0 and totals as =SUM(…) formulas with their values cached; A4 portrait, decree
//                    margins, fitted to the width.
//   "Điểm kiểm dịch" every checkpoint of the period with its scans, scans in 7 days and last scan day.
//   "Theo ngày"      scans per day from `from` to as_of, with a SUM total.
//   "Cần theo dõi"   the checkpoints that stopped: phone, last scan day, days without scans.
// #,##0 shows 8.832 where the spreadsheet runs with a Vietnamese locale (grouping is the reader's
// locale's); xlsx has no format that forces a dot as the thousands separator under every locale and keeps
// the cell numeric, so none is faked.
Status writeStatisticsXlsx(const QString &path, const StatisticsReportData &data);

} // namespace cd
