// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckpointStatisticsModel.h"

#include "StatisticsStyle.h"
#include "common/VnFormat.h"

namespace cd::ui {

CheckpointStatisticsModel::CheckpointStatisticsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void CheckpointStatisticsModel::setRows(const QVector<CheckpointStatisticsRow> &rows, const QDate &asOf) {
    beginResetModel();
    m_rows = rows;
    m_asOf = asOf;
    endResetModel();
}

int CheckpointStatisticsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CheckpointStatisticsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CheckpointStatisticsModel::value(const CheckpointStatisticsRow &row, int stt, int column) const {
    switch (column) {
    case SttColumn:
        return stt;
    case CodeColumn:
        return row.code;
    case NameColumn:
        return row.name;
    case TypeColumn:
        return row.typeName;
    case CommuneColumn:
        return row.communeName;
    case PhoneColumn:
        return row.phone;
    case ScansColumn:
        return row.scans;
    case Scans7dColumn:
        return row.scans7d;
    case LastScanColumn:
        return row.lastScanDay;
    case SilentDaysColumn:
        return row.lastScanDay.isValid() ? QVariant(row.lastScanDay.daysTo(m_asOf)) : QVariant();
    default:
        return {};
    }
}

QVariant CheckpointStatisticsModel::display(const CheckpointStatisticsRow &row, int stt, int column) const {
    switch (column) {
    case SttColumn:
        return QString::number(stt);
    case ScansColumn:
        return format::number(row.scans);
    case Scans7dColumn:
        return format::number(row.scans7d);
    case LastScanColumn:
        return row.lastScanDay.isValid() ? format::date(row.lastScanDay) : tr("never");
    case SilentDaysColumn:
        return row.lastScanDay.isValid() ? format::number(row.lastScanDay.daysTo(m_asOf)) : QString();
    default:
        return value(row, stt, column);
    }
}

QVariant CheckpointStatisticsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CheckpointStatisticsRow &row = m_rows[index.row()];
    const int column = index.column();
    const int stt = index.row() + 1;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, stt, column);
    case ValueRole:
        return value(row, stt, column);
    case CheckpointIdRole:
        return row.checkpointId;
    case InactiveRole:
        return row.inactive;
    case Qt::TextAlignmentRole:
        if (column == SttColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
        if (column == ScansColumn || column == Scans7dColumn || column == SilentDaysColumn ||
            column == LastScanColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    case Qt::DecorationRole:
        if (row.inactive && column == NameColumn)
            return statisticsStyle::flagIcon();
        return {};
    case Qt::BackgroundRole:
        return row.inactive ? QVariant(statisticsStyle::flagBackground()) : QVariant();
    case Qt::ToolTipRole:
        if (row.inactive && row.lastScanDay.isValid())
            return tr("Last scanned on %1, %2 days before %3: call %4 to find out why.")
                .arg(format::date(row.lastScanDay), format::number(row.lastScanDay.daysTo(m_asOf)),
                     format::date(m_asOf), row.phone.isEmpty() ? tr("the checkpoint") : row.phone);
        if (column == NameColumn && !row.address.isEmpty())
            return row.address;
        return {};
    default:
        return {};
    }
}

QVariant CheckpointStatisticsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SttColumn:
        return tr("No.");
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Checkpoint");
    case TypeColumn:
        return tr("Type");
    case CommuneColumn:
        return tr("Commune");
    case PhoneColumn:
        return tr("Phone");
    case ScansColumn:
        return tr("Scans");
    case Scans7dColumn:
        return tr("Scans in 7 days");
    case LastScanColumn:
        return tr("Last scan");
    case SilentDaysColumn:
        return tr("Days without scans");
    default:
        return {};
    }
}

} // namespace cd::ui
