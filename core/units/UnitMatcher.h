// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdminUnit.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QMultiHash>

namespace cd {

// Resolves a unit name as people write it to one unit of a scope (the communes of a district, the
// districts of a province…). Used wherever a unit name is read from a file or typed.
//
// Accepted: any case, NFC or NFD, spaces around and within; a type before the name, written out or
// abbreviated as resources/vocabulary/unit-names.json lists ("Xã", "X.", "TT.", "TX", "TP", "P1",
// "P.01"), with or without a dot or space; punctuation ignored ("Bà Rịa - Vũng Tàu" = "Bà Rịa Vũng
// Tàu"); numbered wards with or without leading zeros ("Phường 01" = "Phường 1"); old or new tone-mark
// placement; the official code; the vocabulary's short names ("TP HCM"); and a cell that goes on with the
// units above ("Xã Đăng Hà, Huyện Bù Đăng"), which then choose among same-named units. Only when nothing
// matches with diacritics does a match without them count, and then only when it is the single one in
// scope. A name several units share is ambiguous unless the type written picks one.
class UnitMatcher {
    Q_DECLARE_TR_FUNCTIONS(UnitMatcher)

public:
    // scopeName appears in messages: "… is not a commune of Huyện Bù Đăng".
    UnitMatcher(AdminUnits candidates, QString scopeName);

    Result<AdminUnit> match(const QString &text) const;
    const AdminUnits &candidates() const { return m_candidates; }
    // Names the office said are a unit (UnitAliases: written -> code); those of other scopes are ignored.
    void addAliases(const QHash<QString, QString> &aliases);

    // The key a unit name is indexed by: its words without the type written before it, numbers without
    // leading zeros. Exposed for the tests and for aliases chosen by the user.
    static QString nameKey(const QString &text, bool fold);

private:
    struct Reading {
        QString key;    // matchKey words
        QString folded; // foldKey words
        QString type;   // empty when the text named no type
    };
    QVector<Reading> readingsOf(const QString &text) const;
    QVector<int> lookUp(const QVector<Reading> &readings, bool fold, bool honourType) const;
    Result<AdminUnit> matchWhole(const QString &text) const;
    Error ambiguous(const QString &text, const QVector<int> &found) const;
    Error unknown(const QString &text) const;
    QString describe(int index) const;

    AdminUnits m_candidates;
    QString m_scopeName;
    QHash<QString, int> m_byCode;
    QMultiHash<QString, int> m_byKey;
    QMultiHash<QString, int> m_byFolded;
};

} // namespace cd
