// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>

// Pixel clean-ups that help a QR decoder with poor photos and scans. Every function takes and returns
// 8-bit greyscale images (Format_Grayscale8).
namespace cd::imagecleanup {

QImage toGray(const QImage &image);

// Maps the darkest and lightest few pixels (clip is the share ignored at each end) to black and white:
// a grey-on-grey scan becomes black-on-white.
QImage stretchContrast(const QImage &gray, qreal clip = 0.01);

// Black and white at the threshold that best separates the histogram's two peaks (Otsu).
QImage binarize(const QImage &gray);

// A 3 × 3 box blur: takes the edge off sensor noise and JPEG blocks before binarizing.
QImage blur(const QImage &gray);

QImage invert(const QImage &gray);

// Smooth scaling by a factor; the result keeps the greyscale format.
QImage scaled(const QImage &gray, qreal factor);

} // namespace cd::imagecleanup
