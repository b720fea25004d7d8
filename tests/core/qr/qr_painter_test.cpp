// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "qr/QrCode.h"
#include "qr/QrPainter.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>

using namespace cd;

namespace {

QrCode sampleCode() {
    return QrCode::encode(
               QByteArray("https://tokhaiyte.vn/?page=Group.checkin&groupId=61204c1a9b8f7e0012d3a4f5"))
        .value();
}

} // namespace

TEST_CASE("qr: the code takes the largest centred square, quiet zone included", "[qr]") {
    const QrPlacement placement = placeQr(QRectF(10, 20, 490, 900), 41);
    CHECK(placement.square.width() == Approx(490));
    CHECK(placement.square.height() == Approx(490));
    CHECK(placement.square.center().x() == Approx(255));
    CHECK(placement.square.center().y() == Approx(470));
    CHECK(placement.moduleSize == Approx(490.0 / 49));
    CHECK(placement.symbol.left() - placement.square.left() == Approx(4 * placement.moduleSize));
    CHECK(placement.symbol.width() == Approx(41 * placement.moduleSize));
}

TEST_CASE("qr: the path covers exactly the dark modules with few rectangles", "[qr]") {
    const QrCode code = sampleCode();
    const QRectF symbol(0, 0, code.size() * 10.0, code.size() * 10.0);
    const QPainterPath path = qrPath(code, symbol);
    int dark = 0;
    for (int y = 0; y < code.size(); ++y) {
        for (int x = 0; x < code.size(); ++x) {
            const QPointF centre(x * 10 + 5, y * 10 + 5);
            INFO("module " << x << "," << y);
            CHECK(path.contains(centre) == code.isDark(x, y));
            dark += code.isDark(x, y);
        }
    }
    // Each rectangle is 5 path elements (move, 3 lines, close); merging runs keeps them far fewer than
    // the dark modules.
    CHECK(path.elementCount() / 5 < dark / 2);
}

TEST_CASE("qr: the quiet zone is painted light and the code dark", "[qr]") {
    const QrCode code = sampleCode();
    const int module = 6;
    const int side = (code.size() + 8) * module;
    QImage image(side + 40, side, QImage::Format_RGB32);
    image.fill(Qt::gray);
    QPainter painter(&image);
    paintQr(painter, QRectF(0, 0, image.width(), image.height()), code);
    painter.end();
    const int left = 20; // centred horizontally
    for (int i = 0; i < 4 * module; ++i) {
        CHECK(image.pixel(left + i, side / 2) == qRgb(255, 255, 255));
        CHECK(image.pixel(left + side - 1 - i, side / 2) == qRgb(255, 255, 255));
    }
    CHECK(image.pixel(left + 4 * module + 1, 4 * module + 1) == qRgb(0, 0, 0)); // finder pattern corner
    CHECK(image.pixel(5, side / 2) == QColor(Qt::gray).rgb());                  // outside the square
}

TEST_CASE("qr: a code painted into a PDF is vector shapes, not an image", "[qr]") {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(1200);
        QPainter painter(&writer);
        paintQr(painter, QRectF(0, 0, 6000, 6000), sampleCode());
    }
    const QByteArray pdf = buffer.data();
    CHECK(pdf.startsWith("%PDF"));
    CHECK_FALSE(pdf.contains("/Subtype /Image"));
    CHECK_FALSE(pdf.contains("/Subtype/Image"));
}
