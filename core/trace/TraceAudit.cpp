// SPDX-License-Identifier: GPL-3.0-or-later
#include "TraceAudit.h"

#include "audit/AuditLog.h"

#include <QJsonArray>

namespace cd::trace {
namespace {

QJsonObject periodOf(const QDate &from, const QDate &to) {
    return {{QStringLiteral("from"), from.toString(Qt::ISODate)},
            {QStringLiteral("to"), to.toString(Qt::ISODate)}};
}

} // namespace

Status recordTrace(const QSqlDatabase &db, const TraceResult &result, QueryKind queryKind) {
    QJsonObject details = periodOf(result.options.from, result.options.to);
    details.insert(QStringLiteral("query"), queryKindKey(queryKind));
    details.insert(QStringLiteral("window"), result.options.windowMinutes);
    details.insert(QStringLiteral("visits"), qint64(result.visits.size()));
    details.insert(QStringLiteral("contacts"), qint64(result.contacts.size()));
    details.insert(QStringLiteral("sites"), qint64(result.sites.size()));
    return audit::AuditLog(db).record(audit::Action::Trace, details, result.person.keys);
}

Status recordCandidates(const QSqlDatabase &db, QueryKind queryKind, const QVector<Person> &people,
                        const QDate &from, const QDate &to) {
    QJsonObject details = periodOf(from, to);
    details.insert(QStringLiteral("query"), queryKindKey(queryKind));
    details.insert(QStringLiteral("people"), qint64(people.size()));
    // Each listed person by their main key: the log can then say who was shown, by hash.
    QStringList keys;
    for (const Person &person : people)
        keys << person.keys.value(0);
    return audit::AuditLog(db).record(audit::Action::Candidates, details, keys);
}

Status recordExport(const QSqlDatabase &db, const TraceResult &result, const QStringList &files,
                    Phones phones) {
    QJsonObject details = periodOf(result.options.from, result.options.to);
    details.insert(QStringLiteral("what"), QStringLiteral("trace"));
    details.insert(QStringLiteral("files"), QJsonArray::fromStringList(files));
    details.insert(QStringLiteral("phones"),
                   phones == Phones::Full ? QStringLiteral("full") : QStringLiteral("masked"));
    details.insert(QStringLiteral("contacts"), qint64(result.contacts.size()));
    return audit::AuditLog(db).record(audit::Action::Export, details, result.person.keys);
}

} // namespace cd::trace
