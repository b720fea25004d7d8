// SPDX-License-Identifier: GPL-3.0-or-later
#include "PosterVerifier.h"

#include "PosterGeometry.h"
#include "SheetLayout.h"
#include "qr/QrDecoder.h"

#include <QPainter>

namespace cd {

QImage renderPrintedQr(const PreparedPoster &poster, const PosterLayout &layout, int slot, int dpi) {
    // The same layout code as the PDF, in pixels of the whole sheet at dpi: module edges fall between
    // pixels exactly where a printer at that resolution would have to round them.
    const SheetGeometry sheet = sheetGeometry(layout);
    const qreal pixelsPerMm = dpi / 25.4;
    const QRectF page(0, 0, sheet.size.width() * pixelsPerMm, sheet.size.height() * pixelsPerMm);
    const QRectF slotRect =
        sheetToDevice(sheet, page).mapRect(sheet.posterRects.value(slot, sheet.posterRects.value(0)));
    const PosterGeometry g = posterGeometry(slotRect, poster.code.size());

    const qreal margin = g.mm(8);
    const QRect region =
        g.qr.adjusted(-margin, -margin, margin, margin).toAlignedRect() & page.toAlignedRect();
    QImage image(region.size(), QImage::Format_RGB32);
    const int dotsPerMeter = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    // A printer sets each dot or leaves it white, as painting without antialiasing does.
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.translate(-region.topLeft());
    painter.setClipRect(region);
    // Only the code and its frame: the texts never reach into the frame (their boxes lie outside it),
    // and laying them out would double the check's time.
    paintPosterQr(painter, g, poster.code);
    return image;
}

Status verifyPosterQr(const PreparedPoster &poster, const PosterLayout &layout, int slot) {
    const PosterContent &content = poster.content;
    const QString checkpoint =
        content.checkpointName.isEmpty()
            ? content.checkpointCode
            : QStringLiteral("%1 (%2)").arg(content.checkpointCode, content.checkpointName);
    const QImage printed = renderPrintedQr(poster, layout, slot);
    const auto decoded = QrDecoder::decode(printed, checkpoint, QrDecoder::Effort::Rendered);
    if (!decoded) {
        return makeError(QCoreApplication::translate("Poster",
                                                     "Checkpoint %1: its QR code cannot be read back "
                                                     "when printed at %2 dpi. Print it larger (fewer "
                                                     "posters per page) or at a lower error-correction "
                                                     "level.")
                             .arg(checkpoint)
                             .arg(verificationDpi));
    }
    if (decoded->bytes != content.payload) {
        return makeError(QCoreApplication::translate("Poster",
                                                     "Checkpoint %1: its QR code printed at %2 dpi reads "
                                                     "“%3” instead of its payload “%4”.")
                             .arg(checkpoint)
                             .arg(verificationDpi)
                             .arg(decoded->text, QString::fromUtf8(content.payload)));
    }
    return success();
}

Status verifyPosterQr(const PosterContent &content, const PosterLayout &layout, int slot) {
    const auto poster = preparePoster(content, layout);
    if (!poster)
        return poster.error();
    return verifyPosterQr(poster.value(), layout, slot);
}

} // namespace cd
