// SPDX-License-Identifier: GPL-3.0-or-later
// The statistics report from the page: what the page shows goes to the PDF, XLSX, CSV and printer, with
// the texts the report dialog remembers.
#include "TestSupport.h"

#include "demo/DemoDatabase.h"
#include "report/ReportActions.h"
#include "report/ReportTexts.h"
#include "report/ReportTextsDialog.h"
#include "stats/StatisticsPage.h"
#include "stats/UnitStatisticsModel.h"

#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrinter>

using namespace cd;
using ui::StatisticsColumn;

namespace {

QList<QByteArray> csvLines(const QString &path) {
    QByteArray bytes = test::readFile(path);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QList<QByteArray> lines = bytes.split('\n');
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

TEST_CASE("the page's report carries its period and columns", "[ui][stats]") {
    auto db = test::demoWorkspace();
    ui::statisticsColumns::remember({});
    ui::StatisticsPage page(*db);
    page.setPeriod({}, DemoDatabase::kAnnexAsOf);
    QTemporaryDir dir;

    const QString plain = dir.filePath(QStringLiteral("bang.csv"));
    REQUIRE(page.writeReport(plain, QStringLiteral("csv")));
    QList<QByteArray> lines = csvLines(plain);
    ui::UnitStatisticsModel *model = page.model();
    REQUIRE(lines.size() == model->rowCount() + 1); // heading, units, total
    CHECK(lines.first().split(',').size() == model->columnCount());
    const QByteArray total = lines.last().trimmed();
    CHECK(total.contains(QStringLiteral("Tổng cộng").toUtf8()));
    const qint64 scans = model->index(model->totalRow(), model->sectionOf(StatisticsColumn::Scans))
                             .data(ui::UnitStatisticsModel::ValueRole)
                             .toLongLong();
    CHECK(total.split(',').last() == QByteArray::number(scans));

    page.setOptionalColumns({StatisticsColumn::Active7d, StatisticsColumn::Scans7d});
    const QString wider = dir.filePath(QStringLiteral("bang-rong.csv"));
    REQUIRE(page.writeReport(wider, QStringLiteral("csv")));
    lines = csvLines(wider);
    CHECK(lines.first().split(',').size() == 6);

    const QString pdf = dir.filePath(QStringLiteral("bao-cao.pdf"));
    REQUIRE(page.writeReport(pdf, QStringLiteral("pdf")));
    CHECK(test::readFile(pdf).startsWith("%PDF"));
    const QString xlsx = dir.filePath(QStringLiteral("bao-cao.xlsx"));
    REQUIRE(page.writeReport(xlsx, QStringLiteral("xlsx")));
    CHECK(test::readFile(xlsx).startsWith("PK"));

    const auto refused = page.writeReport(dir.filePath(QStringLiteral("bao-cao.doc")), QStringLiteral("doc"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("PDF")));
}

TEST_CASE("the report prints on a printer as in the PDF", "[ui][stats]") {
    auto db = test::demoWorkspace();
    ui::statisticsColumns::remember({});
    ui::StatisticsPage page(*db);
    page.setPeriod({}, DemoDatabase::kAnnexAsOf);
    auto data = page.reportData();
    REQUIRE(data);
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = dir.filePath(QStringLiteral("in.pdf"));
    printer.setOutputFileName(printed);
    REQUIRE(ui::report::print(printer, data.value()));
    CHECK(printer.pageLayout().pageSize().id() == QPageSize::A4);
    const QByteArray bytes = test::readFile(printed);
    CHECK(bytes.startsWith("%PDF"));
    CHECK(bytes.size() > 5000);
}

TEST_CASE("the report texts dialog remembers what was typed", "[ui][stats]") {
    auto db = test::demoWorkspace();
    const ReportTexts defaults = ReportTexts::load(db->connection());
    CHECK(defaults.issuingBody.contains(QStringLiteral("BÙ ĐĂNG")));
    {
        ui::ReportTextsDialog dialog(db->connection());
        CHECK(dialog.texts() == defaults);
        dialog.findChild<QLineEdit *>(QStringLiteral("reference"))
            ->setText(QStringLiteral("Kèm theo Công văn số 1687/UBND-VX ngày 26/8/2021 của UBND huyện"));
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("signerTitle"))
            ->setPlainText(QStringLiteral("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"));
        dialog.findChild<QLineEdit *>(QStringLiteral("signerName"))
            ->setText(QStringLiteral("Nguyễn Văn Lưu"));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    const ReportTexts saved = ReportTexts::load(db->connection());
    CHECK(saved.signerName == QStringLiteral("Nguyễn Văn Lưu"));
    CHECK(saved.signerTitle == QStringLiteral("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"));
    CHECK(saved.reference.startsWith(QStringLiteral("Kèm theo Công văn số 1687")));
    CHECK(saved.issuingBody == defaults.issuingBody);

    ui::ReportTextsDialog again(db->connection());
    CHECK(again.texts() == saved);
    again.restoreDefaults();
    CHECK(again.texts() == defaults);
}
