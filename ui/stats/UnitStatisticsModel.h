// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatisticsColumns.h"
#include "stats/UnitStatistics.h"

#include <QAbstractTableModel>

namespace cd::ui {

// The annex table: one row per unit (commune, or district of a province), then the "Tổng cộng" row.
// Numbers are shown as Vietnamese writes them ("8.832"); the raw values are under ValueRole. Units where
// nothing was scanned in the last 7 days are flagged with an icon, a colour and a tooltip.
class UnitStatisticsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        ValueRole = Qt::UserRole + 1, // the number behind a cell (qint64), the STT, the unit's name
        UnitCodeRole,                 // the unit's code; empty on the total row
        FlaggedRole,                  // true for a unit with no scan in the last 7 days
        TotalRole,                    // true on the total row
    };

    explicit UnitStatisticsModel(QObject *parent = nullptr);

    void setStatistics(const UnitStatistics &statistics);
    const UnitStatistics &statistics() const { return m_statistics; }

    void setOptionalColumns(const StatisticsColumns &chosen);
    const StatisticsColumns &columns() const { return m_columns; }
    StatisticsColumn columnAt(int section) const { return m_columns.value(section); }
    int sectionOf(StatisticsColumn column) const { return int(m_columns.indexOf(column)); }

    // The unit row of a model row; nullptr for the total row.
    const UnitStatisticsRow *unitRow(int row) const;
    int totalRow() const { return int(m_statistics.rows.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static qint64 value(const UnitStatisticsRow &row, StatisticsColumn column);

private:
    QString flagExplanation(const UnitStatisticsRow &row) const;

    UnitStatistics m_statistics;
    StatisticsColumns m_columns;
};

} // namespace cd::ui
