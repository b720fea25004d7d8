// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "units/UnitMatcher.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include "common/Error.h"

#include <optional>

namespace cd {

// Finds the checkpoint a scan row names, by what exports carry: the checkpoint code, the QR payload (a
// tokhaiyte link is matched by its groupId), or the name with the commune, and failing those by the aliases
// the user gave places an earlier import did not find. Built once per import from the register, so that
// resolving a row is a few hash look-ups.
class CheckpointResolver {
public:
    explicit CheckpointResolver(const QSqlDatabase &db);
    // What kept the register from being read; an import must not take every row for an unknown place.
    const std::optional<Error> &error() const { return m_error; }

    // The checkpoint's id, or 0 when none matches.
    qint64 resolve(const QString &code, const QString &qrPayload, const QString &name,
                   const QString &commune) const;

    static QString groupIdOf(const QString &payload);

private:
    qint64 resolveByRegister(const QString &code, const QString &qrPayload, const QString &name,
                             const QString &commune) const;

    QHash<QString, qint64> m_byCode;
    QHash<QString, qint64> m_byPayload;
    QHash<QString, qint64> m_byGroupId;
    QHash<QString, qint64> m_byNameAndCommune; // name key | commune code
    QHash<QString, qint64> m_byName;           // only names that are unique in the register
    UnitMatcher m_communes;
    std::optional<Error> m_error;
    QHash<QString, qint64> m_byAlias; // what the user said unknown places are (CheckpointAliases)
    mutable QHash<QString, qint64> m_byPayloadWritten; // payload as written -> id (0: none)
    mutable QHash<QString, QString> m_nameKeyOf;       // name as written -> match key
    mutable QHash<QString, QString> m_communeCodeOf;   // commune as written -> code ("" when unknown)
};

} // namespace cd
