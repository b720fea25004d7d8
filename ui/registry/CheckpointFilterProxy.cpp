// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckpointFilterProxy.h"

#include "CheckpointTableModel.h"
#include "common/VietnameseText.h"

#include <QDate>

namespace cd::ui {

using Model = CheckpointTableModel;

CheckpointFilterProxy::CheckpointFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_collator(text::vietnameseCollator()) {
    setSortRole(Model::SortRole);
    setDynamicSortFilter(true);
}

void CheckpointFilterProxy::setSearchText(const QString &text) {
    const QString key = text::foldKey(text.simplified());
    if (key == m_searchKey)
        return;
    m_searchKey = key;
    invalidateFilter();
}

void CheckpointFilterProxy::setCommuneCode(const QString &code) {
    if (code == m_communeCode)
        return;
    m_communeCode = code;
    invalidateFilter();
}

void CheckpointFilterProxy::setTypeId(qint64 typeId) {
    if (typeId == m_typeId)
        return;
    m_typeId = typeId;
    invalidateFilter();
}

void CheckpointFilterProxy::setClosed(std::optional<bool> closed) {
    if (closed == m_closed)
        return;
    m_closed = closed;
    invalidateFilter();
}

void CheckpointFilterProxy::setParentId(std::optional<qint64> parentId) {
    if (parentId == m_parentId)
        return;
    m_parentId = parentId;
    invalidateFilter();
}

bool CheckpointFilterProxy::isFiltering() const {
    return !m_searchKey.isEmpty() || !m_communeCode.isEmpty() || m_typeId != 0 || m_closed || m_parentId;
}

bool CheckpointFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_communeCode.isEmpty() && index.data(Model::CommuneCodeRole).toString() != m_communeCode)
        return false;
    if (m_typeId != 0 && index.data(Model::TypeIdRole).toLongLong() != m_typeId)
        return false;
    if (m_closed && index.data(Model::ClosedRole).toBool() != *m_closed)
        return false;
    if (m_parentId && index.data(Model::ParentIdRole).toLongLong() != *m_parentId)
        return false;
    return m_searchKey.isEmpty() || index.data(Model::SearchTextRole).toString().contains(m_searchKey);
}

bool CheckpointFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    const QVariant a = left.data(Model::SortRole);
    const QVariant b = right.data(Model::SortRole);
    if (a.typeId() == QMetaType::QDate && b.typeId() == QMetaType::QDate)
        return a.toDate() < b.toDate();
    if (a.typeId() == QMetaType::Int && b.typeId() == QMetaType::Int)
        return a.toInt() < b.toInt();
    // Numeric mode: 25426-2 before 25426-10; Vietnamese order: Đ after D, Ô after O.
    return m_collator.compare(a.toString(), b.toString()) < 0;
}

} // namespace cd::ui
