// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QString>

namespace cd {

// Deletes the scans before `beforeSeconds` (and the ID-number links only they carried) from a backup file
// of any schema version, overwriting what it frees, then rebuilds the file (VACUUM) so that nothing
// deleted stays in its bytes. SQLite's journal makes each step all or nothing: a failure leaves the backup
// as it was. Returns how many rows it deleted or blanked (0: the file was left byte for byte).
Result<qint64> purgeBackupFile(const QString &path, qint64 beforeSeconds);

// Shared by purges of the database and of its backups: the statements that delete the personal data of
// scans before a bound time (the first argument of each), in order.
QStringList purgeStatements(bool hasPersonIds);

} // namespace cd
