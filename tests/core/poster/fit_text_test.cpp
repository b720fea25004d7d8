// SPDX-License-Identifier: GPL-3.0-or-later
#include "PosterSamples.h"
#include "TestSupport.h"

#include "poster/FitText.h"
#include "poster/PosterFonts.h"
#include "poster/PosterGeometry.h"
#include "poster/SheetLayout.h"

#include <QImage>
#include <QPdfWriter>

using namespace cd;

namespace {

QFont serifBold(qreal pointSize) {
    QFont font = posterfonts::font(posterfonts::Family::Serif, posterfonts::Style::Bold);
    font.setPointSizeF(pointSize);
    return font;
}

void requireInside(const FittedText &fitted, const QSizeF &box) {
    CHECK(fitted.size.height() <= box.height() + 1e-6);
    CHECK(fitted.size.width() <= box.width() + 1e-6);
    CHECK(fitted.lines.size() * fitted.lineSpacing <= box.height() + 1e-6);
    for (const qreal width : fitted.lineWidths)
        CHECK(width <= box.width() + 1e-6);
}

} // namespace

TEST_CASE("poster: a 120-character name wraps and shrinks to fit a sticker's name box", "[poster][fit]") {
    REQUIRE(test::longCheckpointName().size() == 120);
    // The name box of an A6-sized sticker (four to an A4 sheet), at 150 dpi and in a 1200 dpi PDF.
    QImage image(10, 10, QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(150 / 0.0254));
    image.setDotsPerMeterY(qRound(150 / 0.0254));
    QPdfWriter pdf(QStringLiteral("/dev/null"));
    pdf.setResolution(1200);
    for (const QPaintDevice *device :
         {static_cast<const QPaintDevice *>(&image), static_cast<const QPaintDevice *>(&pdf)}) {
        PosterLayout layout;
        layout.perPage = 4;
        const SheetGeometry sheet = sheetGeometry(layout);
        const qreal pixelsPerMm = device->logicalDpiX() / 25.4;
        const QRectF slot = sheetToDevice(sheet, QRectF(0, 0, sheet.size.width() * pixelsPerMm,
                                                        sheet.size.height() * pixelsPerMm))
                                .mapRect(sheet.posterRects.at(0));
        const PosterGeometry geometry = posterGeometry(slot, 41);

        const qreal designPoints = geometry.points(21) / (device->logicalDpiY() / 72.0);
        const FittedText fitted = fitText(test::longCheckpointName(), serifBold(designPoints),
                                          geometry.name.size(), device, {1, true});
        INFO("device dpi " << device->logicalDpiX());
        CHECK(fitted.shrunk);
        CHECK_FALSE(fitted.elided);
        CHECK(fitted.lines.size() >= 2);
        CHECK(fitted.font.pointSizeF() < designPoints);
        // Shrinking stops as soon as it fits, not far below.
        CHECK(fitted.font.pointSizeF() > designPoints * 0.4);
        requireInside(fitted, geometry.name.size());
        CHECK(fitted.lines.join(u' ') == test::longCheckpointName());
    }
}

TEST_CASE("poster: text that fits keeps its size and words", "[poster][fit]") {
    const QImage device(10, 10, QImage::Format_RGB32);
    const QSizeF box(2000, 300);
    const FittedText fitted = fitText(QStringLiteral("Trạm Y tế xã Đoàn Kết"), serifBold(20), box, &device);
    CHECK_FALSE(fitted.shrunk);
    CHECK(fitted.lines == QStringList{QStringLiteral("Trạm Y tế xã Đoàn Kết")});
    CHECK(fitted.font.pointSizeF() == 20);

    const FittedText twoLines =
        fitText(QStringLiteral("UBND HUYỆN BÙ ĐĂNG\nBAN CHỈ ĐẠO"), serifBold(10), box, &device);
    CHECK(twoLines.lines == QStringList{QStringLiteral("UBND HUYỆN BÙ ĐĂNG"), QStringLiteral("BAN CHỈ ĐẠO")});
}

TEST_CASE("poster: wrapped centred lines are balanced", "[poster][fit]") {
    const QImage device(10, 10, QImage::Format_RGB32);
    const QString title = QStringLiteral("ĐIỂM KIỂM SOÁT RA VÀO\u00A0— QUÉT MÃ QR KHI ĐẾN");
    const QFont font = serifBold(20);
    const FittedText single = fitText(title, font, QSizeF(5000, 500), &device);
    REQUIRE(single.lines.size() == 1);
    // Room for a little more than half the title: two lines of similar length, the dash at the end of
    // the first.
    const QSizeF box(single.size.width() * 0.7, 500);
    const FittedText fitted = fitText(title, font, box, &device);
    REQUIRE(fitted.lines.size() == 2);
    CHECK(fitted.lines.at(0).endsWith(u'—'));
    CHECK(qMin(fitted.lineWidths.at(0), fitted.lineWidths.at(1)) >
          0.6 * qMax(fitted.lineWidths.at(0), fitted.lineWidths.at(1)));
}

TEST_CASE("poster: text that cannot fit even at the smallest size is cut short, never drawn outside",
          "[poster][fit]") {
    const QImage device(10, 10, QImage::Format_RGB32);
    const QString text = test::longCheckpointName().repeated(5);
    const QSizeF box(300, 60);
    const FittedText fitted = fitText(text, serifBold(20), box, &device, {8, true});
    CHECK(fitted.elided);
    CHECK(fitted.font.pointSizeF() == Approx(8));
    CHECK(fitted.lines.last().endsWith(u'…'));
    requireInside(fitted, box);

    // A box lower than a line still gets one line, smaller.
    const FittedText flat =
        fitText(QStringLiteral("Bù Đăng"), serifBold(20), QSizeF(300, 5), &device, {8, true});
    requireInside(flat, QSizeF(300, 5));
}
