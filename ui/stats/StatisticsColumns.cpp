// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatisticsColumns.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStringList>

namespace cd::ui::statisticsColumns {

namespace {

const QString kSettingsKey = QStringLiteral("statistics/optionalColumns");

// Stable names for QSettings: the enum's values may be reordered.
QString key(StatisticsColumn column) {
    switch (column) {
    case StatisticsColumn::Active7d:
        return QStringLiteral("active7d");
    case StatisticsColumn::WithScans:
        return QStringLiteral("withScans");
    case StatisticsColumn::WithoutScans:
        return QStringLiteral("withoutScans");
    case StatisticsColumn::Scans7d:
        return QStringLiteral("scans7d");
    default:
        return {};
    }
}

} // namespace

StatisticsColumns optional() {
    return {StatisticsColumn::Active7d, StatisticsColumn::WithScans, StatisticsColumn::WithoutScans,
            StatisticsColumn::Scans7d};
}

StatisticsColumns visible(const StatisticsColumns &chosenOptional) {
    StatisticsColumns columns;
    for (int value = int(StatisticsColumn::Stt); value <= int(StatisticsColumn::Scans7d); ++value) {
        const auto column = StatisticsColumn(value);
        if (!optional().contains(column) || chosenOptional.contains(column))
            columns.append(column);
    }
    return columns;
}

QString title(StatisticsColumn column) {
    switch (column) {
    case StatisticsColumn::Stt:
        return QCoreApplication::translate("cd::ui::StatisticsColumns", "No.");
    case StatisticsColumn::Unit:
        return QCoreApplication::translate("cd::ui::StatisticsColumns", "Area");
    case StatisticsColumn::Checkpoints:
        return QCoreApplication::translate("cd::ui::StatisticsColumns", "Checkpoints");
    case StatisticsColumn::Active7d:
        return QCoreApplication::translate("cd::ui::StatisticsColumns", "Active in 7 days");
    case StatisticsColumn::WithScans:
        return QCoreApplication::translate("cd::ui::StatisticsColumns", "With scans");
    case StatisticsColumn::WithoutScans:
        return QCoreApplication::translate("cd::ui::StatisticsColumns", "Without scans");
    case StatisticsColumn::Scans:
        return QCoreApplication::translate("cd::ui::StatisticsColumns", "Scans recorded");
    case StatisticsColumn::Scans7d:
        return QCoreApplication::translate("cd::ui::StatisticsColumns", "Scans in 7 days");
    }
    return {};
}

QString explanation(StatisticsColumn column) {
    switch (column) {
    case StatisticsColumn::Checkpoints:
        return QCoreApplication::translate(
            "cd::ui::StatisticsColumns", "Checkpoints registered by the as-of day and not closed before the "
                                         "period started");
    case StatisticsColumn::Active7d:
        return QCoreApplication::translate(
            "cd::ui::StatisticsColumns",
            "Checkpoints with at least one scan in the 7 days up to the as-of day");
    case StatisticsColumn::WithScans:
        return QCoreApplication::translate("cd::ui::StatisticsColumns",
                                           "Checkpoints with at least one scan in the period");
    case StatisticsColumn::WithoutScans:
        return QCoreApplication::translate("cd::ui::StatisticsColumns",
                                           "Checkpoints without any scan in the period");
    case StatisticsColumn::Scans:
        return QCoreApplication::translate("cd::ui::StatisticsColumns",
                                           "Entries and exits recorded in the period");
    case StatisticsColumn::Scans7d:
        return QCoreApplication::translate("cd::ui::StatisticsColumns",
                                           "Entries and exits recorded in the 7 days up to the as-of day");
    default:
        return {};
    }
}

StatisticsColumns remembered() {
    const QStringList keys = QSettings().value(kSettingsKey).toStringList();
    StatisticsColumns columns;
    for (StatisticsColumn column : optional()) {
        if (keys.contains(key(column)))
            columns.append(column);
    }
    return columns;
}

void remember(const StatisticsColumns &chosenOptional) {
    QStringList keys;
    for (StatisticsColumn column : chosenOptional)
        keys.append(key(column));
    QSettings().setValue(kSettingsKey, keys);
}

} // namespace cd::ui::statisticsColumns
