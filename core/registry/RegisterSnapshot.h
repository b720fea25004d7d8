// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckpointChecks.h"

#include <QHash>
#include <QSqlDatabase>

namespace cd {

// The register held in memory for an import: what CheckpointChecks asks, answered without a query per
// row, and kept up to date as the import writes. Read inside the import's transaction.
class RegisterSnapshot final : public RegisterLookup {
public:
    static Result<RegisterSnapshot> read(QSqlDatabase db);

    bool communeInScope(const QString &communeCode) const override;
    std::optional<Link> byCode(const QString &code) const override;
    std::optional<Link> byId(qint64 id) const override;
    QString codeWithPayload(const QString &payload, qint64 exceptId) const override;
    QString codeWithDuplicateKey(const QString &key, qint64 exceptId) const override;

    // The stored checkpoint with this code, or with this duplicate key.
    const Checkpoint *storedByCode(const QString &code) const;
    const Checkpoint *storedByDuplicateKey(const QString &key) const;
    // Every code the register has.
    QList<QString> codes() const { return m_byCode.keys(); }

    // After a write: the checkpoint as stored now (with its id).
    void put(const Checkpoint &checkpoint);

private:
    QSet<QString> m_communes;
    QVector<Checkpoint> m_checkpoints;
    QHash<QString, qsizetype> m_byCode;
    QHash<qint64, qsizetype> m_byId;
    QHash<QString, qsizetype> m_byKey;
    QHash<QString, qsizetype> m_byPayload;
};

} // namespace cd
