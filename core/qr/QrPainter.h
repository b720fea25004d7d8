// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "QrCode.h"

#include <QColor>
#include <QPainterPath>
#include <QRectF>

class QPainter;

namespace cd {

// ISO/IEC 18004 asks for four light modules around the symbol; scanners find the code by it.
inline constexpr int qrQuietZoneModules = 4;

// Where a QR code lands inside a target rectangle: the largest centred square, quiet zone included.
struct QrPlacement {
    QRectF square; // symbol plus quiet zone
    QRectF symbol; // the modules alone
    qreal moduleSize = 0;
};
QrPlacement placeQr(const QRectF &target, int modules);

// The dark modules as one path of rectangles, in the coordinates of symbolRect: each run of dark modules
// in a row is one rectangle, and runs repeated unchanged on the rows below grow that rectangle instead
// of adding another. A few hundred rectangles for a typical code, so the PDF stays small and sharp at any
// printer resolution.
QPainterPath qrPath(const QrCode &code, const QRectF &symbolRect);

// Paints the code as vector shapes (never a scaled bitmap) into the largest centred square of target,
// with its quiet zone filled light. The painter's pen, brush and render hints are left as they were.
void paintQr(QPainter &painter, const QRectF &target, const QrCode &code, const QColor &dark = Qt::black,
             const QColor &light = Qt::white);

} // namespace cd
