// SPDX-License-Identifier: GPL-3.0-or-later
#include "PosterSamples.h"
#include "TestSupport.h"

#include "poster/PosterRenderer.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>

using namespace cd;

namespace {

QByteArray run(const QString &program, const QStringList &arguments) {
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    return process.readAllStandardOutput();
}

} // namespace

// zbar is a decoder of its own, unrelated to ZXing: what it reads from the PDF rasterized at 150 dpi,
// a phone reads from the print.
TEST_CASE("poster: every page of a poster PDF scans to its payload with zbarimg at 150 dpi",
          "[poster][pdf]") {
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    if (pdftoppm.isEmpty() || zbarimg.isEmpty()) {
        WARN("pdftoppm or zbarimg not on PATH: skipped");
        return;
    }
    const QList<PosterContent> posters = test::samplePosters();
    const auto perPage = GENERATE(1, 4);
    PosterLayout layout;
    layout.perPage = perPage;
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("posters.pdf"));
    REQUIRE(PosterRenderer(test::sampleTexts(), layout).renderPdf(posters, pdf).ok());

    run(pdftoppm, {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"), pdf,
                   dir.filePath(QStringLiteral("page"))});
    QStringList pages = QDir(dir.path()).entryList({QStringLiteral("page-*.png")}, QDir::Files, QDir::Name);
    const qsizetype expectedPages = (posters.size() + perPage - 1) / perPage;
    REQUIRE(pages.size() == expectedPages);

    for (qsizetype page = 0; page < pages.size(); ++page) {
        INFO("page " << page + 1 << " of " << perPage << " per page");
        // One line per code: the sample payloads hold no line breaks. zbar honours the UTF-8 designator
        // of the Vietnamese payload.
        const QByteArray output =
            run(zbarimg, {QStringLiteral("--quiet"), QStringLiteral("--raw"), dir.filePath(pages.at(page))});
        QList<QByteArray> scanned = output.trimmed().split('\n');
        QList<QByteArray> expected;
        for (qsizetype i = page * perPage; i < qMin(posters.size(), (page + 1) * perPage); ++i)
            expected << posters.at(i).payload;
        std::sort(expected.begin(), expected.end());
        std::sort(scanned.begin(), scanned.end());
        CHECK(scanned == expected);
    }
}

// Not run by default: writes the sample posters for a person to look at.
//   CD_POSTER_SAMPLE_DIR=/tmp/poster-check core_tests "[.sample]"
TEST_CASE("poster: sample posters for a visual check", "[.sample]") {
    const QString out =
        qEnvironmentVariable("CD_POSTER_SAMPLE_DIR", QDir::temp().filePath(QStringLiteral("poster-check")));
    QDir().mkpath(out);
    for (const int perPage : {1, 2, 4}) {
        PosterLayout layout;
        layout.perPage = perPage;
        const QString path = QDir(out).filePath(QStringLiteral("posters-%1-up.pdf").arg(perPage));
        PosterTexts texts = test::sampleTexts();
        if (perPage > 1) {
            // A stand-in for an office's emblem: a red cross on a green disc.
            texts.logo = QImage(256, 256, QImage::Format_ARGB32_Premultiplied);
            texts.logo.fill(Qt::transparent);
            QPainter painter(&texts.logo);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setBrush(QColor(0x0f, 0x6e, 0x56));
            painter.setPen(Qt::NoPen);
            painter.drawEllipse(QRectF(8, 8, 240, 240));
            painter.fillRect(QRectF(108, 48, 40, 160), Qt::white);
            painter.fillRect(QRectF(48, 108, 160, 40), Qt::white);
        }
        const auto result = PosterRenderer(texts, layout).renderPdf(test::samplePosters(), path);
        REQUIRE(result.ok());
        WARN(path.toStdString());
    }
}
