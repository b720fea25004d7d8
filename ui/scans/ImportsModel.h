// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scans/ScanQueries.h"

#include <QAbstractTableModel>

namespace cd::ui {

// The import log, oldest first: when, which file, how big, and what each import did.
class ImportsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        FileColumn,
        SizeColumn,
        RowsColumn,
        AddedColumn,
        DuplicatesColumn,
        RejectedColumn,
        ShaColumn,
        ColumnCount
    };

    explicit ImportsModel(QObject *parent = nullptr);

    void setImports(const QVector<ImportRecord> &imports);
    const QVector<ImportRecord> &imports() const { return m_imports; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // 1.234.567 bytes -> "1,2 MB", as a Vietnamese reader writes it.
    static QString fileSize(qint64 bytes);
    // 14.25 -> "14,3": one decimal with the Vietnamese decimal comma.
    static QString oneDecimal(double value);

private:
    QVector<ImportRecord> m_imports;
};

} // namespace cd::ui
