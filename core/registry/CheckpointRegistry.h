// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Checkpoint.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace cd {

// The checkpoint register: validation, storage and queries. Every write is one statement or one
// transaction; a refused write changes nothing.
class CheckpointRegistry {
    Q_DECLARE_TR_FUNCTIONS(CheckpointRegistry)

public:
    explicit CheckpointRegistry(QSqlDatabase db)
        : m_db(std::move(db)) {}

    // The problems of a checkpoint as entered, one Error per field (field = "name", "phone"…), empty when
    // it can be stored. Normalises in place: texts trimmed and NFC, the phone to 0XXXXXXXXX, the type and
    // parent resolved from their names or codes.
    QVector<Error> validate(Checkpoint &checkpoint) const;

    // Stores a new checkpoint; generates the code when empty. Refuses a duplicate (same name and address
    // in the same commune), naming the checkpoint already stored.
    Result<Checkpoint> add(Checkpoint checkpoint);
    Result<Checkpoint> update(Checkpoint checkpoint);
    // Puts back a removed checkpoint with its id and code (undo).
    Result<Checkpoint> restore(Checkpoint checkpoint);
    Status close(qint64 id, const QDate &on);
    Status reopen(qint64 id);
    // Only when nothing refers to the checkpoint; otherwise it should be closed.
    Status remove(qint64 id);

    std::optional<Checkpoint> byId(qint64 id) const;
    std::optional<Checkpoint> byCode(const QString &code) const;
    // In the office's commune order, then by code.
    Checkpoints list(const CheckpointFilter &filter = {}) const;
    // Checkpoints per commune code (all statuses).
    QHash<QString, int> countByCommune() const;
    qint64 count() const;
    // The next free code in a commune: 25426-001, 25426-002…
    QString nextCode(const QString &communeCode) const;

    static QString duplicateKey(const Checkpoint &checkpoint);

private:
    Result<Checkpoint> insert(Checkpoint checkpoint, bool keepId);
    Status refuseDuplicate(const Checkpoint &checkpoint) const;

    QSqlDatabase m_db;
};

} // namespace cd
