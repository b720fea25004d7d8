// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnitOrderModel.h"

namespace cd::ui {

UnitOrderModel::UnitOrderModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void UnitOrderModel::setUnits(AdminUnits units) {
    beginResetModel();
    m_units = std::move(units);
    endResetModel();
}

QStringList UnitOrderModel::codes() const {
    QStringList codes;
    for (const AdminUnit &unit : m_units)
        codes << unit.code;
    return codes;
}

int UnitOrderModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_units.size());
}

int UnitOrderModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitOrderModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_units.size())
        return {};
    const AdminUnit &unit = m_units[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case OrderColumn:
            return index.row() + 1;
        case CodeColumn:
            return unit.code;
        case NameColumn:
            return unit.nameWithType;
        case TypeColumn:
            return unit.type;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == OrderColumn || index.column() == CodeColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant UnitOrderModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OrderColumn:
        return tr("No.");
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Unit");
    case TypeColumn:
        return tr("Type");
    default:
        return {};
    }
}

bool UnitOrderModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                              const QModelIndex &destinationParent, int destinationChild) {
    if (sourceParent.isValid() || destinationParent.isValid() || count <= 0 || sourceRow < 0 ||
        sourceRow + count > m_units.size() || destinationChild < 0 || destinationChild > m_units.size() ||
        (destinationChild >= sourceRow && destinationChild <= sourceRow + count))
        return false;
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild))
        return false;
    const AdminUnits moved = m_units.mid(sourceRow, count);
    m_units.remove(sourceRow, count);
    const int insertAt = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_units.insert(insertAt + i, moved[i]);
    endMoveRows();
    // The order numbers of every row between the two places changed.
    emit dataChanged(index(0, OrderColumn), index(rowCount() - 1, OrderColumn));
    return true;
}

} // namespace cd::ui
