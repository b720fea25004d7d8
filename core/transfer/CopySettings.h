// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CopyArea.h"

namespace cd {

enum class CopyDirection {
    ToServer,  // an office's file uploaded to the server (db copy --to)
    FromServer // a district's data taken offline into a file (db copy --from)
};

// The settings a copy carries over, inside the caller's transaction on the target. The settings table is
// one per database, so what is the server's own (the audit salt, its retention and last purge, its
// automatic backups, the demo marker) is never overwritten by an office's; the office's texts and
// templates only fill keys the target does not have, so one district's upload never changes another's.
// The area served is widened rather than replaced: a server receiving a second district of the same
// province serves the province. Returns how many settings were written.
Result<qint64> copySettings(const QSqlDatabase &source, const QSqlDatabase &target, CopyDirection direction,
                            const AdminUnit &district);

} // namespace cd
