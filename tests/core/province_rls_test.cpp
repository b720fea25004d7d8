// SPDX-License-Identifier: GPL-3.0-or-later
// District offices on a province's server: as district A, district B's personal data cannot be read, by the
// program or by hand-written SQL (psql too); the province reads both; a trace crosses districts only
// through a request the province approves.
#include "ProvinceFixture.h"
#include "TestSupport.h"

#include "audit/AuditLog.h"
#include "database/SqlQuery.h"
#include "province/DistrictOffices.h"
#include "province/TraceRequests.h"
#include "trace/ContactTracer.h"
#include "trace/PersonSearch.h"

#include <QProcess>

using namespace cd;
using province::DistrictOffices;
using province::TraceRequests;

namespace {

using Case = test::CaseInTwoDistricts;
const QString kCasePhone = Case::casePhone;
const QString kCaseId = Case::caseId;
const QString kOtherPhone = Case::otherPhone;
const QString kOtherName = Case::otherName;
const QString kOtherId = Case::otherId;
constexpr qint64 kVisitB = Case::visitB;
constexpr qint64 kVisitA = Case::visitA;

qint64 count(const QSqlDatabase &db, const QString &statement) {
    auto value = sql::scalar(db, statement);
    INFO(statement.toStdString());
    REQUIRE(value.ok());
    return value.value().toLongLong();
}

// What `psql` prints for one statement, run as the role of the URI.
QString psql(const QString &uri, const QString &statement) {
    QProcess process;
    process.start(QStringLiteral("psql"), {uri, QStringLiteral("-Atc"), statement});
    REQUIRE(process.waitForFinished(30000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

} // namespace

TEST_CASE("district offices are refused in an SQLite file", "[province]") {
    if (test::onServer())
        return;
    auto db = test::memoryWorkspace();
    const auto added =
        DistrictOffices(db->connection()).add(QStringLiteral("district_a"), QStringLiteral("696"));
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().message.contains(QStringLiteral("PostgreSQL")));
    CHECK_FALSE(DistrictOffices(db->connection()).list().ok());
    CHECK_FALSE(TraceRequests(db->connection()).list().ok());
    CHECK(DistrictOffices(db->connection()).currentDistrict().value().isEmpty());
}

TEST_CASE("role names are checked before they reach SQL", "[province]") {
    CHECK(DistrictOffices::isValidRoleName(QStringLiteral("bu_dang_2")));
    for (const char *bad :
         {"", "Bu_dang", "1abc", "pg_x", "a-b", "a\"; DROP TABLE scans; --", "public", "a b"})
        CHECK_FALSE(DistrictOffices::isValidRoleName(QString::fromUtf8(bad)));
}

TEST_CASE("as district A, district B's personal data cannot be read even with hand-written SQL",
          "[province][postgresql]") {
    if (!test::onServer())
        return;
    auto province = test::demoWorkspace();
    const QSqlDatabase p = province->connection();
    const qint64 demoCheckpoints = count(p, QStringLiteral("SELECT count(*) FROM checkpoints"));
    const qint64 demoScans = count(p, QStringLiteral("SELECT count(*) FROM scans"));
    REQUIRE(demoScans > 0);
    const Case planted = test::plantCaseInTwoDistricts(p);
    const QString districtA = planted.districtA, districtB = planted.districtB, communeB = planted.communeB;
    const qint64 idB = planted.checkpointB;
    test::ServerRoles roles(p);
    const QString roleA = roles.name(QStringLiteral("a")), roleB = roles.name(QStringLiteral("b"));
    DistrictOffices offices(p);
    REQUIRE(offices.add(roleA, districtA).ok());
    REQUIRE(offices.add(roleB, districtB).ok());
    CHECK_FALSE(offices.add(QStringLiteral("x\"y"), districtA).ok());
    CHECK_FALSE(offices.add(roles.name(QStringLiteral("c")), communeB).ok()); // a commune, not a district
    REQUIRE(offices.list().value().size() == 2);

    const QString uriA = test::asRole(province->path(), roleA), uriB = test::asRole(province->path(), roleB);
    {
        auto opened = Database::open(uriA);
        INFO((opened ? QString() : opened.error().message).toStdString());
        REQUIRE(opened.ok());
        const QSqlDatabase a = opened.value()->connection();
        CHECK(DistrictOffices(a).currentDistrict().value() == districtA);
        CHECK_FALSE(DistrictOffices(a).add(roles.name(QStringLiteral("d")), districtA).ok());

        // A's own district in full.
        CHECK(count(a, QStringLiteral("SELECT count(*) FROM checkpoints")) == demoCheckpoints);
        CHECK(count(a, QStringLiteral("SELECT count(*) FROM scans")) == demoScans + 1);
        // B's, by every way of asking.
        for (const QString &statement : {
                 QStringLiteral("SELECT count(*) FROM checkpoints WHERE code = 'B-001'"),
                 QStringLiteral("SELECT count(*) FROM scans WHERE phone = '%1'").arg(kOtherPhone),
                 QStringLiteral("SELECT count(*) FROM scans WHERE person_name = '%1' OR id_number = '%2'")
                     .arg(kOtherName, kOtherId),
                 QStringLiteral("SELECT count(*) FROM scans WHERE scanned_at = %1").arg(kVisitB),
                 QStringLiteral("SELECT count(*) FROM (SELECT * FROM scans) s JOIN checkpoints c ON c.id = "
                                "s.checkpoint_id WHERE c.commune_code = '%1'")
                     .arg(communeB),
                 QStringLiteral(
                     "SELECT count(*) FROM scans s RIGHT JOIN admin_units u ON false WHERE s.phone = "
                     "'%1'")
                     .arg(kOtherPhone),
                 QStringLiteral("WITH everyone AS (SELECT * FROM scans) SELECT count(*) FROM everyone WHERE "
                                "person_key = 'p:%1'")
                     .arg(kOtherPhone),
                 QStringLiteral("SELECT count(*) FROM person_ids WHERE id_number IN ('%1', '%2')")
                     .arg(kCaseId, kOtherId),
                 QStringLiteral("SELECT count(*) FROM daily_counts WHERE checkpoint_id = %1").arg(idB),
                 QStringLiteral("SELECT count(*) FROM audit_log"),
                 QStringLiteral(
                     "SELECT count(*) FROM scans WHERE checkpoint_id = (SELECT max(id) FROM checkpoints) "
                     "+ 1"),
             }) {
            INFO(statement.toStdString());
            CHECK(count(a, statement) == 0);
        }
        // A function of its own runs with its rights.
        REQUIRE(sql::exec(
                    a, QStringLiteral("CREATE FUNCTION pg_temp.all_phones() RETURNS SETOF text LANGUAGE sql "
                                      "AS $$ SELECT phone FROM scans $$"))
                    .ok());
        CHECK(count(a, QStringLiteral("SELECT count(*) FROM pg_temp.all_phones() WHERE all_phones = '%1'")
                           .arg(kOtherPhone)) == 0);
        // The province's figures per commune are shared, without a person in them.
        CHECK(count(a, QStringLiteral("SELECT count(*) FROM province_commune_days WHERE commune_code = '%1'")
                           .arg(communeB)) == 1);
        // Writes stay in A's district.
        CHECK_FALSE(
            sql::exec(a, QStringLiteral("INSERT INTO checkpoints (code, name, type_id, phone, commune_code, "
                                        "address, status, created_at, updated_at, duplicate_key) SELECT "
                                        "'A-INTO-B', 'x', type_id, phone, '%1', 'x', 'active', created_at, "
                                        "updated_at, 'a-into-b' FROM checkpoints LIMIT 1")
                             .arg(communeB))
                .ok());
        CHECK(sql::exec(a,
                        QStringLiteral("INSERT INTO scans (checkpoint_id, scanned_at, person_key) SELECT id, "
                                       "1, 'p:0900000000' FROM checkpoints LIMIT 1"))
                  .ok()); // A's own checkpoint
        CHECK_FALSE(
            sql::exec(a, QStringLiteral("INSERT INTO scans (checkpoint_id, scanned_at, person_key) VALUES "
                                        "(%1, 1, 'p:0900000000')")
                             .arg(idB))
                .ok());
        CHECK_FALSE(
            sql::exec(a, QStringLiteral("UPDATE checkpoints SET commune_code = '%1'").arg(communeB)).ok());
        CHECK(sql::exec(a, QStringLiteral("UPDATE scans SET phone = '' WHERE checkpoint_id = %1").arg(idB))
                  .value()
                  .numRowsAffected() == 0);
        CHECK_FALSE(sql::exec(a, QStringLiteral("UPDATE settings SET value = 'x'")).ok());
        CHECK_FALSE(sql::exec(a, QStringLiteral("DELETE FROM district_offices")).ok());
        CHECK_FALSE(sql::exec(a, QStringLiteral("INSERT INTO district_offices VALUES ('%1', '%2', '')")
                                     .arg(roleA, districtB))
                        .ok());
        CHECK_FALSE(sql::exec(a, QStringLiteral("ALTER TABLE scans DISABLE ROW LEVEL SECURITY")).ok());
        CHECK_FALSE(sql::exec(a, QStringLiteral("SET ROLE \"%1\"").arg(roleB)).ok());

        // The program's own trace sees A's visit of the case, not B's.
        auto people = trace::PersonSearch(a).find(trace::QueryKind::Phone, kCasePhone);
        REQUIRE(people.ok());
        REQUIRE(people->size() == 1);
        trace::TraceOptions options;
        options.from = QDate(2021, 8, 10);
        options.to = QDate(2021, 8, 24);
        auto traced = trace::ContactTracer(a).trace(people->first(), options);
        REQUIRE(traced.ok());
        REQUIRE(traced->visits.size() == 1);
        CHECK(traced->visits.first().start == kVisitA);
        CHECK(trace::PersonSearch(a).find(trace::QueryKind::Phone, kOtherPhone).value().isEmpty());
        CHECK(trace::PersonSearch(a).find(trace::QueryKind::IdNumber, kOtherId).value().isEmpty());
        CHECK(trace::PersonSearch(a)
                  .find(trace::QueryKind::Name, kOtherName, options.from, options.to)
                  .value()
                  .isEmpty());
    }

    SECTION("psql as district A reads none of B's personal data") {
        CHECK(psql(uriA, QStringLiteral("SELECT current_user")) == roleA);
        CHECK(psql(uriA, QStringLiteral("SELECT count(*) FROM scans WHERE phone = '%1'").arg(kOtherPhone)) ==
              QStringLiteral("0"));
        const QString everything =
            psql(uriA, QStringLiteral("SELECT person_name, phone, id_number FROM scans"));
        CHECK_FALSE(everything.contains(kOtherName));
        CHECK_FALSE(everything.contains(kOtherPhone));
        CHECK(everything.contains(kCasePhone)); // A's own visit of the case
        CHECK(psql(uriA, QStringLiteral("SELECT count(*) FROM person_ids WHERE id_number IN ('%1', '%2')")
                             .arg(kCaseId, kOtherId)) == QStringLiteral("0"));
        CHECK(psql(uriA, QStringLiteral("SELECT count(*) FROM checkpoints WHERE code = 'B-001'")) ==
              QStringLiteral("0"));
        CHECK(psql(uriA, QStringLiteral("SELECT count(*) FROM audit_log")) == QStringLiteral("0"));
    }

    SECTION("the province sees every district") {
        CHECK(count(p, QStringLiteral("SELECT count(*) FROM scans")) ==
              demoScans + 4); // B's two, the case's in A, A's own insert
        CHECK(count(p, QStringLiteral("SELECT count(*) FROM scans WHERE phone = '%1'").arg(kOtherPhone)) ==
              1);
        CHECK(psql(province->path(),
                   QStringLiteral("SELECT count(*) FROM person_ids WHERE id_number IN ('%1', '%2')")
                       .arg(kCaseId, kOtherId)) == QStringLiteral("2"));
    }

    SECTION("a trace crosses districts through a request the province approves") {
        auto openedA = Database::open(uriA);
        auto openedB = Database::open(uriB);
        REQUIRE(openedA.ok());
        REQUIRE(openedB.ok());
        const QSqlDatabase a = openedA.value()->connection(), b = openedB.value()->connection();
        trace::TraceOptions options;
        options.from = QDate(2021, 8, 10);
        options.to = QDate(2021, 8, 24);
        CHECK_FALSE(TraceRequests(a).file(trace::QueryKind::Phone, kCasePhone, options, QString()).ok());
        CHECK_FALSE(
            TraceRequests(p).file(trace::QueryKind::Phone, kCasePhone, options, QStringLiteral("x")).ok());
        const auto id = TraceRequests(a).file(trace::QueryKind::Phone, kCasePhone, options,
                                              QStringLiteral("F0 on 24/08"));
        REQUIRE(id.ok());
        // Only A and the province see the request; only the province answers it.
        CHECK(TraceRequests(b).list().value().isEmpty());
        REQUIRE(TraceRequests(p).list().value().size() == 1);
        CHECK(TraceRequests(p).list().value().first().queryText == kCasePhone);
        CHECK_FALSE(TraceRequests(a).approve(id.value()).ok());
        CHECK_FALSE(TraceRequests(b).approve(id.value()).ok());
        CHECK_FALSE(sql::exec(a, QStringLiteral("UPDATE trace_requests SET status = 'answered'")).ok());
        CHECK(TraceRequests(a).answer(id.value()).value().request.status == QStringLiteral("pending"));

        const auto answered = TraceRequests(p).approve(id.value());
        INFO((answered ? QString() : answered.error().message).toStdString());
        REQUIRE(answered.ok());
        CHECK(answered.value() == 1);
        CHECK_FALSE(TraceRequests(p).approve(id.value()).ok()); // answered once

        const auto answer = TraceRequests(a).answer(id.value());
        REQUIRE(answer.ok());
        REQUIRE(answer->visits.size() == 1);
        CHECK(answer->visits.first().checkpointCode == QStringLiteral("B-001"));
        CHECK(answer->visits.first().start == kVisitB);
        CHECK(answer->visits.first().contacts == 1); // B's other person, counted, not named
        // The query is gone once answered; the answer is A's alone.
        CHECK(count(p, QStringLiteral("SELECT count(*) FROM trace_requests WHERE query_text <> ''")) == 0);
        CHECK_FALSE(TraceRequests(b).answer(id.value()).ok());
        CHECK(count(b, QStringLiteral("SELECT count(*) FROM trace_answers")) == 0);
        CHECK(count(a, QStringLiteral("SELECT count(*) FROM trace_answers")) == 1);
        CHECK(psql(uriB, QStringLiteral("SELECT count(*) FROM trace_answers")) == QStringLiteral("0"));

        // Every step in the log: A's request and reading in A's, the province's trace in the province's.
        const auto logA = audit::AuditLog(a).entries();
        REQUIRE(logA.ok());
        REQUIRE(logA->size() == 2);
        CHECK(logA->at(0).action == audit::Action::Export);
        CHECK(logA->at(1).action == audit::Action::Display);
        CHECK(audit::AuditLog(b).entries().value().isEmpty());
        bool provinceTraced = false;
        const auto logP = audit::AuditLog(p).entries();
        REQUIRE(logP.ok());
        for (const audit::Entry &entry : logP.value())
            provinceTraced =
                provinceTraced || (entry.action == audit::Action::Trace &&
                                   entry.details.value(QStringLiteral("request")).toInteger() == id.value());
        CHECK(provinceTraced);
    }

    REQUIRE(offices.remove(roleA).ok());
    CHECK(offices.list().value().size() == 1);
    CHECK_FALSE(Database::open(uriA).ok()); // no rights left in this database
}
