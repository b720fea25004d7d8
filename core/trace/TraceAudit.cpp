// SPDX-License-Identifier: GPL-3.0-or-later
#include "TraceAudit.h"

#include "common/Clock.h"
#include "database/SqlQuery.h"

#include <QDir>

namespace cd::trace {

QString TraceAudit::currentOperator() {
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    // Services and some terminals run without those variables: the home folder is named after the user.
    const QString home = QDir::home().dirName();
    return home.isEmpty() ? QStringLiteral("unknown") : home;
}

Status TraceAudit::record(const TraceResult &result, QueryKind queryKind) const {
    auto inserted = sql::exec(
        m_db,
        QStringLiteral(
            "INSERT INTO trace_audit (traced_at, operator, query_kind, person_key, period_from, "
            "period_to, window_minutes, visits, contacts, sites) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {clock::nowUtc().toString(Qt::ISODate), currentOperator(), queryKindKey(queryKind),
         result.person.keys.join(u' '), result.options.from.toString(Qt::ISODate),
         result.options.to.toString(Qt::ISODate), result.options.windowMinutes, qint64(result.visits.size()),
         qint64(result.contacts.size()), qint64(result.sites.size())});
    if (!inserted)
        return inserted.error();
    return success();
}

Result<QVector<AuditEntry>> TraceAudit::entries(int limit) const {
    auto query =
        sql::exec(m_db,
                  QStringLiteral("SELECT id, traced_at, operator, query_kind, person_key, period_from, "
                                 "period_to, window_minutes, visits, contacts, sites FROM trace_audit "
                                 "ORDER BY id DESC LIMIT ?"),
                  {limit});
    if (!query)
        return query.error();
    QVector<AuditEntry> out;
    while (query.value().next()) {
        const QSqlQuery &q = query.value();
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.tracedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
        e.operatorName = q.value(2).toString();
        e.queryKind = q.value(3).toString();
        e.personKey = q.value(4).toString();
        e.from = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        e.to = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        e.windowMinutes = q.value(7).toInt();
        e.visits = q.value(8).toLongLong();
        e.contacts = q.value(9).toLongLong();
        e.sites = q.value(10).toLongLong();
        out.append(e);
    }
    return out;
}

} // namespace cd::trace
