// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnitStatisticsModel.h"

#include "StatisticsStyle.h"
#include "common/VnFormat.h"

#include <QFont>

namespace cd::ui {

UnitStatisticsModel::UnitStatisticsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(statisticsColumns::visible({})) {}

void UnitStatisticsModel::setStatistics(const UnitStatistics &statistics) {
    beginResetModel();
    m_statistics = statistics;
    endResetModel();
}

void UnitStatisticsModel::setOptionalColumns(const StatisticsColumns &chosen) {
    const StatisticsColumns columns = statisticsColumns::visible(chosen);
    if (columns == m_columns)
        return;
    beginResetModel();
    m_columns = columns;
    endResetModel();
}

const UnitStatisticsRow *UnitStatisticsModel::unitRow(int row) const {
    return row >= 0 && row < m_statistics.rows.size() ? &m_statistics.rows[row] : nullptr;
}

int UnitStatisticsModel::rowCount(const QModelIndex &parent) const {
    // The total row only follows real rows: an area without units has nothing to add up.
    return parent.isValid() || m_statistics.rows.isEmpty() ? 0 : int(m_statistics.rows.size()) + 1;
}

int UnitStatisticsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_columns.size());
}

qint64 UnitStatisticsModel::value(const UnitStatisticsRow &row, StatisticsColumn column) {
    switch (column) {
    case StatisticsColumn::Stt:
        return row.stt;
    case StatisticsColumn::Checkpoints:
        return row.checkpoints;
    case StatisticsColumn::Active7d:
        return row.active7d;
    case StatisticsColumn::WithScans:
        return row.withScans;
    case StatisticsColumn::WithoutScans:
        return row.withoutScans;
    case StatisticsColumn::Scans:
        return row.scans;
    case StatisticsColumn::Scans7d:
        return row.scans7d;
    case StatisticsColumn::Unit:
        return 0;
    }
    return 0;
}

QString UnitStatisticsModel::flagExplanation(const UnitStatisticsRow &row) const {
    const QDate weekStart = m_statistics.asOf.addDays(-6);
    return tr("No scan was recorded at any checkpoint of %1 from %2 to %3. Call the commune to find out "
              "why, and see the follow-up list.")
        .arg(row.unit.nameWithType, format::date(weekStart), format::date(m_statistics.asOf));
}

QVariant UnitStatisticsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool total = index.row() == totalRow();
    const UnitStatisticsRow &row = total ? m_statistics.total : m_statistics.rows[index.row()];
    const StatisticsColumn column = columnAt(index.column());
    const bool flagged = !total && row.noScans7d();
    switch (role) {
    case Qt::DisplayRole:
        if (column == StatisticsColumn::Unit)
            return total ? tr("Total") : row.unit.nameWithType;
        if (column == StatisticsColumn::Stt)
            return total ? QString() : QString::number(row.stt);
        return format::number(value(row, column));
    case ValueRole:
        if (column == StatisticsColumn::Unit)
            return total ? tr("Total") : row.unit.nameWithType;
        return value(row, column);
    case UnitCodeRole:
        return total ? QString() : row.unit.code;
    case FlaggedRole:
        return flagged;
    case TotalRole:
        return total;
    case Qt::TextAlignmentRole:
        if (column == StatisticsColumn::Unit)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
        if (column == StatisticsColumn::Stt)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::FontRole:
        if (total) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::DecorationRole:
        if (flagged && column == StatisticsColumn::Unit)
            return statisticsStyle::flagIcon();
        return {};
    case Qt::BackgroundRole:
        if (total)
            return statisticsStyle::totalBackground();
        if (flagged)
            return statisticsStyle::flagBackground();
        return {};
    case Qt::ToolTipRole:
        if (flagged)
            return flagExplanation(row);
        if (!total && column == StatisticsColumn::Unit)
            return row.unit.level == AdminUnit::Level::Commune
                       ? tr("Double-click for the checkpoints of %1").arg(row.unit.nameWithType)
                       : tr("Double-click for the communes of %1").arg(row.unit.nameWithType);
        return {};
    default:
        return {};
    }
}

QVariant UnitStatisticsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return {};
    const StatisticsColumn column = m_columns[section];
    if (role == Qt::DisplayRole)
        return statisticsColumns::title(column);
    if (role == Qt::ToolTipRole) {
        const QString explanation = statisticsColumns::explanation(column);
        return explanation.isEmpty() ? QVariant() : QVariant(explanation);
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
    return {};
}

} // namespace cd::ui
