// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/ScanSeries.h"
#include "stats/UnitStatistics.h"

#include <QStringList>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

// Builders of the statistics charts from the core's figures. Each returns a new chart (the caller owns
// it) with Vietnamese number formatting, hover tooltips and, for charts with one bar per unit, the
// units' codes in the property kUnitCodes so that a click on a bar can drill down.
namespace cd::ui::charts {

// QStringList of unit codes, one per category, in the order of the category axis.
inline constexpr char kUnitCodes[] = "cdUnitCodes";

enum class UnitMeasure { Checkpoints, Scans };
enum class Period { Daily, Weekly };

// One horizontal bar per unit, in the office's order from the top.
QChart *unitBars(const UnitStatistics &statistics, UnitMeasure measure);
// Per unit, its checkpoints split into those scanned in the last 7 days and the others.
QChart *activeInactive(const UnitStatistics &statistics);
// Scans per day or per week of a unit (scopeName says which, for the title) over from … to; weeks cut
// by the period are joined by a dashed line.
QChart *scanSeries(const QVector<SeriesPoint> &points, Period period, const QString &scopeName,
                   const QDate &from, const QDate &to);
// The checkpoints with the most scans in the period, most first from the top.
QChart *topCheckpoints(const QVector<CheckpointStatisticsRow> &rows, const QString &scopeName);

// The period a chart's subtitle names: "01/01/2021 – 24/08/2021".
QString periodText(const QDate &from, const QDate &to);

} // namespace cd::ui::charts
