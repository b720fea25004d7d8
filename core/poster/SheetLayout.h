// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PosterTypes.h"

#include <QLineF>
#include <QList>
#include <QPageLayout>
#include <QRectF>

namespace cd {

// Where the posters of one printed sheet go, in millimetres from the sheet's top-left corner.
struct SheetGeometry {
    QPageLayout pageLayout;    // size and orientation, no margins: the posters keep their own
    QSizeF size;               // oriented
    QList<QRectF> posterRects; // one per poster, in reading order; each is cut out along its edges
    QList<QLineF> cutMarks;    // short lines outside the slot corners, none for one poster per sheet
};

SheetGeometry sheetGeometry(const PosterLayout &layout);

// The largest poster (A-series proportions, portrait) centred in area.
QRectF posterRectIn(const QRectF &area);

// Millimetres to the units of a device whose full page is pageRect.
QTransform sheetToDevice(const SheetGeometry &sheet, const QRectF &pageRect);

} // namespace cd
