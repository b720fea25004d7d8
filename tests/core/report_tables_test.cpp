// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "report_support.h"

#include "demo/DemoDatabase.h"
#include "report/StatisticsTables.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cd;

namespace {

StatisticsReportData demoData(Database &db, QVector<ReportColumn> extra = {}) {
    ReportOptions options;
    options.asOf = DemoDatabase::kAnnexAsOf;
    options.extraColumns = std::move(extra);
    auto data = StatisticsReportData::load(db.connection(), options, ReportTexts::load(db.connection()));
    REQUIRE(data.ok());
    return std::move(data).value();
}

// Reads the workbook with openpyxl twice (formulas, then the values cached in the file) and prints JSON.
const char *kReadBack = R"PY(
import json, sys, openpyxl
path = sys.argv[1]
formulas = openpyxl.load_workbook(path)
values = openpyxl.load_workbook(path, data_only=True)
out = {"sheets": formulas.sheetnames}
ws, wv = formulas["Bảng thống kê"], values["Bảng thống kê"]
head = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "STT")
out["heading"] = [c.value for c in ws[head]]
out["freeze"] = ws.freeze_panes
out["print_title_rows"] = ws.print_title_rows
out["paper"] = ws.page_setup.paperSize
out["fit_width"] = ws.page_setup.fitToWidth
out["bold_heading"] = all(c.font.b for c in ws[head])
out["rows"] = []
for r in range(head + 1, ws.max_row + 1):
    out["rows"].append({"cells": [c.value for c in ws[r]], "cached": [c.value for c in wv[r]],
                        "formats": [c.number_format for c in ws[r]]})
cp = formulas["Điểm kiểm dịch"]
out["checkpoint_rows"] = cp.max_row - 1
out["checkpoint_scans"] = sum(cp.cell(r, 8).value for r in range(2, cp.max_row + 1))
out["checkpoint_phone"] = cp.cell(2, 7).value
daily = values["Theo ngày"]
out["daily_total"] = daily.cell(daily.max_row, 2).value
out["daily_formula"] = formulas["Theo ngày"].cell(daily.max_row, 2).value
out["daily_days"] = daily.max_row - 2
follow = formulas["Cần theo dõi"]
out["follow_up"] = [[c.value if not hasattr(c.value, "isoformat") else c.value.date().isoformat() for c in row]
                    for row in follow.iter_rows(min_row=2)]
print(json.dumps(out, ensure_ascii=False))
)PY";

} // namespace

TEST_CASE("the XLSX report is read back by openpyxl with the same table and SUM totals", "[report]") {
    auto db = test::demoWorkspace();
    const StatisticsReportData data = demoData(*db, {ReportColumn::Active7d});
    QTemporaryDir dir;
    const QString path =
        QDir(qEnvironmentVariable("CD_KEEP_REPORTS", dir.path())).filePath(QStringLiteral("report.xlsx"));
    REQUIRE(writeStatisticsXlsx(path, data).ok());
    const QString json = test::runPython(QString::fromUtf8(kReadBack), {path});
    if (json.isNull())
        return; // python3 or openpyxl missing: warned
    const QJsonObject read = QJsonDocument::fromJson(json.toUtf8()).object();
    REQUIRE_FALSE(read.isEmpty());
    CHECK(read[QStringLiteral("sheets")].toArray() ==
          QJsonArray{QStringLiteral("Bảng thống kê"), QStringLiteral("Điểm kiểm dịch"),
                     QStringLiteral("Theo ngày"), QStringLiteral("Cần theo dõi")});
    CHECK(read[QStringLiteral("heading")].toArray() ==
          QJsonArray{QStringLiteral("STT"), QStringLiteral("Phạm vi"), QStringLiteral("Số điểm kiểm dịch"),
                     QStringLiteral("Số lượt ghi nhận vào ra từ đầu năm"),
                     QStringLiteral("Số điểm hoạt động trong 7 ngày gần đây")});
    CHECK(read[QStringLiteral("bold_heading")].toBool());
    CHECK(read[QStringLiteral("paper")].toVariant().toInt() == 9); // A4
    CHECK_FALSE(read[QStringLiteral("print_title_rows")].toString().isEmpty());
    CHECK_FALSE(read[QStringLiteral("freeze")].toString().isEmpty());

    const QJsonArray rows = read[QStringLiteral("rows")].toArray();
    REQUIRE(rows.size() == data.table.rows.size() + 1);
    for (int i = 0; i < data.table.rows.size(); ++i) {
        const UnitStatisticsRow &expected = data.table.rows[i];
        const QJsonArray cells = rows[i][QStringLiteral("cells")].toArray();
        INFO(expected.unit.nameWithType.toStdString());
        CHECK(cells[0].toInt() == expected.stt);
        CHECK(cells[1].toString() == expected.unit.nameWithType);
        CHECK(cells[2].toDouble() == double(expected.checkpoints));
        CHECK(cells[3].toDouble() == double(expected.scans));
        CHECK(cells[4].toDouble() == double(expected.active7d));
        CHECK(rows[i][QStringLiteral("formats")].toArray()[3].toString() == QStringLiteral("#,##0"));
    }
    const QJsonObject total = rows.last().toObject();
    const QJsonArray totalCells = total[QStringLiteral("cells")].toArray();
    CHECK(totalCells[1].toString() == QStringLiteral("Tổng cộng"));
    for (int c = 2; c <= 4; ++c)
        CHECK(totalCells[c].toString().startsWith(QStringLiteral("=SUM(")));
    CHECK(total[QStringLiteral("cached")].toArray()[2].toDouble() == 189);
    CHECK(total[QStringLiteral("cached")].toArray()[3].toDouble() == 8832);
    CHECK(total[QStringLiteral("cached")].toArray()[4].toDouble() == double(data.table.total.active7d));

    CHECK(read[QStringLiteral("checkpoint_rows")].toInt() == data.checkpoints.size());
    CHECK(read[QStringLiteral("checkpoint_scans")].toDouble() == 8832);
    CHECK(read[QStringLiteral("checkpoint_phone")].toString().startsWith(QLatin1Char('0')));
    CHECK(read[QStringLiteral("daily_total")].toDouble() == 8832);
    CHECK(read[QStringLiteral("daily_formula")].toString().startsWith(QStringLiteral("=SUM(")));
    CHECK(read[QStringLiteral("daily_days")].toInt() ==
          DemoDatabase::kAnnexFrom.daysTo(DemoDatabase::kAnnexAsOf) + 1);
    const QJsonArray followUp = read[QStringLiteral("follow_up")].toArray();
    REQUIRE(followUp.size() == data.inactive.size());
    for (int i = 0; i < followUp.size(); ++i) {
        const QJsonArray cells = followUp[i].toArray();
        CHECK(cells[1].toString() == data.inactive[i].code);
        CHECK(cells[4].toString() == data.inactive[i].phone);
        CHECK(cells[5].toString() == data.inactive[i].lastScanDay.toString(Qt::ISODate));
        CHECK(cells[6].toInt() >= 7);
    }
}

TEST_CASE("the CSV report is the table with its total row", "[report]") {
    auto db = test::demoWorkspace();
    const StatisticsReportData data = demoData(*db);
    const QByteArray csv = statisticsCsv(data);
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == data.table.rows.size() + 2);
    CHECK(lines[0] == QStringLiteral("STT,Phạm vi,Số điểm kiểm dịch,Số lượt ghi nhận vào ra từ đầu năm"));
    const QVector<AnnexRow> annex = DemoDatabase::annex();
    for (int i = 0; i < annex.size(); ++i)
        CHECK(lines[i + 1] == QStringLiteral("%1,%2,%3,%4")
                                  .arg(annex[i].stt)
                                  .arg(data.table.rows[i].unit.nameWithType)
                                  .arg(annex[i].checkpoints)
                                  .arg(annex[i].scans));
    CHECK(lines.last() == QStringLiteral(",Tổng cộng,189,8832"));
}
