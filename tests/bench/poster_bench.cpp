// SPDX-License-Identifier: GPL-3.0-or-later
// 200 A4 posters to one PDF, as a district exports them, against the same posters with the QR code drawn
// as a bitmap (the usual first attempt). Targets on a two-core office PC: 3 s and 3 MB.
#include "poster/PosterPainter.h"
#include "poster/PosterRenderer.h"
#include "poster/SheetLayout.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace cd;

namespace {

constexpr int posterCount = 200;
constexpr double secondsTarget = 3.0;
constexpr double megabytesTarget = 3.0;

QList<PosterContent> samplePosters() {
    static const char16_t *const places[] = {u"Trạm Y tế xã Đoàn Kết",  u"Chợ Đức Phong",
                                             u"Trường THCS Lê Quý Đôn", u"Bến xe Bù Đăng",
                                             u"UBND xã Bom Bo",         u"Nhà văn hoá thôn 3"};
    static const char16_t *const communes[] = {u"Xã Đoàn Kết", u"Thị trấn Đức Phong", u"Xã Minh Hưng",
                                               u"Xã Bom Bo",   u"Xã Thống Nhất",      u"Xã Đăng Hà"};
    QRandomGenerator random(20210824);
    QList<PosterContent> posters;
    for (int i = 0; i < posterCount; ++i) {
        QString groupId;
        for (int digit = 0; digit < 24; ++digit)
            groupId += QChar(u"0123456789abcdef"[random.bounded(16)]);
        PosterContent poster;
        poster.checkpointCode = QStringLiteral("BD-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        poster.checkpointName =
            QString::fromUtf16(places[i % 6]) + QStringLiteral(" — cổng số %1").arg(i % 4 + 1);
        poster.address = QStringLiteral("Số %1 đường ĐT 760").arg(10 + i);
        poster.communeName = QString::fromUtf16(communes[i % 6]);
        poster.payload = "https://tokhaiyte.vn/?page=Group.checkin&groupId=" + groupId.toLatin1();
        posters << poster;
    }
    return posters;
}

// The baseline: the code rasterized at 300 dpi and drawn as an image.
void paintBitmapQr(QPainter &painter, const QRectF &square, const QrCode &code) {
    const int pixels = qMax(1, qRound(square.width() * 300 / painter.device()->logicalDpiX()));
    QImage image(pixels, pixels, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter imagePainter(&image);
    paintVectorQr(imagePainter, QRectF(0, 0, pixels, pixels), code);
    imagePainter.end();
    painter.drawImage(square, image);
}

struct Run {
    double seconds = 0;
    double megabytes = 0;
};

Run renderVector(const QList<PosterContent> &posters, const PosterTexts &texts, const QString &path,
                 bool verify) {
    PosterRenderer renderer(texts, PosterLayout{});
    renderer.setVerifyCodes(verify);
    QElapsedTimer timer;
    timer.start();
    const auto result = renderer.renderPdf(posters, path);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!result) {
        std::fprintf(stderr, "%s\n", qPrintable(result.error().toString()));
        std::exit(1);
    }
    return {seconds, QFileInfo(path).size() / 1e6};
}

Run renderBitmap(const QList<PosterContent> &posters, const PosterTexts &texts, const QString &path) {
    const PosterLayout layout;
    QElapsedTimer timer;
    timer.start();
    QPdfWriter writer(path);
    writer.setResolution(1200);
    writer.setPageLayout(sheetGeometry(layout).pageLayout);
    QPainter painter(&writer);
    const QRectF page(QPointF(0, 0), writer.pageLayout().fullRectPixels(1200).size());
    for (qsizetype i = 0; i < posters.size(); ++i) {
        if (i > 0)
            writer.newPage();
        const auto poster = preparePoster(posters.at(i), layout);
        paintSheet(painter, page, {poster.value()}, texts, layout, paintBitmapQr);
    }
    painter.end();
    return {timer.nsecsElapsed() / 1e9, QFileInfo(path).size() / 1e6};
}

} // namespace

int main(int argc, char **argv) {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    const QList<PosterContent> posters = samplePosters();
    const PosterTexts texts =
        PosterTexts::defaults(QStringLiteral("Huyện Bù Đăng"), QStringLiteral("Tỉnh Bình Phước"));

    // A first poster outside the timing: font registration and glyph caches are one-off costs.
    renderVector(posters.mid(0, 1), texts, dir.filePath(QStringLiteral("warm-up.pdf")), true);

    const Run vector = renderVector(posters, texts, dir.filePath(QStringLiteral("vector.pdf")), true);
    const Run unchecked = renderVector(posters, texts, dir.filePath(QStringLiteral("unchecked.pdf")), false);
    const Run bitmap = renderBitmap(posters, texts, dir.filePath(QStringLiteral("bitmap.pdf")));

    std::printf("%d A4 posters, one PDF\n", posterCount);
    std::printf("vector QR, checked at 150 dpi: %.2f s, %.2f MB  (targets %.0f s, %.0f MB: %s)\n",
                vector.seconds, vector.megabytes, secondsTarget, megabytesTarget,
                vector.seconds <= secondsTarget && vector.megabytes <= megabytesTarget ? "met" : "MISSED");
    std::printf("vector QR, no check:           %.2f s, %.2f MB  (the check costs %.2f s)\n",
                unchecked.seconds, unchecked.megabytes, vector.seconds - unchecked.seconds);
    std::printf("bitmap QR at 300 dpi, no check: %.2f s, %.2f MB\n", bitmap.seconds, bitmap.megabytes);
    std::printf("vector / bitmap: time %.2f×, size %.3f×\n", vector.seconds / bitmap.seconds,
                vector.megabytes / bitmap.megabytes);
    return 0;
}
