// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "report_support.h"
#include "stats_fixture.h"

#include "common/VietnameseText.h"
#include "common/VnFormat.h"
#include "demo/DemoDatabase.h"
#include "registry/CheckpointRegistry.h"
#include "report/ReportTexts.h"
#include "report/StatisticsReport.h"
#include "report/StatisticsTables.h"
#include "units/OfficeScope.h"

#include <QDir>
#include <QRegularExpression>

using namespace cd;

namespace {

QString keptPath(const QTemporaryDir &dir, const QString &name) {
    // CD_KEEP_REPORTS=DIR keeps the files to look at.
    return QDir(qEnvironmentVariable("CD_KEEP_REPORTS", dir.path())).filePath(name);
}

StatisticsReportData demoReport(Database &db, bool charts = false, bool followUp = false) {
    ReportOptions options;
    options.asOf = DemoDatabase::kAnnexAsOf;
    options.documentDate = QDate(2021, 8, 26);
    options.charts = charts;
    options.followUp = followUp;
    ReportTexts texts = ReportTexts::load(db.connection());
    texts.reference =
        QStringLiteral("Kèm theo Công văn số 1687/UBND-VX ngày 26/8/2021 của UBND huyện Bù Đăng");
    texts.signerTitle = QStringLiteral("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH");
    texts.signerName = QStringLiteral("Nguyễn Văn Lưu");
    auto data = StatisticsReportData::load(db.connection(), options, texts);
    INFO((data ? QString() : data.error().toString()).toStdString());
    REQUIRE(data.ok());
    return std::move(data).value();
}

} // namespace

TEST_CASE("the report texts default to the office's committee and are remembered", "[report]") {
    auto db = test::demoWorkspace();
    const ReportTexts defaults = ReportTexts::load(db->connection());
    CHECK(defaults.issuingBody == QStringLiteral("ỦY BAN NHÂN DÂN\nHUYỆN BÙ ĐĂNG"));
    CHECK(defaults.place == QStringLiteral("Bù Đăng"));
    CHECK(defaults.signerName.isEmpty());
    ReportTexts changed = defaults;
    changed.issuingBody = QStringLiteral("TRUNG TÂM Y TẾ\nHUYỆN BÙ ĐĂNG");
    changed.superiorBody = QStringLiteral("UBND HUYỆN BÙ ĐĂNG");
    changed.signerName = QStringLiteral("Nguyễn Văn Lưu");
    changed.place = QString(); // cleared on purpose: stays cleared
    REQUIRE(changed.save(db->connection()).ok());
    CHECK(ReportTexts::load(db->connection()) == changed);
}

TEST_CASE("the demo's PDF report carries the annex of seed 000 in the decree's layout", "[report]") {
    if (!test::havePdfTools()) {
        WARN("pdftotext is missing: the PDF is not read back");
        return;
    }
    auto db = test::demoWorkspace();
    const StatisticsReport report(demoReport(*db));
    QTemporaryDir dir;
    const QString path = keptPath(dir, QStringLiteral("demo-report.pdf"));
    const auto pages = report.writePdf(path);
    INFO((pages ? QString() : pages.error().toString()).toStdString());
    REQUIRE(pages.ok());
    CHECK(pages.value() == test::pdfPageCount(path));

    const QString text = test::simplified(test::pdfText(path));
    CHECK(text.contains(
        QStringLiteral("THỐNG KÊ TÌNH HÌNH TRIỂN KHAI ĐIỂM KIỂM DỊCH VÀ KIỂM SOÁT VÀO RA TRÊN ĐỊA "
                       "BÀN CÁC XÃ, THỊ TRẤN")));
    CHECK(text.contains(QStringLiteral("(Số liệu thống kê tại thời điểm ngày 24/08/2021)")));
    CHECK(text.contains(QStringLiteral("Tổng số điểm kiểm dịch trên toàn huyện: 189 điểm")));
    CHECK(text.contains(
        QStringLiteral("Tổng số lượt ghi nhận vào ra trên toàn huyện từ đầu năm đến nay: 8.832 lượt")));
    CHECK(text.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
    CHECK(text.contains(QStringLiteral("Bù Đăng, ngày 26 tháng 8 năm 2021")));
    CHECK(text.contains(QStringLiteral("(Kèm theo Công văn số 1687/UBND-VX")));
    CHECK(text.contains(QStringLiteral("Nguyễn Văn Lưu")));
    CHECK(text.contains(QStringLiteral("Số lượt ghi nhận vào ra từ đầu năm")));

    // Row by row, in the annex's order: "6  Thị trấn Đức Phong  45  2.436" on one line of the layout. The
    // names are the official ones; they read as the annex's but for its misprint "Thông Nhất" (Thống).
    const QString layout = test::pdfText(path, 0, true);
    qsizetype previous = -1;
    for (const AnnexRow &row : DemoDatabase::annex()) {
        INFO(row.nameAsPrinted.toStdString());
        const QRegularExpression line(QStringLiteral(R"((?m)^\s*%1\s+(\S.*\S)\s+%2\s+%3\s*$)")
                                          .arg(row.stt)
                                          .arg(QString::number(row.checkpoints),
                                               QRegularExpression::escape(format::number(row.scans))));
        const auto match = line.match(layout, previous + 1); // after the previous row: the order is kept
        REQUIRE(match.hasMatch());
        CHECK(text::foldKey(match.captured(1)) == text::foldKey(row.nameAsPrinted));
        previous = match.capturedStart();
    }
    CHECK(QRegularExpression(QStringLiteral(R"((?m)^\s*Tổng cộng\s+189\s+8\.832\s*$)"))
              .match(layout)
              .hasMatch());
}

TEST_CASE("chart pages and the follow-up list come after the table when asked for", "[report]") {
    if (!test::havePdfTools()) {
        WARN("pdftotext is missing: the PDF is not read back");
        return;
    }
    auto db = test::demoWorkspace();
    QTemporaryDir dir;
    const QString plainPath = keptPath(dir, QStringLiteral("plain.pdf"));
    const QString fullPath = keptPath(dir, QStringLiteral("demo-report-charts.pdf"));
    const auto plain = StatisticsReport(demoReport(*db)).writePdf(plainPath);
    const StatisticsReport full(demoReport(*db, true, true));
    const auto withCharts = full.writePdf(fullPath);
    REQUIRE(plain.ok());
    REQUIRE(withCharts.ok());
    CHECK(withCharts.value() >= plain.value() + 2);
    const int pages = withCharts.value();
    CHECK(test::simplified(test::pdfText(fullPath, pages - 1))
              .contains(QStringLiteral("Biểu đồ 1. Số lượt ghi nhận vào ra theo xã, thị trấn")));
    const QString lastPage = test::simplified(test::pdfText(fullPath, pages));
    CHECK(lastPage.contains(QStringLiteral("Biểu đồ 3")));
    CHECK(lastPage.contains(QStringLiteral("Biểu đồ 4")));
    CHECK(lastPage.trimmed().startsWith(QString::number(pages)));

    const QString text = test::simplified(test::pdfText(fullPath));
    const auto &inactive = full.data().inactive;
    CHECK(text.contains(
        QStringLiteral("không có lượt quét nào trong 7 ngày gần đây, cần theo dõi, đôn đốc: %1 điểm")
            .arg(format::number(inactive.size()))));
    for (const CheckpointStatisticsRow &row : inactive)
        CHECK(text.contains(row.phone));
    // The charts' bars carry the table's figures.
    for (const UnitStatisticsRow &row : full.data().table.rows)
        CHECK(QRegularExpression(QStringLiteral(R"((^|\s)%1 ?/ ?%2(\s|$))")
                                     .arg(format::number(row.checkpoints), format::number(row.active7d)))
                  .match(text)
                  .hasMatch());
}

TEST_CASE("a 400-district province table spans pages with its heading on every page", "[report]") {
    if (!test::havePdfTools()) {
        WARN("pdftotext is missing: the PDF is not read back");
        return;
    }
    auto db = test::memoryWorkspace();
    test::addMadeUpProvince(*db, QStringLiteral("98"), QStringLiteral("Bốn Trăm"), 400, 1);
    REQUIRE(OfficeScope(db->connection()).configure(QStringLiteral("Bốn Trăm"), QString()).ok());
    CheckpointRegistry registry(db->connection());
    for (int d = 1; d <= 400; d += 10) {
        Checkpoint c;
        c.name = QStringLiteral("Trạm %1").arg(d);
        c.typeName = QStringLiteral("Chốt kiểm dịch");
        c.phone = QStringLiteral("0912%1").arg(d, 6, 10, QLatin1Char('0'));
        c.communeCode = QStringLiteral("98%1").arg(d, 3, 10, QLatin1Char('0')) + QStringLiteral("001");
        c.address = QStringLiteral("Quốc lộ 14");
        c.registeredOn = QDate(2021, 1, 4);
        const auto stored = registry.add(c);
        INFO((stored ? QString() : stored.error().toString()).toStdString());
        REQUIRE(stored.ok());
        test::addDailyCount(*db, stored->id, QDate(2021, 8, 20), d * 3);
    }
    ReportOptions options;
    options.asOf = QDate(2021, 8, 24);
    options.extraColumns = {ReportColumn::Active7d};
    const auto data =
        StatisticsReportData::load(db->connection(), options, ReportTexts::load(db->connection()));
    REQUIRE(data.ok());
    REQUIRE(data->table.rows.size() == 400);
    CHECK(data->title().endsWith(QStringLiteral("TRÊN ĐỊA BÀN CÁC HUYỆN")));
    QTemporaryDir dir;
    const QString path = keptPath(dir, QStringLiteral("province-400.pdf"));
    const auto pages = StatisticsReport(data.value()).writePdf(path);
    REQUIRE(pages.ok());
    REQUIRE(pages.value() >= 8);
    int rowsSeen = 0;
    for (int page = 1; page <= pages.value(); ++page) {
        INFO("page " << page);
        const QString text = test::pdfText(path, page);
        CHECK(test::simplified(text).contains(QStringLiteral("Số điểm hoạt động trong 7 ngày gần đây")));
        CHECK(text.contains(QStringLiteral("Phạm vi")));
        auto rows = QRegularExpression(QStringLiteral(R"(Huyện Số \d+)")).globalMatch(text);
        while (rows.hasNext()) {
            rows.next();
            ++rowsSeen;
        }
    }
    CHECK(rowsSeen == 400); // every row once: none lost at a page break, none repeated
    const QString all = test::simplified(test::pdfText(path));
    CHECK(all.contains(QStringLiteral("Tổng số điểm kiểm dịch trên toàn tỉnh: 40 điểm")));
    CHECK(all.contains(QStringLiteral("Huyện Số 400")));
    CHECK(test::simplified(test::pdfText(path, pages.value()))
              .contains(QStringLiteral("Tổng cộng 40 23.520 40")));
}
