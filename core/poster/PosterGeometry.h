// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>

namespace cd {

// The boxes of one poster, in the units of the rectangle it was laid out in. The design is an A4 page
// in millimetres, scaled to the poster's width, so every size looks the same, only larger or smaller.
//
// The boxes depend only on the poster's rectangle and on the QR code's module count, never on the
// texts, so the QR code lands in the same place whatever the wording: the PDF, the print preview and
// the 150 dpi check all agree on where it is.
struct PosterGeometry {
    QRectF poster; // A-series proportions, centred in the target
    QRectF border; // the thin coloured frame around everything
    QRectF logo;   // left of the issuer; empty space when there is no logo
    QRectF issuer;
    QRectF titleBand; // coloured band
    QRectF title;     // text inside the band
    QRectF name;
    QRectF address;
    QRectF qr;   // the code's square, quiet zone included
    QRectF code; // "Mã điểm: …"
    QRectF instructions;
    QRectF footerBand;
    QRectF hotline;
    QRectF fiveK;
    qreal millimetre = 0; // target units per design millimetre (an A4 poster's millimetre)

    // Design millimetres in target units.
    qreal mm(qreal millimetres) const { return millimetres * millimetre; }
    // Font sizes are given as design points: 12 pt on A4 becomes 6 pt on an A6 sticker.
    qreal points(qreal designPoints) const { return mm(designPoints * 25.4 / 72); }
};

// qrModules is the symbol's size without quiet zone (QrCode::size()). On an A4 poster the symbol
// itself is at least 150 mm wide for version 4 and up (Hà Nội's minimum); smaller versions are capped by
// the page and have modules over 5 mm.
PosterGeometry posterGeometry(const QRectF &target, int qrModules);

} // namespace cd
