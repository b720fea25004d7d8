// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/Checkpoint.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>

namespace cd::ui {

// The register as a table, one row per checkpoint, in the office's commune order. Read-only: edits go
// through CheckpointEditor, after which the page calls reload().
class CheckpointTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        CodeColumn,
        NameColumn,
        TypeColumn,
        CommuneColumn,
        AddressColumn,
        PhoneColumn,
        StatusColumn,
        ParentColumn,
        QrColumn,
        RegisteredColumn,
        ColumnCount
    };

    // What the filter proxy and the page read besides the text shown.
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole,       // a value that sorts as people expect: dates as dates, communes in office order
        SearchTextRole, // code, name, address and phone without diacritics
        CommuneCodeRole,
        TypeIdRole,
        ClosedRole,
        ParentIdRole // 0 when the checkpoint has no parent
    };

    explicit CheckpointTableModel(QSqlDatabase db, QObject *parent = nullptr);

    void reload();
    const Checkpoint &checkpointAt(int row) const { return m_checkpoints.at(row); }
    // The row of a checkpoint, -1 when it is not listed.
    int rowOf(qint64 id) const;
    const Checkpoints &checkpoints() const { return m_checkpoints; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayText(const Checkpoint &checkpoint, int column) const;
    QVariant sortValue(const Checkpoint &checkpoint, int column) const;
    QVariant toolTip(const Checkpoint &checkpoint, int column) const;

    QSqlDatabase m_db;
    Checkpoints m_checkpoints;
    QStringList m_searchTexts;             // parallel to m_checkpoints
    QHash<qint64, QString> m_namesById;    // for the parent's tooltip
    QHash<QString, int> m_communePosition; // the office's order
};

} // namespace cd::ui
