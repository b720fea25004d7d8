// SPDX-License-Identifier: GPL-3.0-or-later
#include "PosterSamples.h"
#include "TestSupport.h"

#include "database/SqlQuery.h"
#include "poster/PosterTypes.h"
#include "registry/PosterSources.h"

using namespace cd;

TEST_CASE("poster: the default texts carry the issuer, the apps, the hotline and the 5K message",
          "[poster]") {
    const PosterTexts texts = PosterTexts::defaults(QStringLiteral("Huyện Bù Đăng"));
    CHECK(texts.title == QStringLiteral("ĐIỂM KIỂM SOÁT RA VÀO — QUÉT MÃ QR KHI ĐẾN"));
    for (const char16_t *app : {u"PC-Covid", u"VNEID", u"Bluezone"})
        CHECK(texts.instructions.contains(QString::fromUtf16(app)));
    CHECK(texts.hotline == QStringLiteral("19009095"));
    for (const char16_t *k : {u"Khẩu trang", u"Khử khuẩn", u"Khoảng cách", u"Không tụ tập", u"Khai báo y tế"})
        CHECK(texts.fiveK.contains(QString::fromUtf16(k)));
    CHECK(texts.logo.isNull());

    const PosterTexts expanded = texts.expandedFor(test::samplePosters().at(0));
    CHECK(expanded.issuer == QStringLiteral("UBND Huyện Bù Đăng\nBAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19"));
    CHECK(expanded.instructions.contains(QStringLiteral("BD-001")));

    CHECK(PosterTexts::defaults({}).issuer == QStringLiteral("BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19"));
}

TEST_CASE("poster: placeholders are replaced once, per poster", "[poster]") {
    PosterTexts texts =
        PosterTexts::defaults(QStringLiteral("Huyện Bù Đăng"), QStringLiteral("Tỉnh Bình Phước"));
    texts.title = QStringLiteral("{name} ({code}) – {commune}, {district}, {province} {unknown}");
    PosterContent content;
    content.checkpointCode = QStringLiteral("BD-009");
    content.checkpointName = QStringLiteral("Cổng {code} chợ");
    content.communeName = QStringLiteral("Xã Minh Hưng");
    CHECK(
        texts.expandedFor(content).title ==
        QStringLiteral("Cổng {code} chợ (BD-009) – Xã Minh Hưng, Huyện Bù Đăng, Tỉnh Bình Phước {unknown}"));
    // The shared texts stay as they were.
    CHECK(texts.title.startsWith(QStringLiteral("{name}")));
}

TEST_CASE("poster: saving the texts is all or nothing", "[poster]") {
    auto db = test::demoWorkspace();
    const QSqlDatabase c = db->connection();
    PosterSources sources(c);
    PosterTexts before = sources.texts();
    before.title = QStringLiteral("Tiêu đề cũ");
    before.hotline = QStringLiteral("0271 111 111");
    REQUIRE(sources.saveTexts(before).ok());

    // The logo is written last; a database that refuses it must not keep the title written before it.
    test::refuseWrites(c, QStringLiteral("settings"), QStringLiteral("INSERT OR UPDATE"),
                       QStringLiteral("NEW.key = 'poster.logo_png_base64'"), QStringLiteral("disk full"));
    PosterTexts edited = before;
    edited.title = QStringLiteral("Tiêu đề mới");
    edited.hotline = QStringLiteral("0271 222 222");
    const Status saved = sources.saveTexts(edited);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().message.contains(QStringLiteral("disk full")));
    const PosterTexts after = sources.texts();
    CHECK(after.title == before.title);
    CHECK(after.hotline == before.hotline);
}
