// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "qr/QrCode.h"
#include "qr/QrDecoder.h"
#include "qr/QrPainter.h"

#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTransform>

#include <algorithm>

using namespace cd;

namespace {

const QByteArray checkIn = "https://tokhaiyte.vn/?page=Group.checkin&groupId=6120a4c1e5b7d90012f3c8aa";

// The code on white paper, moduleSize pixels per module, quiet zone included.
QImage paper(const QByteArray &payload, int moduleSize, QColor dark = Qt::black, QColor light = Qt::white) {
    const QrCode code = QrCode::encode(payload).value();
    const int side = (code.size() + 2 * qrQuietZoneModules) * moduleSize;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(light);
    QPainter painter(&image);
    paintQr(painter, QRectF(0, 0, side, side), code, dark, light);
    return image;
}

// Something like a phone photo of a poster on a table: turned, soft, grainy.
QImage photo(const QImage &code, QSize canvas, qreal degrees, int noise) {
    QImage result(canvas, QImage::Format_RGB32);
    result.fill(QColor(190, 172, 140));
    QPainter painter(&result);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.translate(canvas.width() / 2.0, canvas.height() / 2.0);
    painter.setTransform(QTransform().rotate(degrees), true);
    painter.drawImage(QPointF(-code.width() / 2.0, -code.height() / 2.0), code);
    painter.end();
    // Blur: down to two thirds and back.
    result = result.scaled(canvas * 2 / 3, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                 .scaled(canvas, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                 .convertToFormat(QImage::Format_RGB32);
    QRandomGenerator random(17);
    for (int y = 0; y < result.height(); ++y) {
        auto *row = reinterpret_cast<QRgb *>(result.scanLine(y));
        for (int x = 0; x < result.width(); ++x) {
            const int delta = random.bounded(2 * noise + 1) - noise;
            const auto channel = [delta](int value) {
                return std::clamp(value + delta, 0, 255);
            };
            row[x] = qRgb(channel(qRed(row[x])), channel(qGreen(row[x])), channel(qBlue(row[x])));
        }
    }
    return result;
}

QString saved(const QTemporaryDir &dir, const QImage &image, const QString &name, int quality = -1) {
    const QString path = dir.filePath(name);
    REQUIRE(image.save(path, nullptr, quality));
    return path;
}

} // namespace

TEST_CASE("qr: a clean PNG from another encoder decodes", "[qr]") {
    const auto decoded = QrDecoder::decodeFile(test::testData(QStringLiteral("qr/clean-tokhaiyte.png")));
    REQUIRE(decoded.ok());
    CHECK(decoded->bytes == "https://tokhaiyte.vn/?page=Group.checkin&groupId=61204c1a9b8f7e0012d3a4f5");
}

TEST_CASE("qr: a low-contrast scan with Vietnamese text decodes", "[qr]") {
    const auto decoded = QrDecoder::decodeFile(test::testData(QStringLiteral("qr/low-contrast-scan.png")));
    REQUIRE(decoded.ok());
    CHECK(decoded->text == QStringLiteral("Chốt kiểm dịch Đức Phong – mã BD-007"));
}

TEST_CASE("qr: a phone photo is turned upright from its EXIF orientation and decodes", "[qr]") {
    const QString path = test::testData(QStringLiteral("qr/phone-photo-exif.jpg"));
    // Stored 480 × 640 with orientation 6 (turn 90° clockwise to view).
    const auto image = QrDecoder::loadImage(path);
    REQUIRE(image.ok());
    CHECK(image->size() == QSize(640, 480));
    const auto decoded = QrDecoder::decodeFile(path);
    REQUIRE(decoded.ok());
    CHECK(decoded->bytes == "https://tokhaiyte.vn/?page=Group.checkin&groupId=5f3e2d1c0b9a887766554433");
}

TEST_CASE("qr: a rotated, blurred, noisy JPEG decodes", "[qr]") {
    QTemporaryDir dir;
    const QImage shot = photo(paper(checkIn, 7), QSize(900, 700), 17, 28);
    const QString path = saved(dir, shot, QStringLiteral("rotated.jpg"), 60);
    const auto decoded = QrDecoder::decodeFile(path);
    REQUIRE(decoded.ok());
    CHECK(decoded->bytes == checkIn);
}

TEST_CASE("qr: grey 120 on grey 170 decodes", "[qr]") {
    QTemporaryDir dir;
    const QImage scan =
        photo(paper(checkIn, 5, QColor(120, 120, 120), QColor(170, 170, 170)), QSize(420, 420), 0, 6);
    const QString path = saved(dir, scan, QStringLiteral("low-contrast.jpg"), 60);
    const auto decoded = QrDecoder::decodeFile(path);
    REQUIRE(decoded.ok());
    CHECK(decoded->bytes == checkIn);
}

TEST_CASE("qr: a grainy grey-on-grey scan decodes only after clean-up", "[qr]") {
    const QrCode code = QrCode::encode(checkIn).value();
    const int side = (code.size() + 8) * 5;
    QImage scan(side + 40, side + 40, QImage::Format_RGB32);
    scan.fill(QColor(150, 150, 150));
    QPainter painter(&scan);
    paintQr(painter, QRectF(20, 20, side, side), code, QColor(135, 135, 135), QColor(165, 165, 165));
    painter.end();
    QRandomGenerator random(3);
    for (int y = 0; y < scan.height(); ++y) {
        auto *row = reinterpret_cast<QRgb *>(scan.scanLine(y));
        for (int x = 0; x < scan.width(); ++x) {
            const int value = std::clamp(qRed(row[x]) + int(random.bounded(41)) - 20, 0, 255);
            row[x] = qRgb(value, value, value);
        }
    }
    const auto decoded = QrDecoder::decode(scan, QStringLiteral("grainy.png"));
    REQUIRE(decoded.ok());
    CHECK(decoded->bytes == checkIn);
    // ZXing 1.4 alone gives up on this one: it guards the retries.
    CHECK(decoded->pass != QStringLiteral("as is"));
    CHECK_FALSE(QrDecoder::decode(scan, {}, QrDecoder::Effort::Rendered).ok());
}

TEST_CASE("qr: a large photo with a small code decodes after downscaling", "[qr]") {
    QTemporaryDir dir;
    const QImage shot = photo(paper(checkIn, 14), QSize(3600, 2700), -8, 20);
    const QString path = saved(dir, shot, QStringLiteral("large.jpg"), 60);
    const auto decoded = QrDecoder::decodeFile(path);
    REQUIRE(decoded.ok());
    CHECK(decoded->bytes == checkIn);
}

TEST_CASE("qr: a light code on a dark background decodes", "[qr]") {
    const QImage inverted = paper(checkIn, 6, Qt::white, QColor(20, 40, 60));
    QImage framed(inverted.size() + QSize(60, 60), QImage::Format_RGB32);
    framed.fill(QColor(20, 40, 60));
    QPainter(&framed).drawImage(30, 30, inverted);
    const auto decoded = QrDecoder::decode(framed, QStringLiteral("inverted.png"));
    REQUIRE(decoded.ok());
    CHECK(decoded->bytes == checkIn);
}

TEST_CASE("qr: no code, an unreadable file and a missing file are errors naming the file", "[qr]") {
    QTemporaryDir dir;
    QImage blank(400, 300, QImage::Format_RGB32);
    blank.fill(QColor(230, 220, 200));
    QPainter(&blank).fillRect(100, 80, 120, 60, Qt::darkGray);
    const auto none = QrDecoder::decodeFile(saved(dir, blank, QStringLiteral("poster-without-code.png")));
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message.contains(QStringLiteral("No QR code found in poster-without-code.png")));

    const QString broken = dir.filePath(QStringLiteral("broken.png"));
    test::writeFile(broken, "this is not a PNG");
    const auto unreadable = QrDecoder::decodeFile(broken);
    REQUIRE_FALSE(unreadable.ok());
    CHECK(unreadable.error().message.contains(QStringLiteral("Cannot read the image broken.png")));
    CHECK(unreadable.error().file == broken);

    const auto missing = QrDecoder::decodeFile(dir.filePath(QStringLiteral("missing.jpg")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("missing.jpg")));

    CHECK_FALSE(QrDecoder::decode(QImage(), QStringLiteral("empty.png")).ok());
}
