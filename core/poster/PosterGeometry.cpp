// SPDX-License-Identifier: GPL-3.0-or-later
#include "PosterGeometry.h"

#include "SheetLayout.h"
#include "qr/QrPainter.h"

#include <algorithm>

namespace cd {

namespace {

// The A4 design, in millimetres.
constexpr qreal designWidth = 210;
constexpr qreal borderInset = 5;
constexpr qreal sideInset = 10;
constexpr qreal topInset = 9;
constexpr qreal bottomInset = 9;
constexpr qreal qrSymbolTarget = 150;

// Heights of the boxes above and below the code when it takes all the room it may.
constexpr qreal issuerHeight = 11;
constexpr qreal titleHeight = 19;
constexpr qreal nameHeight = 13;
constexpr qreal addressHeight = 7;
constexpr qreal codeHeight = 8;
constexpr qreal instructionsHeight = 10;
constexpr qreal footerHeight = 17;
constexpr qreal gapAfterIssuer = 2, gapAfterTitle = 2, gapBeforeQr = 1, gapBeforeFooter = 2;

} // namespace

PosterGeometry posterGeometry(const QRectF &target, int qrModules) {
    PosterGeometry g;
    g.poster = posterRectIn(target);
    g.millimetre = g.poster.width() / designWidth;
    const qreal designHeight = g.poster.height() / g.millimetre;

    const qreal contentWidth = designWidth - 2 * sideInset;
    const qreal contentHeight = designHeight - topInset - bottomInset;
    const qreal fixed = issuerHeight + gapAfterIssuer + titleHeight + gapAfterTitle + nameHeight +
                        addressHeight + gapBeforeQr + codeHeight + instructionsHeight + gapBeforeFooter +
                        footerHeight;
    const int modules = qMax(1, qrModules);
    const qreal wanted = qrSymbolTarget * (modules + 2 * qrQuietZoneModules) / modules;
    const qreal qrSide = std::min({wanted, contentWidth, contentHeight - fixed});

    // Room the code leaves goes to the boxes whose text varies most.
    const qreal slack = contentHeight - fixed - qrSide;
    const qreal nameExtra = slack * 0.4, instructionsExtra = slack * 0.3, titleExtra = slack * 0.2;
    const qreal issuerExtra = slack * 0.1;

    // Lays boxes out top to bottom in design millimetres, then maps them into the target.
    const auto toTarget = [&](qreal x, qreal y, qreal w, qreal h) {
        return QRectF(g.poster.left() + x * g.millimetre, g.poster.top() + y * g.millimetre, w * g.millimetre,
                      h * g.millimetre);
    };
    qreal y = topInset;
    const auto take = [&](qreal height, qreal gapAfter = 0) {
        const QRectF box = toTarget(sideInset, y, contentWidth, height);
        y += height + gapAfter;
        return box;
    };
    g.border =
        toTarget(borderInset, borderInset, designWidth - 2 * borderInset, designHeight - 2 * borderInset);

    const QRectF issuerRow = take(issuerHeight + issuerExtra, gapAfterIssuer);
    const qreal logoSide = issuerRow.height();
    g.logo = QRectF(issuerRow.left(), issuerRow.top(), logoSide, logoSide);
    // The issuer stays centred on the page when a logo takes the left corner.
    g.issuer = issuerRow.adjusted(logoSide + g.mm(2), 0, -(logoSide + g.mm(2)), 0);

    g.titleBand = take(titleHeight + titleExtra, gapAfterTitle);
    g.title = g.titleBand.adjusted(g.mm(4), g.mm(1.5), -g.mm(4), -g.mm(1.5));
    g.name = take(nameHeight + nameExtra);
    g.address = take(addressHeight, gapBeforeQr);

    const QRectF qrRow = take(qrSide);
    g.qr = QRectF(0, 0, qrRow.height(), qrRow.height());
    g.qr.moveCenter(qrRow.center());

    g.code = take(codeHeight);
    g.instructions = take(instructionsHeight + instructionsExtra, gapBeforeFooter);
    g.footerBand = take(footerHeight);
    const QRectF footerText = g.footerBand.adjusted(g.mm(4), g.mm(1.5), -g.mm(4), -g.mm(1.5));
    g.hotline = QRectF(footerText.topLeft(), QSizeF(footerText.width(), footerText.height() * 0.55));
    g.fiveK = QRectF(g.hotline.bottomLeft(), footerText.bottomRight());
    return g;
}

} // namespace cd
