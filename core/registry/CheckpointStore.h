// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Checkpoint.h"
#include "common/Error.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace cd {

// Writes checkpoints that have been checked (CheckpointChecks) with statements prepared once: the single
// edits of the registry and the thousands of rows of an import go through the same two statements.
class CheckpointStore {
public:
    explicit CheckpointStore(QSqlDatabase db);

    // Stores a new checkpoint (with its own id when keepId and id > 0) and returns its id. The code must
    // be set.
    Result<qint64> insert(const Checkpoint &checkpoint, bool keepId = false);
    Status update(const Checkpoint &checkpoint);

private:
    QSqlDatabase m_db;
    QSqlQuery m_insert;
    QSqlQuery m_insertWithId;
    QSqlQuery m_update;
};

} // namespace cd
