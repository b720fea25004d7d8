// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "trace/TraceTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QVector>

namespace cd::province {

// A district office's request that the province trace a case across the province.
struct TraceRequest {
    qint64 id = 0;
    QString requestedBy;  // the district office's role
    QString districtCode; // its district
    QString requestedAt;  // ISO 8601, Vietnam time
    QString operatorName;
    trace::QueryKind kind = trace::QueryKind::Phone;
    QString queryText; // the phone, ID number or name; empty once answered, refused or expired
    QDate from;
    QDate to;
    int windowMinutes = 30;
    QString reason;
    QString status; // "pending", "answered", "refused", "expired"
    QString answeredAt;
    QString answeredBy;
    QString note; // the province's: why refused, or why the answer is empty
};

// One visit of the case in another district, as the province answers it: where and when, and how many
// people were there with them, never who (that district's office traces its own contacts).
struct AnsweredVisit {
    qint64 start = 0; // seconds since the epoch
    qint64 end = 0;
    int scans = 0;
    int contacts = 0;
    QString checkpointCode;
    QString checkpointName;
    QString address;
    QString commune;
    QString district;
};

struct TraceAnswer {
    TraceRequest request;
    QVector<AnsweredVisit> visits;
};

// The way across districts on a province's server. A district office's own trace sees only its district
// (row-level security); for the rest it files a request with a reason, the province office approves it,
// which traces the case over the whole province with the province's rights and stores the visits in other
// districts for the requesting role alone, and the district reads them. Every step is in the audit log.
class TraceRequests {
    Q_DECLARE_TR_FUNCTIONS(TraceRequests)

public:
    // A request nobody answered within this many days expires, and its query is deleted.
    static constexpr int kExpiryDays = 7;
    // An answer, the case's whereabouts, is kept this many days after it was given.
    static constexpr int kAnswerKeptDays = 28;

    explicit TraceRequests(QSqlDatabase db)
        : m_db(std::move(db)) {}

    // By a district office: the request's number.
    Result<qint64> file(trace::QueryKind kind, const QString &text, const trace::TraceOptions &options,
                        const QString &reason) const;
    // The province office sees every request, a district office its own; newest first. The province's
    // listing expires the requests past their time first.
    Result<QVector<TraceRequest>> list() const;
    // By the province office: traces the case and stores the answer. Returns the visits in other districts.
    Result<int> approve(qint64 id) const;
    Status refuse(qint64 id, const QString &note) const;
    // By the district office that asked (no other role can read the answer).
    Result<TraceAnswer> answer(qint64 id) const;

private:
    Status requireProvince() const;
    Result<QString> requireDistrict() const;
    Status expire() const;
    Result<TraceRequest> load(qint64 id) const;
    Status store(const TraceRequest &request, const QVector<AnsweredVisit> &visits,
                 const QString &note) const;

    QSqlDatabase m_db;
};

} // namespace cd::province
