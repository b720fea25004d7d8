// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartPainter.h"

#include "AdminDocument.h"
#include "common/VnFormat.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace cd {
namespace {
const QColor kLight(0xb8, 0xc4, 0xd6);
const QColor kDark(0x2f, 0x4b, 0x7c);
} // namespace

qint64 ChartPainter::niceCeiling(qint64 value) {
    if (value <= 1)
        return 1;
    qint64 power = 1;
    while (power * 10 < value)
        power *= 10;
    for (const qint64 step : {1, 2, 5, 10}) {
        if (step * power >= value)
            return step * power;
    }
    return 10 * power;
}

qreal ChartPainter::paintTitle(const QRectF &area, const QString &title) const {
    const QFont font = AdminDocument::font(13, true);
    m_painter.setFont(font);
    m_painter.setPen(Qt::black);
    const QFontMetricsF metrics(font, m_painter.device());
    const QRectF box = metrics.boundingRect(QRectF(area.left(), area.top(), area.width(), 1e6),
                                            Qt::AlignHCenter | Qt::TextWordWrap, title);
    m_painter.drawText(QRectF(area.left(), area.top(), area.width(), box.height()),
                       Qt::AlignHCenter | Qt::TextWordWrap, title);
    return box.height() + pt(6);
}

void ChartPainter::paintLegend(const QPointF &at, const QColor &colour, const QString &text) const {
    m_painter.fillRect(QRectF(at.x(), at.y() + pt(2), pt(14), pt(8)), colour);
    m_painter.setPen(Qt::black);
    m_painter.drawText(QPointF(at.x() + pt(18), at.y() + pt(9.5)), text);
}

void ChartPainter::horizontalBars(const QRectF &area, const QString &title, const QVector<Bar> &bars,
                                  const QString &valueLegend, const QString &secondaryLegend) const {
    m_painter.save();
    qreal y = area.top() + paintTitle(area, title);
    const QFont font = AdminDocument::font(bars.size() > 25 ? 8.5 : 10.5);
    m_painter.setFont(font);
    const QFontMetricsF metrics(font, m_painter.device());

    // Legend under the title.
    paintLegend(QPointF(area.left(), y), kLight, valueLegend);
    const bool hasSecondary =
        std::any_of(bars.cbegin(), bars.cend(), [](const Bar &b) { return b.secondary >= 0; });
    if (hasSecondary)
        paintLegend(QPointF(area.left() + area.width() / 2, y), kDark, secondaryLegend);
    y += pt(16);

    qreal labelWidth = 0;
    qint64 maximum = 0;
    for (const Bar &bar : bars) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(bar.label));
        maximum = std::max({maximum, bar.value, bar.secondary});
    }
    labelWidth = std::min(labelWidth + pt(6), area.width() * 0.38);
    const qreal valueWidth = metrics.horizontalAdvance(format::number(maximum)) + pt(6);
    const qreal barLeft = area.left() + labelWidth;
    const qreal barSpan = std::max<qreal>(area.right() - barLeft - valueWidth, pt(20));
    const qreal rowHeight = bars.isEmpty() ? 0 : std::min(pt(22), (area.bottom() - y) / bars.size());
    const qreal scale = maximum > 0 ? barSpan / qreal(niceCeiling(maximum)) : 0;

    // Light grid lines at quarters of the axis.
    QPen grid(QColor(0xcc, 0xcc, 0xcc));
    grid.setWidthF(pt(0.4));
    m_painter.setPen(grid);
    for (int i = 0; i <= 4; ++i) {
        const qreal x = barLeft + barSpan * i / 4;
        m_painter.drawLine(QPointF(x, y), QPointF(x, y + rowHeight * bars.size()));
    }
    for (int i = 0; i < bars.size(); ++i) {
        const Bar &bar = bars[i];
        const qreal top = y + i * rowHeight;
        m_painter.setPen(Qt::black);
        m_painter.drawText(QRectF(area.left(), top, labelWidth - pt(4), rowHeight),
                           Qt::AlignRight | Qt::AlignVCenter,
                           metrics.elidedText(bar.label, Qt::ElideRight, labelWidth - pt(4)));
        const QRectF full(barLeft, top + rowHeight * 0.15, bar.value * scale, rowHeight * 0.7);
        m_painter.fillRect(full, kLight);
        if (bar.secondary >= 0)
            m_painter.fillRect(QRectF(barLeft, top + rowHeight * 0.3, bar.secondary * scale, rowHeight * 0.4),
                               kDark);
        const QString value = bar.secondary >= 0 ? format::number(bar.value) + QStringLiteral(" / ") +
                                                       format::number(bar.secondary)
                                                 : format::number(bar.value);
        m_painter.drawText(QRectF(full.right() + pt(3), top, area.right() - full.right(), rowHeight),
                           Qt::AlignLeft | Qt::AlignVCenter, value);
    }
    QPen axis(Qt::black);
    axis.setWidthF(pt(0.6));
    m_painter.setPen(axis);
    m_painter.drawLine(QPointF(barLeft, y), QPointF(barLeft, y + rowHeight * bars.size()));
    m_painter.restore();
}

void ChartPainter::line(const QRectF &area, const QString &title, const QVector<SeriesPoint> &points,
                        const QString &valueLegend) const {
    m_painter.save();
    const qreal top = area.top() + paintTitle(area, title);
    const QFont font = AdminDocument::font(10);
    m_painter.setFont(font);
    const QFontMetricsF metrics(font, m_painter.device());
    paintLegend(QPointF(area.left(), top), kDark, valueLegend);

    qint64 maximum = 0;
    for (const SeriesPoint &point : points)
        maximum = std::max(maximum, point.scans);
    const qint64 ceiling = niceCeiling(maximum);
    const qreal axisWidth = metrics.horizontalAdvance(format::number(ceiling)) + pt(6);
    const QRectF plot(area.left() + axisWidth, top + pt(20), area.width() - axisWidth - pt(8),
                      area.bottom() - top - pt(20) - metrics.height() - pt(6));
    QPen grid(QColor(0xcc, 0xcc, 0xcc));
    grid.setWidthF(pt(0.4));
    for (int i = 0; i <= 4; ++i) {
        const qreal y = plot.bottom() - plot.height() * i / 4;
        m_painter.setPen(grid);
        m_painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        m_painter.setPen(Qt::black);
        m_painter.drawText(QRectF(area.left(), y - metrics.height() / 2, axisWidth - pt(4), metrics.height()),
                           Qt::AlignRight | Qt::AlignVCenter, format::number(ceiling * i / 4));
    }
    QPen axis(Qt::black);
    axis.setWidthF(pt(0.6));
    m_painter.setPen(axis);
    m_painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    m_painter.drawLine(plot.bottomLeft(), plot.topLeft());
    if (points.isEmpty()) {
        m_painter.restore();
        return;
    }
    const auto pointAt = [&](int i) {
        const qreal x =
            points.size() == 1 ? plot.center().x() : plot.left() + plot.width() * i / (points.size() - 1);
        return QPointF(x, plot.bottom() - plot.height() * points[i].scans / qreal(ceiling));
    };
    QPolygonF polyline;
    for (int i = 0; i < points.size(); ++i)
        polyline << pointAt(i);
    QPen pen(kDark);
    pen.setWidthF(pt(1.4));
    m_painter.setPen(pen);
    m_painter.drawPolyline(polyline);
    m_painter.setBrush(kDark);
    if (points.size() <= 60) {
        for (const QPointF &p : polyline)
            m_painter.drawEllipse(p, pt(1.8), pt(1.8));
    }
    m_painter.setPen(Qt::black);
    for (const int i : {0, int(points.size() / 2), int(points.size() - 1)}) {
        const QString label = format::date(points[i].day);
        const qreal width = metrics.horizontalAdvance(label);
        const qreal x = std::clamp(pointAt(i).x() - width / 2, plot.left() - axisWidth, plot.right() - width);
        m_painter.drawText(QPointF(x, plot.bottom() + pt(4) + metrics.ascent()), label);
    }
    m_painter.restore();
}

} // namespace cd
