// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeskEntriesModel.h"

#include <QColor>

namespace cd::ui {

DeskEntriesModel::DeskEntriesModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void DeskEntriesModel::add(const checkin::DeskRecord &record, const QDateTime &shownAt) {
    beginInsertRows({}, 0, 0);
    m_entries.prepend(Entry{shownAt, record});
    endInsertRows();
    if (m_entries.size() > kLimit) {
        beginRemoveRows({}, kLimit, int(m_entries.size()) - 1);
        m_entries.resize(kLimit);
        endRemoveRows();
    }
}

void DeskEntriesModel::clear() {
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

QString DeskEntriesModel::repeatNote(const QString &time) {
    return tr("repeat: already recorded at %1").arg(time);
}

int DeskEntriesModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DeskEntriesModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeskEntriesModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &entry = m_entries.at(index.row());
    const checkin::DeskRecord &record = entry.record;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return entry.shownAt.toString(QStringLiteral("HH:mm:ss"));
        case NameColumn:
            return record.name.isEmpty() ? QStringLiteral("—") : record.name;
        case ContactColumn:
            return record.maskedPhone.isEmpty() ? record.maskedIdNumber : record.maskedPhone;
        case NoteColumn:
            return record.repeat ? repeatNote(record.at.toString(QStringLiteral("HH:mm"))) : QString();
        default:
            return {};
        }
    }
    if (role == Qt::FontRole)
        return m_font;
    if (role == Qt::ForegroundRole && record.repeat)
        return QColor(0x8a, 0x5a, 0x00);
    if (role == Qt::TextAlignmentRole && index.column() == TimeColumn)
        return int(Qt::AlignCenter);
    return {};
}

QVariant DeskEntriesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case NameColumn:
        return tr("Name");
    case ContactColumn:
        return tr("Phone or ID number");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace cd::ui
