// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Checkpoint.h"
#include "CheckpointChecks.h"
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
    // it can be stored (see CheckpointChecks). Normalises in place; resolves the type from its name
    // without adding one.
    QVector<Error> validate(Checkpoint &checkpoint,
                            Requirements requirements = Requirements::NationalForm) const;

    // Stores a new checkpoint; generates the code when empty; a type that names none of the office's is
    // added as a type of the office. Refuses a duplicate (same name and address in the same commune),
    // naming the checkpoint already stored. The registration day is the caller's: unknown when invalid.
    Result<Checkpoint> add(Checkpoint checkpoint, Requirements requirements = Requirements::NationalForm);
    // An edit needs only what any register entry needs: a checkpoint imported without a phone can be
    // renamed without inventing one.
    Result<Checkpoint> update(Checkpoint checkpoint, Requirements requirements = Requirements::Register);
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
    // The whole register, or the error that kept it from being read.
    Result<Checkpoints> all() const { return select({}); }
    // Checkpoints per commune code (all statuses).
    QHash<QString, int> countByCommune() const;
    qint64 count() const;
    // The next free code in a commune: 25426-001, 25426-002…
    QString nextCode(const QString &communeCode) const;

    static QString duplicateKey(const Checkpoint &checkpoint);

private:
    Result<Checkpoint> insert(Checkpoint checkpoint, bool keepId, Requirements requirements);
    Status resolveType(Checkpoint &checkpoint, bool addNew) const;
    Result<Checkpoints> select(const CheckpointFilter &filter) const;
    Result<Checkpoint> stored(qint64 id) const;
    Status refuseDuplicate(const Checkpoint &checkpoint) const;

    QSqlDatabase m_db;
};

} // namespace cd
