// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QRectF>
#include <QSize>

class QPainter;
QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace cd::ui {

// Saves what a chart view shows: a PNG as on screen (at the screen's pixel ratio) or an SVG whose texts
// and shapes stay sharp at any size. The format follows the suffix (.png or .svg).
Status saveChart(QChartView &view, const QString &path);

// Paints a chart that no view shows (the report's charts) into target, laid out at `layoutSize` logical
// pixels and scaled to fit: the same chart reads the same on paper as on screen.
void renderChart(QChart &chart, QPainter &painter, const QRectF &target,
                 const QSizeF &layoutSize = {900, 520});

} // namespace cd::ui
