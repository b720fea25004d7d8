// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatisticsReportData.h"

#include "common/Clock.h"
#include "common/VnFormat.h"

#include <QCoreApplication>

namespace cd {

Result<StatisticsReportData> StatisticsReportData::load(const QSqlDatabase &db, ReportOptions options,
                                                        ReportTexts texts) {
    const auto scope = OfficeScope(db).current();
    if (!scope)
        return makeError(
            QCoreApplication::translate("cd::UnitStatistics", "the database serves no area yet"));
    if (options.inactiveDays < 1)
        options.inactiveDays = 7;
    if (!options.documentDate.isValid())
        options.documentDate = clock::today();
    auto table = UnitStatisticsQuery(db).table(options.asOf, options.from);
    if (!table)
        return table.error();
    options.from = table->from;

    StatisticsReportData data;
    data.scope = *scope;
    data.texts = std::move(texts);
    data.table = std::move(table).value();
    const ScanSeriesQuery series(db);
    auto daily = series.daily(options.from, options.asOf);
    if (!daily)
        return daily.error();
    data.daily = std::move(daily).value();
    auto weekly = series.weekly(options.from, options.asOf);
    if (!weekly)
        return weekly.error();
    data.weekly = std::move(weekly).value();
    const CheckpointStatisticsQuery checkpoints(db);
    auto listed = checkpoints.list(options.asOf, options.from);
    if (!listed)
        return listed.error();
    data.checkpoints = std::move(listed).value();
    auto inactive = checkpoints.inactive(options.asOf, options.inactiveDays);
    if (!inactive)
        return inactive.error();
    data.inactive = std::move(inactive).value();
    data.options = std::move(options);
    return data;
}

QString StatisticsReportData::areaWord() const {
    return (scope.district ? scope.district->type : scope.province.type).toLower();
}

QStringList StatisticsReportData::unitTypes() const {
    // The unit types the rows hold, in the order Vietnamese lists them: "XÃ, THỊ TRẤN", "HUYỆN, THỊ XÃ…".
    static const QStringList order{
        QStringLiteral("Xã"),    QStringLiteral("Phường"), QStringLiteral("Thị trấn"), QStringLiteral("Quận"),
        QStringLiteral("Huyện"), QStringLiteral("Thị xã"), QStringLiteral("Thành phố")};
    QStringList present;
    for (const QString &type : order) {
        for (const UnitStatisticsRow &row : table.rows) {
            if (row.unit.type == type) {
                present << type;
                break;
            }
        }
    }
    for (const UnitStatisticsRow &row : table.rows) {
        if (!order.contains(row.unit.type) && !present.contains(row.unit.type))
            present << row.unit.type;
    }
    return present;
}

QString StatisticsReportData::title() const {
    // Broken where the annex breaks it.
    return QStringLiteral(
               "THỐNG KÊ TÌNH HÌNH TRIỂN KHAI ĐIỂM KIỂM DỊCH\nVÀ KIỂM SOÁT VÀO RA TRÊN ĐỊA BÀN CÁC ") +
           unitTypes().join(QStringLiteral(", ")).toUpper();
}

QString StatisticsReportData::asOfLine() const {
    return QStringLiteral("(Số liệu thống kê tại thời điểm ngày %1)").arg(format::date(table.asOf));
}

QString StatisticsReportData::periodWords() const {
    if (table.from == QDate(table.asOf.year(), 1, 1))
        return QStringLiteral("từ đầu năm");
    return QStringLiteral("từ ngày %1 đến ngày %2").arg(format::date(table.from), format::date(table.asOf));
}

QString StatisticsReportData::referenceLine() const {
    const QString reference = texts.reference.trimmed();
    if (reference.isEmpty())
        return {};
    return reference.startsWith(QLatin1Char('(')) ? reference
                                                  : QLatin1Char('(') + reference + QLatin1Char(')');
}

QVector<QPair<QString, QString>> StatisticsReportData::summaryLines() const {
    const QString area = QStringLiteral("trên toàn ") + areaWord();
    const QString period =
        table.from == QDate(table.asOf.year(), 1, 1) ? QStringLiteral("từ đầu năm đến nay") : periodWords();
    return {{QStringLiteral("Tổng số điểm kiểm dịch %1: ").arg(area),
             format::number(table.total.checkpoints) + QStringLiteral(" điểm")},
            {QStringLiteral("Tổng số lượt ghi nhận vào ra %1 %2: ").arg(area, period),
             format::number(table.total.scans) + QStringLiteral(" lượt")}};
}

QVector<StatisticsReportData::Column> StatisticsReportData::numberColumns() const {
    QVector<Column> columns{
        {QStringLiteral("Số điểm kiểm dịch"), &UnitStatisticsRow::checkpoints},
        {QStringLiteral("Số lượt ghi nhận vào ra ") + periodWords(), &UnitStatisticsRow::scans},
    };
    for (const ReportColumn extra : options.extraColumns) {
        switch (extra) {
        case ReportColumn::Active7d:
            columns.append(
                {QStringLiteral("Số điểm hoạt động trong 7 ngày gần đây"), &UnitStatisticsRow::active7d});
            break;
        case ReportColumn::WithScans:
            columns.append({QStringLiteral("Số điểm có phát sinh lượt quét"), &UnitStatisticsRow::withScans});
            break;
        case ReportColumn::WithoutScans:
            columns.append(
                {QStringLiteral("Số điểm không phát sinh lượt quét"), &UnitStatisticsRow::withoutScans});
            break;
        case ReportColumn::Scans7d:
            columns.append({QStringLiteral("Số lượt ghi nhận vào ra trong 7 ngày gần đây"),
                            &UnitStatisticsRow::scans7d});
            break;
        }
    }
    return columns;
}

} // namespace cd
