// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBrush>
#include <QColor>
#include <QIcon>

// The few colours the statistics share between the tables and the charts, so that "active" is the same
// green and "needs follow-up" the same amber everywhere.
namespace cd::ui::statisticsStyle {

QColor checkpointsColor(); // bars of checkpoints
QColor scansColor();       // bars and lines of scans
QColor activeColor();      // active checkpoints
QColor inactiveColor();    // inactive checkpoints, flagged units
QBrush flagBackground();
QBrush totalBackground();
// A small amber disc with "!", drawn here: icon themes are missing on many office PCs.
QIcon flagIcon();

} // namespace cd::ui::statisticsStyle
