// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/CheckpointStatistics.h"

#include <QAbstractTableModel>

namespace cd::ui {

// Checkpoints with their figures: the drill-down of a commune and the follow-up list of checkpoints that
// stopped being scanned. Inactive checkpoints are marked as the flagged communes are.
class CheckpointStatisticsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        SttColumn,
        CodeColumn,
        NameColumn,
        TypeColumn,
        CommuneColumn,
        PhoneColumn,
        ScansColumn,
        Scans7dColumn,
        LastScanColumn,
        SilentDaysColumn, // days from the last scan to the as-of day
        ColumnCount
    };
    enum Role {
        ValueRole = Qt::UserRole + 1, // the number or date behind a cell
        CheckpointIdRole,
        InactiveRole,
    };

    explicit CheckpointStatisticsModel(QObject *parent = nullptr);

    void setRows(const QVector<CheckpointStatisticsRow> &rows, const QDate &asOf);
    const QVector<CheckpointStatisticsRow> &rows() const { return m_rows; }
    const QDate &asOf() const { return m_asOf; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const CheckpointStatisticsRow &row, int stt, int column) const;
    QVariant value(const CheckpointStatisticsRow &row, int stt, int column) const;

    QVector<CheckpointStatisticsRow> m_rows;
    QDate m_asOf;
};

} // namespace cd::ui
