// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "qr/QrCode.h"
#include "qr/QrDecoder.h"
#include "qr/QrPainter.h"

#include <QImage>
#include <QPainter>

using namespace cd;

namespace {

const QByteArray tokhaiyte = "https://tokhaiyte.vn/?page=Group.checkin&groupId=61204c1a9b8f7e0012d3a4f5";

QImage rendered(const QrCode &code, int side = 400) {
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintQr(painter, QRectF(0, 0, side, side), code);
    return image;
}

} // namespace

TEST_CASE("qr: a check-in link encodes in the smallest version for its level", "[qr]") {
    REQUIRE(tokhaiyte.size() == 73);
    const auto q = QrCode::encode(tokhaiyte);
    REQUIRE(q.ok());
    CHECK(q->ecc() == QrCode::Ecc::Q);
    // Byte mode, level Q: version 5 holds 60 bytes, version 6 holds 74.
    CHECK(q->version() == 6);
    CHECK(q->size() == 41);
    CHECK(q->payload() == tokhaiyte);

    CHECK(QrCode::encode(tokhaiyte, QrCode::Ecc::L)->version() == 4);
    CHECK(QrCode::encode(tokhaiyte, QrCode::Ecc::M)->version() == 5);
    CHECK(QrCode::encode(tokhaiyte, QrCode::Ecc::H)->version() == 8);
    CHECK(QrCode::encode(QByteArray("BD-001"), QrCode::Ecc::Q)->version() == 1);
}

TEST_CASE("qr: the finder patterns sit in three corners", "[qr]") {
    const QrCode code = QrCode::encode(tokhaiyte).value();
    const int last = code.size() - 1;
    for (const auto &[x, y] : {std::pair{0, 0}, std::pair{last, 0}, std::pair{0, last}}) {
        CHECK(code.isDark(x, y));
        CHECK(code.isDark(x + (x ? -6 : 6), y + (y ? -6 : 6)));
    }
    // The quiet zone around the symbol reads as light.
    CHECK_FALSE(code.isDark(-1, 0));
    CHECK_FALSE(code.isDark(code.size(), 0));
}

TEST_CASE("qr: payloads up to a level's capacity encode and one byte more is an error naming both", "[qr]") {
    for (const QrCode::Ecc ecc : {QrCode::Ecc::L, QrCode::Ecc::M, QrCode::Ecc::Q, QrCode::Ecc::H}) {
        const int capacity = QrCode::capacity(ecc);
        const auto full = QrCode::encode(QByteArray(capacity, 'x'), ecc);
        REQUIRE(full.ok());
        CHECK(full->version() == 40);
        CHECK(full->size() == 177);

        const auto over = QrCode::encode(QByteArray(capacity + 1, 'x'), ecc);
        REQUIRE_FALSE(over.ok());
        CHECK(over.error().message.contains(QString::number(capacity + 1)));
        CHECK(over.error().message.contains(QString::number(capacity)));
        CHECK(over.error().message.contains(QStringLiteral("level ") + QrCode::eccLetter(ecc)));

        // Non-ASCII text spends one byte on the UTF-8 designator.
        const int eciCapacity = QrCode::capacity(ecc, true);
        CHECK(eciCapacity == capacity - 1);
        const QByteArray vietnamese = QByteArray(eciCapacity - 2, 'x') + "đ";
        REQUIRE(vietnamese.size() == eciCapacity);
        CHECK(QrCode::encode(vietnamese, ecc).ok());
        const auto overEci = QrCode::encode(vietnamese + 'x', ecc);
        REQUIRE_FALSE(overEci.ok());
        CHECK(overEci.error().message.contains(QString::number(eciCapacity)));
    }
}

TEST_CASE("qr: payloads that are not UTF-8 text are refused", "[qr]") {
    const auto invalid = [](const QByteArray &bytes) {
        const auto result = QrCode::encode(bytes);
        return !result.ok() && result.error().message.contains(QStringLiteral("UTF-8"));
    };
    CHECK(invalid(QByteArray("Ch\xE1\xBB", 4)));        // truncated sequence at the end
    CHECK(invalid(QByteArray("abc\xC3(def")));          // lead byte without continuation
    CHECK(invalid(QByteArray("\x80start")));            // stray continuation byte
    CHECK(invalid(QByteArray("\xC0\xAF")));             // overlong "/"
    CHECK(invalid(QByteArray("\xED\xA0\x80")));         // UTF-16 surrogate
    CHECK(invalid(QByteArray("\xF4\x90\x80\x80")));     // above U+10FFFF
    CHECK(invalid(QByteArray("Latin-1 caf\xE9 menu"))); // the usual culprit

    const auto located = QrCode::encode(QByteArray("abc\xC3(def"));
    CHECK(located.error().message.contains(QStringLiteral("0xc3")));
    CHECK(located.error().message.contains(QStringLiteral("position 4")));

    CHECK(QrCode::encode(QStringLiteral("Chốt kiểm dịch Đức Phong – Bù Đăng 🏥")).ok());
    CHECK_FALSE(QrCode::encode(QByteArray()).ok());
}

TEST_CASE("qr: an encoded and painted code decodes to the same bytes", "[qr]") {
    const QByteArray vietnamese = QStringLiteral("Điểm kiểm dịch Cầu Ông Thiện – Xã Đoàn Kết").toUtf8();
    for (const QByteArray &payload : {tokhaiyte, vietnamese}) {
        for (const QrCode::Ecc ecc : {QrCode::Ecc::L, QrCode::Ecc::H}) {
            const QrCode code = QrCode::encode(payload, ecc).value();
            const auto decoded = QrDecoder::decode(rendered(code), {}, QrDecoder::Effort::Rendered);
            REQUIRE(decoded.ok());
            CHECK(decoded->bytes == payload);
            CHECK(decoded->text == QString::fromUtf8(payload));
        }
    }
}
