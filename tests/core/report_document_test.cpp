// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "report_support.h"

#include "report/AdminDocument.h"
#include "report/TablePainter.h"

#include <QDir>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

using namespace cd;

TEST_CASE("the decree's date line writes the day with two digits and the month as the decree does",
          "[report]") {
    CHECK(AdminDocument::placeAndDate(QStringLiteral("Bù Đăng"), QDate(2021, 8, 24)) ==
          QStringLiteral("Bù Đăng, ngày 24 tháng 8 năm 2021"));
    CHECK(AdminDocument::placeAndDate(QStringLiteral("Hà Nội"), QDate(2020, 3, 5)) ==
          QStringLiteral("Hà Nội, ngày 05 tháng 3 năm 2020"));
    CHECK(AdminDocument::placeAndDate(QString(), QDate(2021, 1, 9)) ==
          QStringLiteral("ngày 09 tháng 01 năm 2021"));
    const QPageLayout layout = AdminDocument::pageLayout();
    CHECK(layout.pageSize().id() == QPageSize::A4);
    CHECK(layout.margins(QPageLayout::Millimeter).left() == Approx(30));
    CHECK(layout.margins(QPageLayout::Millimeter).top() >= 20);
    CHECK(layout.margins(QPageLayout::Millimeter).right() <= 20);
}

TEST_CASE("a long table repeats its heading on every page and pages are numbered from page 2", "[report]") {
    if (!test::havePdfTools()) {
        WARN("pdftotext is missing: the PDF is not read back");
        return;
    }
    QTemporaryDir dir;
    // CD_KEEP_REPORTS=DIR keeps the PDF to look at.
    const QString path =
        QDir(qEnvironmentVariable("CD_KEEP_REPORTS", dir.path())).filePath(QStringLiteral("table.pdf"));
    {
        QPdfWriter writer(path);
        writer.setResolution(300);
        AdminDocument::prepare(writer);
        QPainter painter(&writer);
        AdminDocument document(painter, writer);
        document.paintHeader({{},
                              QStringLiteral("ỦY BAN NHÂN DÂN\nHUYỆN BÙ ĐĂNG"),
                              QStringLiteral("Số: 12/UBND-VX"),
                              QStringLiteral("Bù Đăng"),
                              QDate(2021, 8, 24)});
        document.paragraph(QStringLiteral("DANH SÁCH THỬ"), AdminDocument::font(14, true), Qt::AlignHCenter);
        TablePainter table({{QStringLiteral("STT"), 1, Qt::AlignCenter},
                            {QStringLiteral("Tên đơn vị kiểm tra"), 5, Qt::AlignLeft},
                            {QStringLiteral("Số lượt"), 2, Qt::AlignRight}});
        for (int i = 1; i <= 150; ++i)
            table.addRow({QString::number(i), QStringLiteral("Đơn vị số %1").arg(i), QString::number(i * 7)});
        table.addRow({QString(), QStringLiteral("Tổng cộng"), QStringLiteral("79.275")}, true);
        REQUIRE(table.paint(document));
        document.paintSignature(QStringLiteral("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"),
                                QStringLiteral("Nguyễn Văn Lưu"));
        CHECK(document.pageNumber() >= 4);
    }
    const int pages = test::pdfPageCount(path);
    REQUIRE(pages >= 4);
    const QString first = test::pdfText(path, 1);
    CHECK(first.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
    CHECK(first.contains(QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
    CHECK(first.contains(QStringLiteral("HUYỆN BÙ ĐĂNG")));
    CHECK(first.contains(QStringLiteral("Bù Đăng, ngày 24 tháng 8 năm 2021")));
    CHECK_FALSE(first.split(QLatin1Char('\n')).first().trimmed() == QStringLiteral("1"));
    int lastRowSeen = 0;
    for (int page = 1; page <= pages; ++page) {
        const QString text = test::pdfText(path, page);
        INFO("page " << page);
        CHECK(text.contains(QStringLiteral("Tên đơn vị kiểm tra")));
        if (page > 1)
            CHECK(text.trimmed().startsWith(QString::number(page)));
        // Rows continue where the previous page stopped, none lost or repeated.
        const auto rows = QRegularExpression(QStringLiteral(R"(Đơn vị số (\d+))")).globalMatch(text);
        auto it = rows;
        while (it.hasNext()) {
            const int n = it.next().captured(1).toInt();
            CHECK(n == lastRowSeen + 1);
            lastRowSeen = n;
        }
    }
    CHECK(lastRowSeen == 150);
    const QString last = test::pdfText(path, pages);
    CHECK(last.contains(QStringLiteral("Tổng cộng")));
    CHECK(last.contains(QStringLiteral("Nguyễn Văn Lưu")));
}
