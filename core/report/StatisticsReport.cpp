// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatisticsReport.h"

#include "AdminDocument.h"
#include "ChartPainter.h"
#include "TablePainter.h"
#include "common/VnFormat.h"

#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace cd {
namespace {

// A chart with more bars than this shows the largest ones: 400 bars would not be read.
constexpr int kMostBars = 30;

Error pageError() {
    return makeError(QCoreApplication::translate("cd::StatisticsReport", "a page could not be added"));
}

} // namespace

Result<int> StatisticsReport::paint(QPainter &painter, QPagedPaintDevice &device) const {
    AdminDocument document(painter, device);
    const ReportTexts &texts = m_data.texts;
    document.paintHeader(
        {texts.superiorBody, texts.issuingBody, texts.number, texts.place, m_data.options.documentDate});
    document.paragraph(m_data.title(), AdminDocument::font(14, true), Qt::AlignHCenter, 2);
    if (const QString reference = m_data.referenceLine(); !reference.isEmpty())
        document.paragraph(reference, AdminDocument::font(13, false, true), Qt::AlignHCenter, 2);
    document.paragraph(m_data.asOfLine(), AdminDocument::font(13, false, true), Qt::AlignHCenter, 10);
    for (const auto &[label, value] : m_data.summaryLines())
        document.labelledParagraph(label, value, 13.5);
    document.advance(document.pt(6));
    if (Status table = paintTable(document); !table)
        return table.error();
    if (m_data.options.followUp) {
        if (Status followUp = paintFollowUp(document); !followUp)
            return followUp.error();
    }
    document.paintSignature(texts.signerTitle, texts.signerName);
    if (m_data.options.charts) {
        if (Status charts = paintCharts(document); !charts)
            return charts.error();
    }
    return document.pageNumber();
}

Status StatisticsReport::paintTable(AdminDocument &document) const {
    const QVector<StatisticsReportData::Column> numbers = m_data.numberColumns();
    QVector<TablePainter::Column> columns{{QStringLiteral("STT"), 0.9, Qt::AlignHCenter},
                                          {m_data.unitHeading(), 4, Qt::AlignLeft}};
    for (const auto &column : numbers)
        columns.append({column.heading, 2.3, Qt::AlignRight});
    // Four columns fit at 13 pt as in the annex; added columns need a smaller size.
    TablePainter table(columns, numbers.size() <= 2 ? 13 : numbers.size() <= 4 ? 12 : 11);
    const auto cells = [&](const UnitStatisticsRow &row, const QString &stt, const QString &name) {
        QStringList values{stt, name};
        for (const auto &column : numbers)
            values << format::number(row.*column.field);
        return values;
    };
    for (const UnitStatisticsRow &row : m_data.table.rows)
        table.addRow(cells(row, QString::number(row.stt), row.unit.nameWithType));
    table.addRow(cells(m_data.table.total, QString(), m_data.totalLabel()), true);
    if (!table.paint(document))
        return pageError();
    return success();
}

Status StatisticsReport::paintFollowUp(AdminDocument &document) const {
    const QDate asOf = m_data.table.asOf;
    const QString units = m_data.unitTypes().join(QStringLiteral(", ")).toLower();
    const QString week =
        QStringLiteral("từ ngày %1 đến ngày %2").arg(format::date(asOf.addDays(-6)), format::date(asOf));
    document.advance(document.pt(10));
    const QStringList flagged = m_data.table.flaggedUnits();
    if (flagged.isEmpty())
        document.labelledParagraph(
            QStringLiteral("Các %1 không có lượt ghi nhận vào ra nào trong 7 ngày gần đây (%2): ")
                .arg(units, week),
            QStringLiteral("không có"), 13.5);
    else
        document.labelledParagraph(
            QStringLiteral("Các %1 không có lượt ghi nhận vào ra nào trong 7 ngày gần đây (%2): ")
                .arg(units, week),
            flagged.join(QStringLiteral(", ")) + QLatin1Char('.'), 13.5);

    const int days = m_data.options.inactiveDays;
    document.labelledParagraph(
        QStringLiteral(
            "Số điểm kiểm dịch đã có lượt quét nhưng không có lượt quét nào trong %1 ngày gần đây, cần "
            "theo dõi, đôn đốc: ")
            .arg(days),
        format::number(m_data.inactive.size()) + QStringLiteral(" điểm"), 13.5, 10, 6);
    if (m_data.inactive.isEmpty())
        return success();
    TablePainter table({{QStringLiteral("STT"), 0.9, Qt::AlignHCenter},
                        {QStringLiteral("Tên điểm kiểm dịch"), 4, Qt::AlignLeft},
                        {m_data.unitHeading(), 2.6, Qt::AlignLeft},
                        {QStringLiteral("Số điện thoại"), 2.2, Qt::AlignHCenter},
                        {QStringLiteral("Ngày quét gần nhất"), 2, Qt::AlignHCenter}},
                       12);
    int stt = 0;
    for (const CheckpointStatisticsRow &row : m_data.inactive)
        table.addRow(
            {QString::number(++stt), row.name, row.communeName, row.phone, format::date(row.lastScanDay)});
    if (!table.paint(document))
        return pageError();
    return success();
}

Status StatisticsReport::paintCharts(AdminDocument &document) const {
    if (!document.newPage())
        return pageError();
    const QString units = m_data.unitTypes().join(QStringLiteral(", ")).toLower();
    QVector<UnitStatisticsRow> rows = m_data.table.rows;
    QString limited;
    if (rows.size() > kMostBars) {
        std::stable_sort(rows.begin(), rows.end(),
                         [](const auto &a, const auto &b) { return a.scans > b.scans; });
        rows.resize(kMostBars);
        limited = QStringLiteral(" (%1 đơn vị có số lượt cao nhất)").arg(kMostBars);
    }
    QVector<ChartPainter::Bar> scans;
    QVector<ChartPainter::Bar> checkpoints;
    for (const UnitStatisticsRow &row : rows) {
        scans.append({row.unit.nameWithType, row.scans});
        checkpoints.append({row.unit.nameWithType, row.checkpoints, row.active7d});
    }
    const ChartPainter chart(document.painter(), document.pt(1));
    const QRectF area = document.contentRect();
    const qreal gap = document.mm(8);
    const QRectF top(area.left(), area.top(), area.width(), (area.height() - gap) / 2);
    const QRectF bottom(area.left(), top.bottom() + gap, area.width(), top.height());
    chart.horizontalBars(top,
                         QStringLiteral("Biểu đồ 1. Số lượt ghi nhận vào ra theo %1, %2%3")
                             .arg(units, m_data.periodWords(), limited),
                         scans, QStringLiteral("Số lượt ghi nhận vào ra"));
    chart.horizontalBars(
        bottom,
        QStringLiteral("Biểu đồ 2. Số điểm kiểm dịch và số điểm hoạt động trong 7 ngày gần đây%1")
            .arg(limited),
        checkpoints, QStringLiteral("Số điểm kiểm dịch"), QStringLiteral("Hoạt động trong 7 ngày gần đây"));

    if (!document.newPage())
        return pageError();
    const QVector<SeriesPoint> lastDays = m_data.daily.mid(std::max<qsizetype>(0, m_data.daily.size() - 28));
    chart.line(top,
               QStringLiteral("Biểu đồ 3. Số lượt ghi nhận vào ra theo tuần, %1").arg(m_data.periodWords()),
               m_data.weekly,
               QStringLiteral("Số lượt trong tuần (tuần tính từ thứ Hai; tuần cuối tính đến ngày %1)")
                   .arg(format::date(m_data.table.asOf)));
    chart.line(
        bottom,
        QStringLiteral("Biểu đồ 4. Số lượt ghi nhận vào ra theo ngày, %1 ngày gần nhất").arg(lastDays.size()),
        lastDays, QStringLiteral("Số lượt trong ngày"));
    return success();
}

Result<int> StatisticsReport::writePdf(const QString &path) const {
    const QString name = QFileInfo(path).fileName();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(tr("Cannot write %1: %2.").arg(name, file.errorString()), path);
    QPdfWriter writer(&file);
    writer.setResolution(300);
    AdminDocument::prepare(writer);
    // The document is Vietnamese whatever the interface language.
    writer.setTitle(QStringLiteral("Thống kê điểm kiểm dịch và lượt ghi nhận vào ra, ngày %1")
                        .arg(format::date(m_data.table.asOf)));
    writer.setCreator(QStringLiteral("Checkpoint Desk"));
    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(tr("Cannot start the PDF %1.").arg(name), path);
    const Result<int> painted = paint(painter, writer);
    painter.end();
    if (!painted) {
        file.cancelWriting();
        return Error{painted.error().message, path, 0, {}};
    }
    if (!file.commit())
        return makeError(tr("Cannot write %1: %2.").arg(name, file.errorString()), path);
    return painted.value();
}

} // namespace cd
