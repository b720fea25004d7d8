// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PosterTypes.h"
#include "common/Error.h"

#include <QList>
#include <QRectF>

class QPainter;

namespace cd {

struct PosterGeometry;

// Draws a checkpoint's QR code into a square (quiet zone included). paintVectorQr() is the one to print
// with; the benchmark swaps in a bitmap to compare against.
using QrPaintFunction = void (*)(QPainter &painter, const QRectF &square, const QrCode &code);
void paintVectorQr(QPainter &painter, const QRectF &square, const QrCode &code);

// A checkpoint with its code encoded: what the renderer checks and then paints.
struct PreparedPoster {
    PosterContent content;
    QrCode code;
};

// Paints one poster into target on any painter: a QPdfWriter page, a QPrinter for the print preview,
// a QImage. The poster keeps A-series proportions and is centred in target; the placeholders of texts
// are expanded for the checkpoint. Text is set in the bundled Liberation fonts (registered on first use)
// and shrinks to fit its box. Errors when the payload cannot be encoded, naming the checkpoint.
Status paintPoster(QPainter &painter, const QRectF &target, const PosterContent &content,
                   const PosterTexts &texts, const PosterLayout &layout);

// The same with the code already encoded.
void paintPoster(QPainter &painter, const QRectF &target, const PreparedPoster &poster,
                 const PosterTexts &texts, QrPaintFunction qrPainter = paintVectorQr);

// The frame and the code alone, exactly as paintPoster() draws them: what the 150 dpi check rasterizes.
void paintPosterQr(QPainter &painter, const PosterGeometry &geometry, const QrCode &code,
                   QrPaintFunction qrPainter = paintVectorQr);

// One printed sheet: up to layout.perPage posters in its slots, and the cut marks. pageRect is the
// whole sheet in device units (for a QPdfWriter or QPrinter with zero margins, its paint rect).
void paintSheet(QPainter &painter, const QRectF &pageRect, const QList<PreparedPoster> &posters,
                const PosterTexts &texts, const PosterLayout &layout,
                QrPaintFunction qrPainter = paintVectorQr);

// Encodes a checkpoint's payload at the layout's error-correction level; the error names the checkpoint.
Result<PreparedPoster> preparePoster(const PosterContent &content, const PosterLayout &layout);

} // namespace cd
