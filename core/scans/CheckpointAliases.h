// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QVector>

namespace cd {

struct CheckpointAlias {
    QString label; // as the import reported it: "code · QR · name · commune", the parts the export had
    qint64 checkpointId = 0;
    QString checkpointCode;
    QString checkpointName;
    QDateTime createdAt;
};

// Exports name places in their own way (an old name, a national QR the register has not recorded, a
// misspelt commune). When an import reports such a place as unknown, the user can say which registered
// checkpoint it is; the answer is kept, so that this import and every later one resolve those rows.
class CheckpointAliases {
    Q_DECLARE_TR_FUNCTIONS(CheckpointAliases)

public:
    explicit CheckpointAliases(QSqlDatabase db)
        : m_db(std::move(db)) {}

    // The label an import gives a row whose checkpoint it cannot find, from the cells that name it.
    static QString labelOf(const QString &code, const QString &qrPayload, const QString &name,
                           const QString &commune);
    // Labels differing only in case, spacing, Unicode form or tone-mark placement are the same alias; a
    // different tone is a different place (text::matchKey).
    static QString keyOf(const QString &label);

    // Maps the label to a registered checkpoint given by its code; replaces an earlier mapping.
    Result<CheckpointAlias> set(const QString &label, const QString &checkpointCode);
    Status remove(const QString &label);
    Result<QVector<CheckpointAlias>> list() const;
    // alias key -> checkpoint id, for the resolver.
    QHash<QString, qint64> byKey() const;

private:
    QSqlDatabase m_db;
};

} // namespace cd
