// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "units/AdminUnit.h"

#include <QAbstractTableModel>

namespace cd::ui {

// The database's communes (districts, for a province) in the office's order, which the user rearranges.
class UnitOrderModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { OrderColumn, CodeColumn, NameColumn, TypeColumn, ColumnCount };

    explicit UnitOrderModel(QObject *parent = nullptr);

    void setUnits(AdminUnits units);
    const AdminUnits &units() const { return m_units; }
    QStringList codes() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

private:
    AdminUnits m_units;
};

} // namespace cd::ui
