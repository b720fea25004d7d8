// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace cd::ui {

// The columns of the unit table. The annex of seed 000 has the first four; the others are optional and
// the user adds them from the page's "Columns" menu. Shown in this order.
enum class StatisticsColumn {
    Stt,
    Unit,
    Checkpoints,
    Active7d,     // optional: checkpoints with a scan in the last 7 days
    WithScans,    // optional: checkpoints with a scan in the period
    WithoutScans, // optional: checkpoints without any scan in the period
    Scans,
    Scans7d, // optional: scans in the last 7 days
};

using StatisticsColumns = QList<StatisticsColumn>;

namespace statisticsColumns {

// The columns a user may add, in menu order.
StatisticsColumns optional();
// The visible columns: the annex's four and the chosen optional ones, in table order.
StatisticsColumns visible(const StatisticsColumns &chosenOptional);

QString title(StatisticsColumn column);
QString explanation(StatisticsColumn column);

// The optional columns the user chose, remembered in QSettings (a user's view, not the office's data).
StatisticsColumns remembered();
void remember(const StatisticsColumns &chosenOptional);

} // namespace statisticsColumns
} // namespace cd::ui
