// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

#include <optional>

namespace cd::ui {

// Filters CheckpointTableModel the way the page's controls ask, and sorts it in Vietnamese: names by
// the Vietnamese alphabet, dates and numbers by value, communes in the office's order.
class CheckpointFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit CheckpointFilterProxy(QObject *parent = nullptr);

    // Matched against code, name, address and phone, ignoring case and diacritics: "dang ha" finds
    // "Đăng Hà".
    void setSearchText(const QString &text);
    // Empty: every commune.
    void setCommuneCode(const QString &code);
    // 0: every type.
    void setTypeId(qint64 typeId);
    // nullopt: open and closed alike.
    void setClosed(std::optional<bool> closed);
    // The sub-checkpoints of one checkpoint; nullopt: no filter.
    void setParentId(std::optional<qint64> parentId);

    QString communeCode() const { return m_communeCode; }
    std::optional<qint64> parentId() const { return m_parentId; }
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_searchKey;
    QString m_communeCode;
    qint64 m_typeId = 0;
    std::optional<bool> m_closed;
    std::optional<qint64> m_parentId;
    QCollator m_collator;
};

} // namespace cd::ui
