// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace cd::ui {

// Saves what a chart view shows: a PNG as on screen (at the screen's pixel ratio) or an SVG whose texts
// and shapes stay sharp at any size. The format follows the suffix (.png or .svg).
Status saveChart(QChartView &view, const QString &path);

} // namespace cd::ui
