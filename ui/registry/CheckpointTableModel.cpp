// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckpointTableModel.h"

#include "common/VietnameseText.h"
#include "common/VnFormat.h"
#include "registry/CheckpointRegistry.h"
#include "units/OfficeScope.h"

#include <QBrush>
#include <QColor>

namespace cd::ui {
namespace {

// The grey of disabled buttons in Theme.cpp: closed checkpoints stay readable but recede.
const QColor kClosedText(0x8a, 0x96, 0x90);
const QColor kMutedText(0x7a, 0x86, 0x81);

} // namespace

CheckpointTableModel::CheckpointTableModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db)) {}

void CheckpointTableModel::reload() {
    beginResetModel();
    m_checkpoints = CheckpointRegistry(m_db).list();
    m_searchTexts.clear();
    m_namesById.clear();
    for (const Checkpoint &c : std::as_const(m_checkpoints)) {
        // Folded once here rather than on every keystroke of the search box.
        m_searchTexts << text::foldKey(c.code + u' ' + c.name + u' ' + c.address + u' ' + c.phone);
        m_namesById.insert(c.id, c.name);
    }
    m_communePosition.clear();
    const AdminUnits communes = OfficeScope(m_db).communes();
    for (int i = 0; i < communes.size(); ++i)
        m_communePosition.insert(communes[i].code, i);
    endResetModel();
}

int CheckpointTableModel::rowOf(qint64 id) const {
    for (int row = 0; row < m_checkpoints.size(); ++row) {
        if (m_checkpoints[row].id == id)
            return row;
    }
    return -1;
}

int CheckpointTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_checkpoints.size());
}

int CheckpointTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CheckpointTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Checkpoint &c = m_checkpoints[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(c, index.column());
    case Qt::ToolTipRole:
        return toolTip(c, index.column());
    case Qt::ForegroundRole:
        if (c.isClosed())
            return QBrush(kClosedText);
        if (index.column() == QrColumn && c.issuedQrPayload.isEmpty())
            return QBrush(kMutedText);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == RegisteredColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return c.id;
    case SortRole:
        return sortValue(c, index.column());
    case SearchTextRole:
        return m_searchTexts.value(index.row());
    case CommuneCodeRole:
        return c.communeCode;
    case TypeIdRole:
        return c.typeId;
    case ClosedRole:
        return c.isClosed();
    case ParentIdRole:
        return c.parentId.value_or(0);
    default:
        return {};
    }
}

QVariant CheckpointTableModel::displayText(const Checkpoint &c, int column) const {
    switch (column) {
    case CodeColumn:
        return c.code;
    case NameColumn:
        return c.name;
    case TypeColumn:
        return c.typeName;
    case CommuneColumn:
        return c.communeName;
    case AddressColumn:
        return c.address;
    case PhoneColumn:
        return c.phone;
    case StatusColumn:
        return c.isClosed() ? tr("Closed") : tr("Active");
    case ParentColumn:
        return c.parentCode;
    case QrColumn:
        return c.issuedQrPayload.isEmpty() ? tr("Not issued") : tr("Issued");
    case RegisteredColumn:
        return format::date(c.registeredOn);
    default:
        return {};
    }
}

QVariant CheckpointTableModel::sortValue(const Checkpoint &c, int column) const {
    switch (column) {
    case CommuneColumn:
        // The order of the office's reports, not the alphabet: "Thị trấn Đức Phong" is not filed under T.
        return m_communePosition.value(c.communeCode, int(m_communePosition.size()));
    case StatusColumn:
        return int(c.isClosed());
    case QrColumn:
        return int(!c.issuedQrPayload.isEmpty());
    case RegisteredColumn:
        return c.registeredOn;
    default:
        return displayText(c, column);
    }
}

QVariant CheckpointTableModel::toolTip(const Checkpoint &c, int column) const {
    switch (column) {
    case NameColumn:
        // The whole name, which a narrow column elides, and what the office wrote about the place.
        return c.description.isEmpty() ? c.name : c.name + u'\n' + c.description;
    case TypeColumn:
        return c.typeName;
    case AddressColumn:
        return c.address;
    case CommuneColumn:
        return QStringList{c.communeName, c.districtName, c.provinceName}.join(QStringLiteral(", "));
    case StatusColumn:
        return c.isClosed() ? QVariant(tr("Closed on %1").arg(format::date(c.closedOn))) : QVariant();
    case ParentColumn:
        return c.parentId ? QVariant(m_namesById.value(*c.parentId)) : QVariant();
    case QrColumn:
        return c.issuedQrPayload.isEmpty() ? QVariant() : QVariant(c.issuedQrPayload);
    default:
        return {};
    }
}

QVariant CheckpointTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Checkpoint");
    case TypeColumn:
        return tr("Type");
    case CommuneColumn:
        return tr("Commune");
    case AddressColumn:
        return tr("Address");
    case PhoneColumn:
        return tr("Phone");
    case StatusColumn:
        return tr("Status");
    case ParentColumn:
        return tr("Parent checkpoint");
    case QrColumn:
        return tr("QR code");
    case RegisteredColumn:
        return tr("Registered");
    default:
        return {};
    }
}

} // namespace cd::ui
