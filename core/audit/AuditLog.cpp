// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include "PersonHash.h"
#include "common/Clock.h"
#include "common/VnFormat.h"
#include "database/SqlQuery.h"
#include "scans/PersonKey.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSet>

namespace cd::audit {
namespace {

QMutex operatorMutex;
QString sessionOperator;

struct ActionName {
    Action action;
    const char *key;
};
constexpr ActionName kActionNames[] = {
    {Action::Trace, "trace"},     {Action::Candidates, "candidates"}, {Action::Export, "export"},
    {Action::Display, "display"}, {Action::Purge, "purge"},           {Action::Backup, "backup"},
    {Action::Restore, "restore"}, {Action::Settings, "settings"},     {Action::Desk, "desk"},
    {Action::Copy, "copy"},
};

// The keys a person typed into a filter may be stored under: the text read as a phone, an ID number and a
// name. Only the ones that parse are tried.
QStringList keysFor(const QString &person) {
    QStringList keys;
    if (auto asPhone = personKey(person, {}, {}))
        keys << asPhone->key;
    if (auto asId = personKey({}, person, {}); asId && asId->key.size() > 2)
        keys << asId->key;
    if (auto asName = personKey({}, {}, person))
        keys << asName->key;
    return keys;
}

QString period(const QJsonObject &details) {
    const QDate from = QDate::fromString(details.value(QStringLiteral("from")).toString(), Qt::ISODate);
    const QDate to = QDate::fromString(details.value(QStringLiteral("to")).toString(), Qt::ISODate);
    if (!from.isValid() && !to.isValid())
        return {};
    return format::date(from) + QStringLiteral(" – ") + format::date(to);
}

QString queryLabel(const QString &kind) {
    if (kind == QLatin1String("phone"))
        return AuditLog::tr("by phone");
    if (kind == QLatin1String("id"))
        return AuditLog::tr("by ID number");
    if (kind == QLatin1String("name"))
        return AuditLog::tr("by name");
    return kind;
}

qint64 count(const QJsonObject &details, const char *key) {
    return qint64(details.value(QLatin1String(key)).toDouble());
}

QString files(const QJsonObject &details) {
    QStringList names;
    for (const QJsonValue &file : details.value(QStringLiteral("files")).toArray())
        names << QDir::toNativeSeparators(file.toString());
    if (names.isEmpty() && details.contains(QStringLiteral("file")))
        names << QDir::toNativeSeparators(details.value(QStringLiteral("file")).toString());
    return names.join(QStringLiteral(", "));
}

} // namespace

QString actionKey(Action action) {
    for (const ActionName &name : kActionNames) {
        if (name.action == action)
            return QString::fromLatin1(name.key);
    }
    return {};
}

std::optional<Action> actionFromKey(const QString &key) {
    for (const ActionName &name : kActionNames) {
        if (key == QLatin1String(name.key))
            return name.action;
    }
    return std::nullopt;
}

QString actionLabel(Action action) {
    switch (action) {
    case Action::Trace:
        return AuditLog::tr("Trace");
    case Action::Candidates:
        return AuditLog::tr("People listed");
    case Action::Export:
        return AuditLog::tr("Export");
    case Action::Display:
        return AuditLog::tr("Display in full");
    case Action::Purge:
        return AuditLog::tr("Purge");
    case Action::Backup:
        return AuditLog::tr("Backup");
    case Action::Restore:
        return AuditLog::tr("Restore");
    case Action::Settings:
        return AuditLog::tr("Setting");
    case Action::Desk:
        return AuditLog::tr("Check-in desk");
    case Action::Copy:
        return AuditLog::tr("Copy");
    }
    return {};
}

void setOperatorName(const QString &name) {
    const QMutexLocker lock(&operatorMutex);
    sessionOperator = name.simplified();
}

QString operatorName() {
    {
        const QMutexLocker lock(&operatorMutex);
        if (!sessionOperator.isEmpty())
            return sessionOperator;
    }
    return osUser();
}

QString osUser() {
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    // Services and some terminals run without those variables: the home folder is named after the user.
    const QString home = QDir::home().dirName();
    return home.isEmpty() ? QStringLiteral("unknown") : home;
}

Status AuditLog::record(Action action, const QJsonObject &details, const QStringList &personKeys) const {
    QStringList subjects;
    if (!personKeys.isEmpty()) {
        const auto salt = saltOf(m_db);
        if (!salt)
            return salt.error();
        QSet<QString> seen;
        for (const QString &key : personKeys) {
            if (!key.isEmpty() && !seen.contains(key)) {
                seen.insert(key);
                subjects << hashPersonKey(key, salt.value());
            }
        }
    }
    auto inserted = sql::exec(
        m_db,
        QStringLiteral("INSERT INTO audit_log (logged_at, os_user, operator, action, subject, details) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {clock::nowInVietnam().toString(Qt::ISODate), osUser(), operatorName(), actionKey(action),
         // Qt binds a null QString as NULL; no subject is ''.
         subjects.isEmpty() ? QStringLiteral("") : subjects.join(u' '),
         QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))});
    if (!inserted)
        return Error{
            tr("the audit log could not record this, so it was not done: %1").arg(inserted.error().message),
            {},
            0,
            {}};
    return success();
}

Result<QVector<Entry>> AuditLog::entries(const Filter &filter) const {
    QString statement = QStringLiteral(
        "SELECT id, logged_at, os_user, operator, action, subject, details FROM audit_log WHERE 1 = 1");
    QVariantList values;
    // Times are stored as ISO text in Vietnam time with its fixed offset, so days compare as text.
    if (filter.from.isValid()) {
        statement += QStringLiteral(" AND logged_at >= ?");
        values << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        statement += QStringLiteral(" AND logged_at < ?");
        values << filter.to.addDays(1).toString(Qt::ISODate);
    }
    if (filter.action) {
        statement += QStringLiteral(" AND action = ?");
        values << actionKey(*filter.action);
    }
    QSet<QString> wanted;
    if (!filter.person.trimmed().isEmpty()) {
        const auto salt = saltOf(m_db);
        if (!salt)
            return salt.error();
        for (const QString &key : keysFor(filter.person))
            wanted.insert(hashPersonKey(key, salt.value()));
        statement += QStringLiteral(" AND subject <> ''");
    }
    statement += QStringLiteral(" ORDER BY id DESC");
    auto query = sql::exec(m_db, statement, values);
    if (!query)
        return query.error();
    QVector<Entry> out;
    while (query.value().next() && out.size() < filter.limit) {
        const QSqlQuery &q = query.value();
        Entry e;
        e.subjects = q.value(5).toString().split(u' ', Qt::SkipEmptyParts);
        if (!wanted.isEmpty() && std::none_of(e.subjects.cbegin(), e.subjects.cend(),
                                              [&](const QString &s) { return wanted.contains(s); }))
            continue;
        e.id = q.value(0).toLongLong();
        e.loggedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODate)
                         .toOffsetFromUtc(int(clock::kVietnamOffsetSeconds));
        e.osUser = q.value(2).toString();
        e.operatorName = q.value(3).toString();
        e.action = actionFromKey(q.value(4).toString()).value_or(Action::Trace);
        e.details = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        out.append(e);
    }
    std::reverse(out.begin(), out.end());
    return out;
}

QString AuditLog::describe(const Entry &entry) {
    const QJsonObject &d = entry.details;
    switch (entry.action) {
    case Action::Trace:
        return tr("Traced %1, %2: %3 visits, %4 contacts, %5 sites")
            .arg(queryLabel(d.value(QStringLiteral("query")).toString()), period(d))
            .arg(format::number(count(d, "visits")), format::number(count(d, "contacts")),
                 format::number(count(d, "sites")));
    case Action::Candidates:
        return tr("Listed %1 people matching a search %2, %3")
            .arg(format::number(count(d, "people")))
            .arg(queryLabel(d.value(QStringLiteral("query")).toString()), period(d));
    case Action::Export: {
        const bool full = d.value(QStringLiteral("phones")).toString() == QLatin1String("full");
        const QString what = d.value(QStringLiteral("what")).toString();
        const QString kind = what == QLatin1String("rejects") ? tr("Rows refused by an import")
                             : what == QLatin1String("trace") ? tr("A trace")
                             : what == QLatin1String("scans") ? tr("Scans")
                                                              : what;
        return (full ? tr("%1 written to %2, phone and ID numbers in full")
                     : tr("%1 written to %2, phone and ID numbers masked"))
            .arg(kind, files(d));
    }
    case Action::Display:
        return tr("%1 scans shown with phone and ID numbers in full, %2")
            .arg(format::number(count(d, "rows")), period(d));
    case Action::Purge:
        return tr("Personal data of scans before %1 deleted (kept %2 days): %3 scans, %4 people")
            .arg(format::date(QDate::fromString(d.value(QStringLiteral("before")).toString(), Qt::ISODate)))
            .arg(count(d, "days"))
            .arg(format::number(count(d, "scans")), format::number(count(d, "people")));
    case Action::Backup:
        return d.value(QStringLiteral("automatic")).toBool() ? tr("Automatic backup to %1").arg(files(d))
                                                             : tr("Backup to %1").arg(files(d));
    case Action::Restore:
        return tr("Restored from %1; the database as it was kept as %2")
            .arg(files(d), QDir::toNativeSeparators(d.value(QStringLiteral("kept")).toString()));
    case Action::Settings:
        return tr("%1 set to %2")
            .arg(d.value(QStringLiteral("setting")).toString(), d.value(QStringLiteral("value")).toString());
    case Action::Desk:
        return d.value(QStringLiteral("event")).toString() == QLatin1String("open")
                   ? tr("Desk opened at %1 (%2)")
                         .arg(d.value(QStringLiteral("checkpoint")).toString(),
                              d.value(QStringLiteral("direction")).toString())
                   : tr("Desk closed at %1 (%2): %3 people recorded, %4 repeats")
                         .arg(d.value(QStringLiteral("checkpoint")).toString(),
                              d.value(QStringLiteral("direction")).toString())
                         .arg(format::number(count(d, "recorded")), format::number(count(d, "repeats")));
    case Action::Copy:
        return tr("Copied from %1 to %2 (%3 scans added)")
            .arg(d.value(QStringLiteral("from")).toString(), d.value(QStringLiteral("to")).toString(),
                 format::number(count(d, "scans_added")));
    }
    return {};
}

SheetData AuditLog::sheet(const QVector<Entry> &entries) {
    SheetData sheet;
    sheet.title = tr("Audit log");
    sheet.columns = {{QStringLiteral("time"), tr("Time"), 20},
                     {QStringLiteral("os_user"), tr("User"), 14},
                     {QStringLiteral("operator"), tr("Operator"), 18},
                     {QStringLiteral("action"), tr("Action"), 16},
                     {QStringLiteral("what"), tr("What"), 70},
                     {QStringLiteral("person"), tr("Person (hash)"), 28}};
    for (const Entry &e : entries)
        sheet.rows.append({e.loggedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")), e.osUser,
                           e.operatorName, actionLabel(e.action), describe(e), e.subjects.join(u' ')});
    return sheet;
}

} // namespace cd::audit
