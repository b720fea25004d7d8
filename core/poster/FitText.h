// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QList>
#include <QRectF>
#include <QStringList>

class QPainter;
class QPaintDevice;

namespace cd {

// Text laid out to fit a box: wrapped at word boundaries, shrunk until every line fits its width and all
// lines fit its height.
struct FittedText {
    QFont font;
    QStringList lines;
    QList<qreal> lineWidths;
    qreal lineSpacing = 0;
    qreal ascent = 0;
    QSizeF size;         // of the text block
    bool shrunk = false; // drawn smaller than asked
    // Did not fit even at the smallest size: the last line ends in "…". Words longer than the box are
    // broken anywhere before that happens.
    bool elided = false;
};

struct FitTextOptions {
    qreal minPointSize = 4;
    // Centred text reads better with lines of similar length: "ĐIỂM KIỂM SOÁT RA VÀO —" over "QUÉT MÃ
    // QR KHI ĐẾN" rather than a long line over two words.
    bool balanceLines = true;
};

// Fits text into box, starting from font's point size. Explicit '\n' start new lines. Measurements are
// for device (the painter's device when drawing), so what fits here fits there.
FittedText fitText(const QString &text, const QFont &font, const QSizeF &box, const QPaintDevice *device,
                   const FitTextOptions &options = {});

// Draws the lines of fitText() inside box with the painter's pen; alignment places the block (vertically)
// and each line (horizontally).
void drawFittedText(QPainter &painter, const QRectF &box, const FittedText &text,
                    Qt::Alignment alignment = Qt::AlignCenter);

} // namespace cd
