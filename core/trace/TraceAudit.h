// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TraceTypes.h"
#include "common/Error.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace cd::trace {

struct AuditEntry {
    qint64 id = 0;
    QDateTime tracedAt; // UTC
    QString operatorName;
    QString queryKind; // "phone", "id", "name"
    QString personKey;
    QDate from;
    QDate to;
    int windowMinutes = 0;
    qint64 visits = 0;
    qint64 contacts = 0;
    qint64 sites = 0;
};

// The log of every trace: who (the operating-system user), when, whom (the person key, not the phone as
// typed) and how much it showed. Append-only: there is no update or delete here, and no view edits it.
class TraceAudit {
public:
    explicit TraceAudit(QSqlDatabase db)
        : m_db(std::move(db)) {}

    Status record(const TraceResult &result, QueryKind queryKind) const;
    // Newest first; at most `limit` entries.
    Result<QVector<AuditEntry>> entries(int limit = 10000) const;

    // The login name of whoever runs the program ("unknown" when the environment does not say).
    static QString currentOperator();

private:
    QSqlDatabase m_db;
};

} // namespace cd::trace
