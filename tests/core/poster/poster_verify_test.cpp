// SPDX-License-Identifier: GPL-3.0-or-later
#include "PosterSamples.h"
#include "TestSupport.h"

#include "poster/PosterRenderer.h"
#include "poster/PosterVerifier.h"
#include "poster/SheetLayout.h"

#include <QFile>
#include <QTemporaryDir>

using namespace cd;

TEST_CASE("poster: every slot of every layout reads back at 150 dpi", "[poster][verify]") {
    const PosterContent content = test::samplePosters().at(0);
    for (const auto size :
         {PosterLayout::PageSize::A5, PosterLayout::PageSize::A4, PosterLayout::PageSize::A3}) {
        for (const int perPage : {1, 2, 4}) {
            for (const auto ecc : {QrCode::Ecc::L, QrCode::Ecc::Q, QrCode::Ecc::H}) {
                PosterLayout layout{size, perPage, ecc};
                for (int slot = 0; slot < perPage; ++slot) {
                    INFO("size " << int(size) << ", " << perPage << " per page, slot " << slot << ", ecc "
                                 << int(ecc));
                    const Status verified = verifyPosterQr(content, layout, slot);
                    CHECK(verified.ok());
                }
            }
        }
    }
}

TEST_CASE("poster: the check renders the code at its printed size and place", "[poster][verify]") {
    const auto poster = preparePoster(test::samplePosters().at(0), PosterLayout{});
    REQUIRE(poster.ok());
    // A4, one per page: the square with quiet zone is about 179 mm, 1059 pixels at 150 dpi, plus paper.
    const QImage printed = renderPrintedQr(poster.value(), PosterLayout{});
    CHECK(printed.width() > 1059);
    CHECK(printed.width() < 1059 + 2 * 8 * 150 / 25.4 + 2);
    PosterLayout stickers;
    stickers.perPage = 4;
    CHECK(renderPrintedQr(poster.value(), stickers).width() < printed.width() / 2);
}

TEST_CASE("poster: a code that does not carry its checkpoint's payload is caught, naming the checkpoint",
          "[poster][verify]") {
    const QList<PosterContent> posters = test::samplePosters();
    auto poster = preparePoster(posters.at(2), PosterLayout{});
    REQUIRE(poster.ok());
    poster.value().code = QrCode::encode(posters.at(3).payload).value();
    const Status verified = verifyPosterQr(poster.value(), PosterLayout{});
    REQUIRE_FALSE(verified.ok());
    CHECK(verified.error().message.contains(QStringLiteral("BD-003")));
    CHECK(verified.error().message.contains(QStringLiteral("Chợ Đức Phong")));
    CHECK(verified.error().message.contains(QString::fromUtf8(posters.at(3).payload)));
}

TEST_CASE("poster: a code too dense for a small sticker stops the export", "[poster][verify]") {
    // Close to the level-L maximum: 177 modules across a 46 mm code, under 2 printer dots each.
    QList<PosterContent> posters = test::samplePosters();
    posters[4].payload =
        QByteArray("https://tokhaiyte.vn/?page=Group.checkin&groupId=") + QByteArray(2800, 'f');
    PosterLayout layout{PosterLayout::PageSize::A5, 4, QrCode::Ecc::L};
    const Status verified = verifyPosterQr(posters.at(4), layout, 0);
    REQUIRE_FALSE(verified.ok());
    CHECK(verified.error().message.contains(QStringLiteral("BD-005")));
    CHECK(verified.error().message.contains(QStringLiteral("150 dpi")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stickers.pdf"));
    const auto result = PosterRenderer(test::sampleTexts(), layout).renderPdf(posters, path);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message.contains(QStringLiteral("BD-005")));
    CHECK_FALSE(QFile::exists(path));
}
