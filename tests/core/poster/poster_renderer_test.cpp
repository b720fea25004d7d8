// SPDX-License-Identifier: GPL-3.0-or-later
#include "PosterSamples.h"
#include "TestSupport.h"

#include "poster/PosterPainter.h"
#include "poster/PosterRenderer.h"
#include "qr/QrDecoder.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

using namespace cd;

namespace {

QStringList filesIn(const QTemporaryDir &dir) {
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

TEST_CASE("poster: posters go to one PDF, a page each, with the fonts embedded", "[poster][pdf]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("áp phích.pdf"));
    QList<std::pair<int, int>> steps;
    const auto result = PosterRenderer(test::sampleTexts(), PosterLayout{})
                            .renderPdf(test::samplePosters(), path, [&](int done, int total) {
                                steps.append({done, total});
                                return true;
                            });
    REQUIRE(result.ok());
    CHECK(result->posters == 6);
    CHECK(result->pages == 6);
    CHECK_FALSE(result->cancelled);
    CHECK(result->bytes == QFileInfo(path).size());
    // Six checks, then six pages.
    REQUIRE(steps.size() == 12);
    for (int i = 0; i < 12; ++i)
        CHECK(steps.at(i) == std::pair{i + 1, 12});

    const QByteArray pdf = test::readFile(path);
    CHECK(pdf.startsWith("%PDF-"));
    CHECK(pdf.count("/Type /Page") - pdf.count("/Type /Pages") == 6);
    CHECK(pdf.contains("FontFile2"));
    CHECK(pdf.contains("LiberationSerif-Bold"));
    CHECK(pdf.contains("LiberationSans-Bold"));
    // The codes are paths: no images in a poster without a logo.
    CHECK_FALSE(pdf.contains("/Subtype /Image"));
    CHECK(filesIn(dir) == QStringList{QStringLiteral("áp phích.pdf")});
}

TEST_CASE("poster: four stickers to a page make two pages for six posters", "[poster][pdf]") {
    QTemporaryDir dir;
    PosterLayout layout;
    layout.perPage = 4;
    PosterTexts texts = test::sampleTexts();
    texts.logo = QImage(64, 64, QImage::Format_RGB32);
    texts.logo.fill(QColor(0x0f, 0x6e, 0x56));
    const auto result =
        PosterRenderer(texts, layout).renderPdf(test::samplePosters(), dir.filePath(QStringLiteral("x.pdf")));
    REQUIRE(result.ok());
    CHECK(result->pages == 2);
    const QByteArray pdf = test::readFile(dir.filePath(QStringLiteral("x.pdf")));
    // One logo, stored once however many posters show it.
    CHECK(pdf.count("/Subtype /Image") == 1);
    CHECK(pdf.count("/Type /Page") - pdf.count("/Type /Pages") == 2);
}

TEST_CASE("poster: cancelling leaves nothing at the output path", "[poster][pdf]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("posters.pdf"));
    const int posters = int(test::samplePosters().size());
    // While checking the codes, and while writing pages (step 6 + 2 is the second page).
    for (const int stopAt : {3, posters + 2, 2 * posters}) {
        INFO("cancelled at step " << stopAt);
        const auto result =
            PosterRenderer(test::sampleTexts(), PosterLayout{})
                .renderPdf(test::samplePosters(), path, [&](int done, int) { return done < stopAt; });
        REQUIRE(result.ok());
        CHECK(result->cancelled);
        CHECK_FALSE(QFile::exists(path));
        CHECK(filesIn(dir).isEmpty());
    }

    // An earlier export at the same path is left as it was.
    test::writeFile(path, "earlier export");
    const auto result = PosterRenderer(test::sampleTexts(), PosterLayout{})
                            .renderPdf(test::samplePosters(), path, [](int done, int) { return done < 8; });
    CHECK(result->cancelled);
    CHECK(test::readFile(path) == "earlier export");
    CHECK(filesIn(dir) == QStringList{QStringLiteral("posters.pdf")});
}

TEST_CASE("poster: a payload that cannot be encoded stops the export and names the checkpoint",
          "[poster][pdf]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("posters.pdf"));
    QList<PosterContent> posters = test::samplePosters();

    SECTION("too long for the level") {
        posters[3].payload = QByteArray(1700, 'a');
        const auto result = PosterRenderer(test::sampleTexts(), PosterLayout{}).renderPdf(posters, path);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().message.contains(QStringLiteral("BD-004")));
        CHECK(result.error().message.contains(QStringLiteral("1700")));
        CHECK(result.error().message.contains(QStringLiteral("1663")));
    }
    SECTION("not UTF-8") {
        posters[1].payload = "Ch\xF4t ki\xEAm d\xEC"
                             "ch"; // Latin-1, not UTF-8
        const auto result = PosterRenderer(test::sampleTexts(), PosterLayout{}).renderPdf(posters, path);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().message.contains(QStringLiteral("BD-002")));
        CHECK(result.error().message.contains(QStringLiteral("UTF-8")));
    }
    SECTION("empty") {
        posters[5].payload.clear();
        const auto result = PosterRenderer(test::sampleTexts(), PosterLayout{}).renderPdf(posters, path);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().message.contains(QStringLiteral("BD-006")));
    }
    CHECK_FALSE(QFile::exists(path));
    CHECK(filesIn(dir).isEmpty());
}

TEST_CASE("poster: nothing to export, a bad layout and an unwritable path are errors", "[poster][pdf]") {
    QTemporaryDir dir;
    CHECK_FALSE(PosterRenderer(test::sampleTexts(), PosterLayout{})
                    .renderPdf({}, dir.filePath(QStringLiteral("a.pdf")))
                    .ok());
    PosterLayout three;
    three.perPage = 3;
    CHECK_FALSE(PosterRenderer(test::sampleTexts(), three)
                    .renderPdf(test::samplePosters(), dir.filePath(QStringLiteral("a.pdf")))
                    .ok());
    const QString nowhere = dir.filePath(QStringLiteral("missing/folder/a.pdf"));
    const auto result =
        PosterRenderer(test::sampleTexts(), PosterLayout{}).renderPdf(test::samplePosters(), nowhere);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message.contains(QStringLiteral("a.pdf")));
    CHECK(result.error().file == nowhere);
}

TEST_CASE("poster: a poster paints on any QPainter, as print preview does", "[poster]") {
    // A5 at 150 dpi.
    QImage page(874, 1240, QImage::Format_RGB32);
    page.setDotsPerMeterX(qRound(150 / 0.0254));
    page.setDotsPerMeterY(qRound(150 / 0.0254));
    page.fill(Qt::lightGray);
    QPainter painter(&page);
    const PosterContent content = test::samplePosters().at(1);
    REQUIRE(paintPoster(painter, QRectF(0, 0, page.width(), page.height()), content, test::sampleTexts(),
                        PosterLayout{})
                .ok());
    painter.end();
    const auto decoded = QrDecoder::decode(page, QStringLiteral("preview"));
    REQUIRE(decoded.ok());
    CHECK(decoded->bytes == content.payload);

    PosterContent broken = content;
    broken.payload = "\xFF";
    QPainter again(&page);
    const Status status =
        paintPoster(again, QRectF(0, 0, 100, 141), broken, test::sampleTexts(), PosterLayout{});
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().message.contains(QStringLiteral("BD-002")));
}
