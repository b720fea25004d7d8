// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportActions.h"

#include "report/AdminDocument.h"
#include "report/ReportTexts.h"
#include "report/StatisticsReport.h"
#include "report/StatisticsTables.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>

namespace cd::ui::report {

namespace {

std::optional<ReportColumn> reportColumn(StatisticsColumn column) {
    switch (column) {
    case StatisticsColumn::Active7d:
        return ReportColumn::Active7d;
    case StatisticsColumn::WithScans:
        return ReportColumn::WithScans;
    case StatisticsColumn::WithoutScans:
        return ReportColumn::WithoutScans;
    case StatisticsColumn::Scans7d:
        return ReportColumn::Scans7d;
    default:
        return std::nullopt;
    }
}

Status writeBytes(const QString &path, const QByteArray &bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(
            QCoreApplication::translate("cd::ui::ReportActions", "the file could not be written: %1")
                .arg(file.errorString()),
            path, 0);
    return success();
}

} // namespace

ReportOptions optionsFor(const QDate &from, const QDate &asOf, const StatisticsColumns &columns,
                         int inactiveDays, bool charts, bool followUp) {
    ReportOptions options;
    options.asOf = asOf;
    options.from = from;
    for (StatisticsColumn column : columns) {
        if (const auto extra = reportColumn(column))
            options.extraColumns.append(*extra);
    }
    options.charts = charts;
    options.followUp = followUp;
    options.inactiveDays = inactiveDays;
    return options;
}

Result<StatisticsReportData> load(const QSqlDatabase &db, const ReportOptions &options) {
    return StatisticsReportData::load(db, options, ReportTexts::load(db));
}

Status write(const StatisticsReportData &data, const QString &path, const QString &format) {
    if (format == QLatin1String("pdf")) {
        auto pages = StatisticsReport(data).writePdf(path);
        return pages ? success() : Status(pages.error());
    }
    if (format == QLatin1String("xlsx"))
        return writeStatisticsXlsx(path, data);
    if (format == QLatin1String("csv"))
        return writeBytes(path, statisticsCsv(data));
    return makeError(
        QCoreApplication::translate("cd::ui::ReportActions", "reports are written as PDF, XLSX or CSV"), path,
        0);
}

QString suggestedFileName(const StatisticsReportData &data, const QString &format) {
    return QStringLiteral("thong-ke-%1.%2")
        .arg(data.table.asOf.toString(QStringLiteral("dd-MM-yyyy")), format);
}

Status print(QPrinter &printer, const StatisticsReportData &data) {
    AdminDocument::prepare(printer);
    QPainter painter;
    if (!painter.begin(&printer))
        return makeError(QCoreApplication::translate("cd::ui::ReportActions", "the printer could not start"));
    auto pages = StatisticsReport(data).paint(painter, printer);
    painter.end();
    return pages ? success() : Status(pages.error());
}

void showPrintPreview(QWidget *parent, const StatisticsReportData &data) {
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(
        QCoreApplication::translate("cd::ui::ReportActions", "Print the statistics report"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&data](QPrinter *target) { print(*target, data); });
    dialog.resize(900, 1000);
    dialog.exec();
}

} // namespace cd::ui::report
