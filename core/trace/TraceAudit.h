// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TraceSheets.h"
#include "TraceTypes.h"
#include "common/Error.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

namespace cd::trace {

// What tracing puts in the audit log (audit/AuditLog), the same from the GUI and the CLI. Each is
// recorded before what it describes is shown or written: what the log cannot hold is not done.

// A trace: the query kind, the period, the window and how much it showed; the person as hashed keys.
Status recordTrace(const QSqlDatabase &db, const TraceResult &result, QueryKind queryKind);
// The people matching a search, listed for the user to pick the case from.
Status recordCandidates(const QSqlDatabase &db, QueryKind queryKind, const QVector<Person> &people,
                        const QDate &from, const QDate &to);
// A trace written to files, with phone and ID numbers masked or in full.
Status recordExport(const QSqlDatabase &db, const TraceResult &result, const QStringList &files,
                    Phones phones);

} // namespace cd::trace
