// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/ScanSeries.h"

#include <QColor>
#include <QRectF>
#include <QString>
#include <QVector>

class QPainter;

namespace cd {

// Plain QPainter charts for the report's chart pages (Qt Charts needs Widgets, which core cannot link).
// Sizes are in the painter's device pixels; `pt` converts points to them, so the charts print the same
// on a 300 dpi PDF and on a printer. Grey-scale friendly: offices print in black and white.
class ChartPainter {
public:
    struct Bar {
        QString label;
        qint64 value = 0;
        qint64 secondary = -1; // a second, darker bar drawn over the first (≤ value); -1: none
    };

    ChartPainter(QPainter &painter, qreal pixelsPerPoint)
        : m_painter(painter)
        , m_pt(pixelsPerPoint) {}

    // Horizontal bars, one row per label, values printed at the bar's end ("8.832"). The legend names
    // the value and, when bars have one, the secondary value.
    void horizontalBars(const QRectF &area, const QString &title, const QVector<Bar> &bars,
                        const QString &valueLegend, const QString &secondaryLegend = {}) const;
    // A line over time with dots, a value axis from zero and dates under the first, middle and last
    // points.
    void line(const QRectF &area, const QString &title, const QVector<SeriesPoint> &points,
              const QString &valueLegend) const;

    // A "nice" axis maximum ≥ value: 1, 2 or 5 times a power of ten.
    static qint64 niceCeiling(qint64 value);

private:
    qreal pt(qreal points) const { return points * m_pt; }
    qreal paintTitle(const QRectF &area, const QString &title) const;
    void paintLegend(const QPointF &at, const QColor &colour, const QString &text) const;

    QPainter &m_painter;
    qreal m_pt;
};

} // namespace cd
