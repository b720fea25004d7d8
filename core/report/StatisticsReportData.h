// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportTexts.h"
#include "common/Error.h"
#include "stats/CheckpointStatistics.h"
#include "stats/ScanSeries.h"
#include "stats/UnitStatistics.h"
#include "units/OfficeScope.h"

#include <QDate>
#include <QPair>
#include <QSqlDatabase>
#include <QVector>

namespace cd {

// Columns the office can add to the annex's four.
enum class ReportColumn { Active7d, WithScans, WithoutScans, Scans7d };

struct ReportOptions {
    QDate asOf;
    QDate from;         // invalid: 1 January of as_of's year ("từ đầu năm")
    QDate documentDate; // the date beside the place in the header; invalid: today
    QVector<ReportColumn> extraColumns;
    bool charts = false;   // chart pages after the table
    bool followUp = false; // after the table: units without scans for 7 days, checkpoints that stopped
    int inactiveDays = 7;  // for the follow-up list
};

// Everything a statistics report shows, read once from the database (daily counts, never the scan
// table), so that the PDF, the print preview, the XLSX and the CSV show the same figures and painting
// needs no database.
struct StatisticsReportData {
    ReportOptions options;
    ReportTexts texts;
    Scope scope;
    UnitStatistics table;
    QVector<SeriesPoint> weekly;                  // from … as_of
    QVector<SeriesPoint> daily;                   // from … as_of
    QVector<CheckpointStatisticsRow> checkpoints; // the period's, in the office's order
    QVector<CheckpointStatisticsRow> inactive;    // the follow-up list

    static Result<StatisticsReportData> load(const QSqlDatabase &db, ReportOptions options,
                                             ReportTexts texts);

    // The Vietnamese texts of the document, from the data.
    QString areaWord() const;      // "huyện", "thị xã", "quận", "thành phố", "tỉnh"
    QStringList unitTypes() const; // the rows' unit types in the order Vietnamese lists them: Xã, Thị trấn
    QString title() const;         // THỐNG KÊ … TRÊN ĐỊA BÀN CÁC XÃ, THỊ TRẤN
    QString asOfLine() const;      // (Số liệu thống kê tại thời điểm ngày 24/08/2021)
    QString periodWords() const;   // "từ đầu năm" or "từ ngày 01/03/2021 đến ngày 24/08/2021"
    QString referenceLine() const; // "(Kèm theo …)" or empty
    // The two summary lines of the annex, as label and bold value.
    QVector<QPair<QString, QString>> summaryLines() const;

    // The table's columns after STT and Phạm vi, with their headings and values.
    struct Column {
        QString heading;
        qint64 UnitStatisticsRow::*field;
    };
    QVector<Column> numberColumns() const;
    QString unitHeading() const { return QStringLiteral("Phạm vi"); }
    QString totalLabel() const { return QStringLiteral("Tổng cộng"); }
};

} // namespace cd
