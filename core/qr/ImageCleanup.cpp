// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImageCleanup.h"

#include <array>
#include <cmath>

namespace cd::imagecleanup {

namespace {

std::array<qint64, 256> histogram(const QImage &gray) {
    std::array<qint64, 256> counts{};
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *row = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            ++counts[row[x]];
    }
    return counts;
}

QImage mapped(const QImage &gray, const std::array<uchar, 256> &table) {
    QImage result(gray.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *in = gray.constScanLine(y);
        uchar *out = result.scanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            out[x] = table[in[x]];
    }
    return result;
}

} // namespace

QImage toGray(const QImage &image) {
    if (image.format() == QImage::Format_Grayscale8)
        return image;
    // Qt's own conversion goes through colour management and is several times slower; the 150 dpi
    // poster check converts hundreds of images.
    const bool opaque = !image.hasAlphaChannel();
    const QImage rgb = image.convertToFormat(opaque ? QImage::Format_RGB32 : QImage::Format_ARGB32);
    const int width = rgb.width(), height = rgb.height();
    QImage gray(rgb.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < height; ++y) {
        const QRgb *in = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        uchar *out = gray.scanLine(y);
        for (int x = 0; x < width; ++x) {
            // Rec. 601 weights in fixed point.
            const QRgb pixel = in[x];
            out[x] = uchar((qRed(pixel) * 77 + qGreen(pixel) * 150 + qBlue(pixel) * 29) >> 8);
        }
        if (opaque)
            continue;
        // Transparent pixels count as white paper, not as the black their colour channels often hold.
        for (int x = 0; x < width; ++x) {
            const int alpha = qAlpha(in[x]);
            out[x] = uchar((out[x] * alpha + 255 * (255 - alpha)) / 255);
        }
    }
    return gray;
}

QImage stretchContrast(const QImage &gray, qreal clip) {
    const auto counts = histogram(gray);
    const qint64 total = qint64(gray.width()) * gray.height();
    const qint64 ignored = qint64(std::llround(total * clip));
    int low = 0, high = 255;
    for (qint64 seen = 0; low < 255 && seen + counts[low] <= ignored; ++low)
        seen += counts[low];
    for (qint64 seen = 0; high > 0 && seen + counts[high] <= ignored; --high)
        seen += counts[high];
    if (high <= low)
        return gray;
    std::array<uchar, 256> table{};
    for (int v = 0; v < 256; ++v)
        table[v] = uchar(qBound(0, (v - low) * 255 / (high - low), 255));
    return mapped(gray, table);
}

QImage binarize(const QImage &gray) {
    const auto counts = histogram(gray);
    const qint64 total = qint64(gray.width()) * gray.height();
    double sumAll = 0;
    for (int v = 0; v < 256; ++v)
        sumAll += double(v) * counts[v];
    double sumBelow = 0, bestSpread = -1;
    qint64 below = 0;
    int threshold = 127;
    for (int v = 0; v < 256; ++v) {
        below += counts[v];
        sumBelow += double(v) * counts[v];
        const qint64 above = total - below;
        if (below == 0 || above == 0)
            continue;
        const double meanBelow = sumBelow / below;
        const double meanAbove = (sumAll - sumBelow) / above;
        const double spread =
            double(below) * double(above) * (meanBelow - meanAbove) * (meanBelow - meanAbove);
        if (spread > bestSpread) {
            bestSpread = spread;
            threshold = v;
        }
    }
    std::array<uchar, 256> table{};
    for (int v = 0; v < 256; ++v)
        table[v] = v <= threshold ? 0 : 255;
    return mapped(gray, table);
}

QImage blur(const QImage &gray) {
    const int w = gray.width(), h = gray.height();
    QImage result(gray.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < h; ++y) {
        const uchar *rows[3] = {gray.constScanLine(qMax(0, y - 1)), gray.constScanLine(y),
                                gray.constScanLine(qMin(h - 1, y + 1))};
        uchar *out = result.scanLine(y);
        for (int x = 0; x < w; ++x) {
            const int left = qMax(0, x - 1), right = qMin(w - 1, x + 1);
            int sum = 0;
            for (const uchar *row : rows)
                sum += row[left] + row[x] + row[right];
            out[x] = uchar((sum + 4) / 9);
        }
    }
    return result;
}

QImage invert(const QImage &gray) {
    std::array<uchar, 256> table{};
    for (int v = 0; v < 256; ++v)
        table[v] = uchar(255 - v);
    return mapped(gray, table);
}

QImage scaled(const QImage &gray, qreal factor) {
    const QSize size(qMax(1, qRound(gray.width() * factor)), qMax(1, qRound(gray.height() * factor)));
    return gray.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .convertToFormat(QImage::Format_Grayscale8);
}

} // namespace cd::imagecleanup
