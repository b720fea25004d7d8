// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "report/StatisticsReportData.h"
#include "stats/StatisticsColumns.h"

#include <QSqlDatabase>

class QPrinter;
class QWidget;

// The statistics report from the GUI: the same data, read once, to a PDF, an XLSX workbook, a CSV file or
// a printer, so the four show the same figures.
namespace cd::ui::report {

// What the page shows, as the report's options: the period, its optional columns, the follow-up list
// and chart pages when asked for.
ReportOptions optionsFor(const QDate &from, const QDate &asOf, const StatisticsColumns &columns,
                         int inactiveDays, bool charts, bool followUp);

// The data of the report with the texts remembered in the database.
Result<StatisticsReportData> load(const QSqlDatabase &db, const ReportOptions &options);

// Writes the report; the format is "pdf", "xlsx" or "csv". Nothing half-written is left on failure.
Status write(const StatisticsReportData &data, const QString &path, const QString &format);

// "thong-ke-24-08-2021.pdf": the name offered in the save dialog.
QString suggestedFileName(const StatisticsReportData &data, const QString &format);

// Paints the report on a printer (a real one, the preview's, or a PDF printer); sets its page first.
Status print(QPrinter &printer, const StatisticsReportData &data);

// The print preview the user prints from; returns once it is closed.
void showPrintPreview(QWidget *parent, const StatisticsReportData &data);

} // namespace cd::ui::report
