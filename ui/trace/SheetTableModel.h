// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/SheetData.h"

#include <QAbstractTableModel>

namespace cd::ui {

// A read-only table over a core SheetData: the same columns and rows the exports write, so what is on
// screen is what is exported. Numbers are shown the Vietnamese way and right-aligned; Qt::UserRole gives
// the raw value for sorting.
class SheetTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit SheetTableModel(QObject *parent = nullptr)
        : QAbstractTableModel(parent) {}

    void setSheet(SheetData sheet);
    const SheetData &sheet() const { return m_sheet; }
    int columnOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    SheetData m_sheet;
};

} // namespace cd::ui
