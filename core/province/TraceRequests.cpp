// SPDX-License-Identifier: GPL-3.0-or-later
#include "TraceRequests.h"

#include "DistrictOffices.h"
#include "audit/AuditLog.h"
#include "audit/PersonHash.h"
#include "common/Clock.h"
#include "database/Dialect.h"
#include "database/SqlQuery.h"
#include "database/Transaction.h"
#include "registry/PhoneNumber.h"
#include "scans/PersonKey.h"
#include "trace/ContactTracer.h"
#include "trace/PersonSearch.h"

#include <QJsonArray>
#include <QSet>

namespace cd::province {
namespace {

using trace::QueryKind;

QueryKind kindFromKey(const QString &key) {
    if (key == QLatin1String("id"))
        return QueryKind::IdNumber;
    if (key == QLatin1String("name"))
        return QueryKind::Name;
    return QueryKind::Phone;
}

QString now() {
    return clock::nowInVietnam().toString(Qt::ISODate);
}

QString daysAgo(int days) {
    return clock::nowInVietnam().addDays(-days).toString(Qt::ISODate);
}

const QString kColumns = QStringLiteral(
    "id, requested_by, district_code, requested_at, operator, query_kind, query_text, period_from, "
    "period_to, "
    "window_minutes, reason, status, COALESCE(answered_at, ''), COALESCE(answered_by, ''), note");

TraceRequest requestFrom(const QSqlQuery &q) {
    TraceRequest r;
    r.id = q.value(0).toLongLong();
    r.requestedBy = q.value(1).toString();
    r.districtCode = q.value(2).toString();
    r.requestedAt = q.value(3).toString();
    r.operatorName = q.value(4).toString();
    r.kind = kindFromKey(q.value(5).toString());
    r.queryText = q.value(6).toString();
    r.from = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    r.to = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    r.windowMinutes = q.value(9).toInt();
    r.reason = q.value(10).toString();
    r.status = q.value(11).toString();
    r.answeredAt = q.value(12).toString();
    r.answeredBy = q.value(13).toString();
    r.note = q.value(14).toString();
    return r;
}

// The person key the query stands for, hashed for the request's subject and the log.
Result<QString> subjectKey(QueryKind kind, const QString &text) {
    auto key = kind == QueryKind::Phone      ? personKey(text, {}, {})
               : kind == QueryKind::IdNumber ? personKey({}, text, {})
                                             : personKey({}, {}, text);
    if (!key)
        return key.error();
    return key->key;
}

QJsonObject requestDetails(const TraceRequest &request) {
    return {{QStringLiteral("request"), request.id},
            {QStringLiteral("requested_by"), request.requestedBy},
            {QStringLiteral("query"), trace::queryKindKey(request.kind)},
            {QStringLiteral("from"), request.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), request.to.toString(Qt::ISODate)}};
}

} // namespace

Status TraceRequests::requireProvince() const {
    auto district = DistrictOffices(m_db).currentDistrict();
    if (!district)
        return district.error();
    if (!sql::isServer(m_db))
        return makeError(tr("trace requests are made on a province's PostgreSQL server; in an office's own "
                            "file a trace already sees every visit"));
    if (!district->isEmpty())
        return makeError(tr("only the province office answers trace requests"));
    return success();
}

Result<QString> TraceRequests::requireDistrict() const {
    if (!sql::isServer(m_db))
        return makeError(tr("trace requests are made on a province's PostgreSQL server; in an office's own "
                            "file a trace already sees every visit"));
    auto district = DistrictOffices(m_db).currentDistrict();
    if (!district)
        return district.error();
    if (district->isEmpty())
        return makeError(tr("the province office traces across the province itself; only a district office "
                            "files trace requests"));
    return district;
}

Result<qint64> TraceRequests::file(QueryKind kind, const QString &text, const trace::TraceOptions &options,
                                   const QString &reason) const {
    const auto district = requireDistrict();
    if (!district)
        return district.error();
    if (reason.trimmed().isEmpty())
        return makeError(tr("say why the case must be traced in other districts (--reason)"), {}, 0,
                         QStringLiteral("reason"));
    if (!options.from.isValid() || !options.to.isValid() || options.from > options.to)
        return makeError(tr("the request needs a period"));
    const auto key = subjectKey(kind, text);
    if (!key)
        return key.error();
    const auto salt = audit::saltOf(m_db);
    if (!salt)
        return salt.error();
    Transaction transaction(m_db);
    auto inserted = sql::exec(
        m_db,
        QStringLiteral(
            "INSERT INTO trace_requests (district_code, requested_at, operator, query_kind, query_text, "
            "subject, period_from, period_to, window_minutes, reason, status) VALUES (?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, 'pending') RETURNING id"),
        {district.value(), now(), audit::operatorName(), trace::queryKindKey(kind), text.trimmed(),
         audit::hashPersonKey(key.value(), salt.value()), options.from.toString(Qt::ISODate),
         options.to.toString(Qt::ISODate), options.windowMinutes, reason.simplified()});
    if (!inserted)
        return inserted.error();
    if (!inserted.value().next())
        return makeError(tr("the request was not stored"));
    const qint64 id = inserted.value().value(0).toLongLong();
    // The query leaves the district for the province: written in full, to the province office.
    QJsonObject details{{QStringLiteral("what"), QStringLiteral("trace request %1").arg(id)},
                        {QStringLiteral("files"), QJsonArray{QStringLiteral("province office")}},
                        {QStringLiteral("phones"), QStringLiteral("full")},
                        {QStringLiteral("request"), id},
                        {QStringLiteral("query"), trace::queryKindKey(kind)},
                        {QStringLiteral("from"), options.from.toString(Qt::ISODate)},
                        {QStringLiteral("to"), options.to.toString(Qt::ISODate)}};
    if (auto logged = audit::AuditLog(m_db).record(audit::Action::Export, details, {key.value()}); !logged)
        return logged.error();
    if (!transaction.commit())
        return makeError(tr("the request could not be stored: %1").arg(transaction.failure()));
    return id;
}

Status TraceRequests::expire() const {
    // The queries of requests nobody answered in time, and answers past their time, are personal data
    // nobody needs any more.
    if (auto done = sql::exec(m_db,
                              QStringLiteral("UPDATE trace_requests SET status = 'expired', query_text = '' "
                                             "WHERE status = 'pending' AND requested_at < ?"),
                              {daysAgo(kExpiryDays)});
        !done)
        return done.error();
    if (auto done = sql::exec(m_db,
                              QStringLiteral("DELETE FROM trace_answers WHERE request_id IN (SELECT id FROM "
                                             "trace_requests WHERE answered_at < ?)"),
                              {daysAgo(kAnswerKeptDays)});
        !done)
        return done.error();
    return success();
}

Result<QVector<TraceRequest>> TraceRequests::list() const {
    if (!sql::isServer(m_db))
        return makeError(tr("trace requests are made on a province's PostgreSQL server; in an office's own "
                            "file a trace already sees every visit"));
    auto district = DistrictOffices(m_db).currentDistrict();
    if (!district)
        return district.error();
    if (district->isEmpty()) {
        if (auto expired = expire(); !expired)
            return expired.error();
    }
    auto rows =
        sql::exec(m_db, QStringLiteral("SELECT %1 FROM trace_requests ORDER BY id DESC").arg(kColumns));
    if (!rows)
        return rows.error();
    QVector<TraceRequest> requests;
    while (rows.value().next())
        requests.append(requestFrom(rows.value()));
    return requests;
}

Result<TraceRequest> TraceRequests::load(qint64 id) const {
    auto row =
        sql::exec(m_db, QStringLiteral("SELECT %1 FROM trace_requests WHERE id = ?").arg(kColumns), {id});
    if (!row)
        return row.error();
    if (!row.value().next())
        return makeError(tr("there is no trace request %1").arg(id), {}, 0, QStringLiteral("request"));
    return requestFrom(row.value());
}

Status TraceRequests::store(const TraceRequest &request, const QVector<AnsweredVisit> &visits,
                            const QString &note) const {
    for (const AnsweredVisit &v : visits) {
        auto stored = sql::exec(
            m_db,
            QStringLiteral(
                "INSERT INTO trace_answers (request_id, requested_by, visit_start, visit_end, scans, "
                "contacts, checkpoint_code, checkpoint_name, address, commune, district) VALUES (?, ?, "
                "?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {request.id, request.requestedBy, v.start, v.end, v.scans, v.contacts, v.checkpointCode,
             v.checkpointName, v.address, v.commune, v.district});
        if (!stored)
            return stored.error();
    }
    auto answered =
        sql::exec(m_db,
                  QStringLiteral("UPDATE trace_requests SET status = 'answered', query_text = '', "
                                 "answered_at = ?, answered_by = current_user, note = COALESCE(?, '') WHERE id = ?"),
                  {now(), note, request.id});
    if (!answered)
        return answered.error();
    return success();
}

Result<int> TraceRequests::approve(qint64 id) const {
    if (auto province = requireProvince(); !province)
        return province.error();
    if (auto expired = expire(); !expired)
        return expired.error();
    Transaction transaction(m_db);
    const auto request = load(id);
    if (!request)
        return request.error();
    if (request->status != QLatin1String("pending"))
        return makeError(tr("trace request %1 is %2, not waiting for an answer").arg(id).arg(request->status),
                         {}, 0, QStringLiteral("request"));

    trace::TraceOptions options;
    options.from = request->from;
    options.to = request->to;
    options.windowMinutes = request->windowMinutes;
    const auto people =
        trace::PersonSearch(m_db).find(request->kind, request->queryText, options.from, options.to);
    if (!people)
        return people.error();
    QJsonObject details = requestDetails(*request);
    QVector<AnsweredVisit> visits;
    QString note;
    QStringList subjects;
    if (people->isEmpty()) {
        note = tr("nobody in the province's scans matches");
    } else if (people->size() > 1) {
        note = tr("%1 people in the province match the name; ask again by phone or ID number")
                   .arg(people->size());
        details.insert(QStringLiteral("people"), qint64(people->size()));
    } else {
        const auto result = trace::ContactTracer(m_db).trace(people->first(), options);
        if (!result)
            return result.error();
        subjects = result->person.keys;
        // Each checkpoint's district, to keep the visits outside the one that asked.
        QSet<qint64> ids;
        for (const trace::Visit &visit : result->visits)
            ids.insert(visit.checkpointId);
        QHash<qint64, std::pair<QString, QString>> districtOf; // checkpoint -> (code, name)
        for (const qint64 checkpoint : ids) {
            auto where =
                sql::exec(m_db,
                          QStringLiteral("SELECT d.code, d.name_with_type FROM checkpoints c JOIN "
                                         "admin_units u ON u.code = c.commune_code JOIN admin_units d ON "
                                         "d.code = CASE WHEN u.level = 2 THEN u.code ELSE u.parent_code "
                                         "END WHERE c.id = ?"),
                          {checkpoint});
            if (!where)
                return where.error();
            if (where.value().next())
                districtOf.insert(checkpoint,
                                  {where.value().value(0).toString(), where.value().value(1).toString()});
        }
        for (int i = 0; i < result->visits.size(); ++i) {
            const trace::Visit &visit = result->visits[i];
            const auto district = districtOf.value(visit.checkpointId);
            if (district.first == request->districtCode)
                continue;
            int contacts = 0;
            for (const trace::Contact &contact : result->contacts)
                contacts += std::any_of(contact.overlaps.cbegin(), contact.overlaps.cend(),
                                        [i](const trace::Overlap &o) { return o.caseVisit == i; });
            const trace::CheckpointInfo info = result->checkpoint(visit.checkpointId);
            visits.append({visit.start, visit.end, visit.scans, contacts, info.code, info.name, info.address,
                           info.commune, district.second});
        }
        details.insert(QStringLiteral("window"), request->windowMinutes);
        details.insert(QStringLiteral("visits"), qint64(result->visits.size()));
        details.insert(QStringLiteral("contacts"), qint64(result->contacts.size()));
        details.insert(QStringLiteral("sites"), qint64(result->sites.size()));
        if (visits.isEmpty())
            note = tr("no visit in another district");
    }
    details.insert(QStringLiteral("answered_visits"), qint64(visits.size()));
    // The province's trace for the district, in the province's log, before the answer is given.
    if (auto logged = audit::AuditLog(m_db).record(audit::Action::Trace, details, subjects); !logged)
        return logged.error();
    if (auto stored = store(*request, visits, note); !stored)
        return stored.error();
    if (!transaction.commit())
        return makeError(tr("the answer could not be stored: %1").arg(transaction.failure()));
    return int(visits.size());
}

Status TraceRequests::refuse(qint64 id, const QString &note) const {
    if (auto province = requireProvince(); !province)
        return province;
    Transaction transaction(m_db);
    const auto request = load(id);
    if (!request)
        return request.error();
    if (request->status != QLatin1String("pending"))
        return makeError(tr("trace request %1 is %2, not waiting for an answer").arg(id).arg(request->status),
                         {}, 0, QStringLiteral("request"));
    auto refused =
        sql::exec(m_db,
                  QStringLiteral("UPDATE trace_requests SET status = 'refused', query_text = '', "
                                 "answered_at = ?, answered_by = current_user, note = COALESCE(?, '') WHERE id = ?"),
                  {now(), note.simplified(), id});
    if (!refused)
        return refused.error();
    if (auto logged = audit::AuditLog(m_db).record(
            audit::Action::Settings, {{QStringLiteral("setting"), QStringLiteral("trace request %1").arg(id)},
                                      {QStringLiteral("value"), QStringLiteral("refused")}});
        !logged)
        return logged;
    if (!transaction.commit())
        return makeError(tr("the request could not be refused: %1").arg(transaction.failure()));
    return success();
}

Result<TraceAnswer> TraceRequests::answer(qint64 id) const {
    if (auto district = requireDistrict(); !district)
        return district.error();
    TraceAnswer answer{};
    // The district's own requests only: another's is not there for it.
    const auto request = load(id);
    if (!request)
        return request.error();
    answer.request = request.value();
    auto rows =
        sql::exec(m_db,
                  QStringLiteral("SELECT visit_start, visit_end, scans, contacts, checkpoint_code, "
                                 "checkpoint_name, address, commune, district FROM trace_answers WHERE "
                                 "request_id = ? ORDER BY visit_start"),
                  {id});
    if (!rows)
        return rows.error();
    while (rows.value().next()) {
        const QSqlQuery &q = rows.value();
        answer.visits.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(),
                              q.value(3).toInt(), q.value(4).toString(), q.value(5).toString(),
                              q.value(6).toString(), q.value(7).toString(), q.value(8).toString()});
    }
    if (answer.request.status == QLatin1String("answered")) {
        QJsonObject details = requestDetails(answer.request);
        details.insert(QStringLiteral("rows"), qint64(answer.visits.size()));
        details.insert(QStringLiteral("what"), QStringLiteral("trace answer"));
        if (auto logged = audit::AuditLog(m_db).record(audit::Action::Display, details); !logged)
            return logged.error();
    }
    return answer;
}

} // namespace cd::province
