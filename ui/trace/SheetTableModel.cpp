// SPDX-License-Identifier: GPL-3.0-or-later
#include "SheetTableModel.h"

#include "common/VnFormat.h"

#include <cmath>

namespace cd::ui {
namespace {

bool isNumber(const QVariant &value) {
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

} // namespace

void SheetTableModel::setSheet(SheetData sheet) {
    beginResetModel();
    m_sheet = std::move(sheet);
    endResetModel();
}

int SheetTableModel::columnOf(const QString &key) const {
    for (int c = 0; c < m_sheet.columns.size(); ++c)
        if (m_sheet.columns[c].key == key)
            return c;
    return -1;
}

int SheetTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_sheet.rows.size());
}

int SheetTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_sheet.columns.size());
}

QVariant SheetTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_sheet.rows.size())
        return {};
    const QVariant value = m_sheet.rows[index.row()].value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (value.typeId() == QMetaType::Double)
            return format::decimal(value.toDouble(),
                                   value.toDouble() == std::floor(value.toDouble()) ? 0 : 1);
        if (isNumber(value))
            return format::number(value.toLongLong());
        return value.toString().replace(QStringLiteral("; "), QStringLiteral("\n"));
    case Qt::ToolTipRole:
        return isNumber(value) ? QVariant()
                               : value.toString().replace(QStringLiteral("; "), QStringLiteral("\n"));
    case Qt::TextAlignmentRole:
        return isNumber(value) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                               : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::UserRole:
        return value;
    default:
        return {};
    }
}

QVariant SheetTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= m_sheet.columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_sheet.columns[section].heading;
    return {};
}

} // namespace cd::ui
