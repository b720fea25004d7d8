// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdminUnit.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QMultiHash>

namespace cd {

// Resolves a unit name as people write it to one unit of a scope (the communes of a district, the
// districts of a province…). Used wherever a unit name is read from a file or typed.
//
// Accepted: any case, NFC or NFD, a type prefix (Xã, Phường, Thị trấn, TT, TT., P., Huyện, Quận, Thị xã,
// TX, Thành phố, TP, Tỉnh), old or new tone-mark placement, the official code. Only when nothing matches
// with diacritics does a match without them count, and then only when it is the single one in scope.
class UnitMatcher {
    Q_DECLARE_TR_FUNCTIONS(UnitMatcher)

public:
    // scopeName appears in messages: "… is not a commune of Huyện Bù Đăng".
    UnitMatcher(AdminUnits candidates, QString scopeName);

    Result<AdminUnit> match(const QString &text) const;
    const AdminUnits &candidates() const { return m_candidates; }

private:
    struct Reading {
        QString name;
        QString type; // empty when the text named no type
    };
    QVector<Reading> readingsOf(const QString &text) const;
    QVector<int> lookUp(const QMultiHash<QString, int> &index, const QVector<Reading> &readings,
                        QString (*key)(const QString &), bool honourType) const;
    Error ambiguous(const QString &text, const QVector<int> &found) const;
    Error unknown(const QString &text) const;
    QString describe(int index) const;

    AdminUnits m_candidates;
    QString m_scopeName;
    QMultiHash<QString, int> m_byMatchKey;
    QMultiHash<QString, int> m_byFoldKey;
};

} // namespace cd
