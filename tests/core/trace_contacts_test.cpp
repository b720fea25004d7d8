// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "trace_planted.h"

#include "audit/AuditLog.h"
#include "database/SqlQuery.h"
#include "scans/ScanImport.h"
#include "scans/ScanTime.h"
#include "trace/ContactTracer.h"
#include "trace/PersonSearch.h"
#include "trace/TraceAudit.h"
#include "trace/TraceSheets.h"

#include <QJsonArray>
#include <QSet>

using namespace cd;
using namespace cd::trace;

namespace {

QSet<QString> contactNames(const TraceResult &result) {
    QSet<QString> names;
    for (const Contact &contact : result.contacts)
        names.insert(contact.name);
    return names;
}

const Contact *contactNamed(const TraceResult &result, const QString &name) {
    for (const Contact &contact : result.contacts)
        if (contact.name == name)
            return &contact;
    return nullptr;
}

qint64 at(const QDate &day, int h, int m) {
    return scantime::dateToDay(day) * 86400 - scantime::kVietnamOffsetSeconds + h * 3600 + m * 60;
}

struct Fixture {
    std::unique_ptr<Database> db = test::demoWorkspace();
    QTemporaryDir dir;
    test::PlantedTrace planted = test::plantTrace(*db, dir.path());

    Fixture() {
        const auto report = ScanImporter(db->connection()).run(planted.csv);
        REQUIRE(report.ok());
        INFO(
            (report->rejectedRows.isEmpty() ? QString() : report->rejectedRows.first().reason).toStdString());
        REQUIRE(report->written);
        REQUIRE(report->rejected == 0);
    }

    Person find(QueryKind kind, const QString &text) const {
        const auto people = PersonSearch(db->connection()).find(kind, text);
        REQUIRE(people.ok());
        REQUIRE(people->size() == 1);
        return people->first();
    }

    TraceResult trace(const Person &person, bool related = false) const {
        TraceOptions options;
        options.to = planted.day;
        options.from = planted.day.addDays(-TraceOptions::kDefaultDays);
        options.includeRelatedCheckpoints = related;
        const auto result = ContactTracer(db->connection()).trace(person, options);
        REQUIRE(result.ok());
        return result.value();
    }
};

} // namespace

TEST_CASE("the contacts of a case are exactly the planted ones", "[trace]") {
    Fixture f;
    for (const QString &written : {QStringLiteral("0912 345 678"), QStringLiteral("+84912345678"),
                                   QStringLiteral("84912345678"), QStringLiteral("912345678")}) {
        const Person person = f.find(QueryKind::Phone, written);
        CHECK(person.keys == QStringList{QStringLiteral("p:0912345678")});
        CHECK(person.name == QStringLiteral("Nguyễn Văn Ca"));
        CHECK(person.idNumber == f.planted.caseId);
    }
    const TraceResult result = f.trace(f.find(QueryKind::Phone, QStringLiteral("0912 345 678")));

    const QSet<QString> expected(f.planted.contacts.cbegin(), f.planted.contacts.cend());
    CHECK(contactNames(result) == expected);
    for (const QString &outsider : f.planted.outsiders)
        CHECK_FALSE(contactNames(result).contains(outsider));
    CHECK_FALSE(contactNames(result).contains(f.planted.relatedContact));
    // Never their own contact: not under the other spellings, nor by the scan with only their ID number.
    for (const Contact &contact : result.contacts) {
        CHECK(contact.phone != f.planted.casePhone);
        CHECK(contact.key != QStringLiteral("i:") + f.planted.caseId);
    }

    // Two overlaps rank first; the double scan at A is one visit, so one overlap.
    REQUIRE_FALSE(result.contacts.isEmpty());
    CHECK(result.contacts.first().name == QStringLiteral("Phạm Hai Lần"));
    CHECK(result.contacts.first().overlaps.size() == 2);
    for (int i = 1; i < result.contacts.size(); ++i)
        CHECK(result.contacts[i].overlaps.size() == 1);
    const Contact *inside = contactNamed(result, QStringLiteral("Trần Thị Trong"));
    REQUIRE(inside);
    CHECK(inside->overlaps.first().secondsApart == 18 * 60); // 08:20 after the case's 08:02
    CHECK(inside->overlaps.first().contactEnd - inside->overlaps.first().contactStart == 60);
    const Contact *edge = contactNamed(result, QStringLiteral("Võ Thị Biên"));
    REQUIRE(edge);
    CHECK(edge->overlaps.first().secondsApart == 30 * 60);
    const Contact *during = contactNamed(result, QStringLiteral("Đặng Giữa Chừng"));
    REQUIRE(during);
    CHECK(during->overlaps.first().secondsApart == 0);
    const Contact *shift = contactNamed(result, QStringLiteral("Lý Ca Sáng"));
    REQUIRE(shift);
    CHECK(shift->overlaps.first().contactStart == at(f.planted.day, 12, 0));
    CHECK(shift->overlaps.first().contactEnd == at(f.planted.day, 15, 40));
    CHECK(shift->overlaps.first().secondsApart == 20 * 60);
}

TEST_CASE("a case's visits merge double scans and pair check-ins with check-outs", "[trace]") {
    Fixture f;
    const TraceResult result = f.trace(f.find(QueryKind::Phone, QStringLiteral("0912345678")));
    CHECK(result.scans.size() == 7);
    REQUIRE(result.visits.size() == 5);
    const QDate day = f.planted.day;
    CHECK(result.visits[0].start == at(day, 8, 0));
    CHECK(result.visits[0].end == at(day, 8, 2));
    CHECK(result.visits[0].scans == 2);
    CHECK(result.visits[3].start == at(day, 16, 0));
    CHECK(result.visits[3].end == at(day, 18, 0));
    CHECK_FALSE(result.visits[3].assumed);
    CHECK(result.visits[4].end == at(day, 21, 0)); // a check-in without check-out: the default hour
    CHECK(result.visits[4].assumed);
    REQUIRE(result.sites.size() == 5);
    CHECK(result.checkpoint(result.sites[0].checkpointId).code == f.planted.checkpointCodes[0]);
    CHECK(result.checkpoint(result.sites[2].checkpointId).code == f.planted.checkpointCodes[6]);
    CHECK(result.checkpoint(result.sites[2].checkpointId).commune == QStringLiteral("Xã Thống Nhất"));

    // Traced by ID number, the scan that carried only the ID joins the same person.
    const Person byId = f.find(QueryKind::IdNumber, f.planted.caseId);
    CHECK(QSet<QString>(byId.keys.cbegin(), byId.keys.cend()) ==
          QSet<QString>{QStringLiteral("i:079123456789"), QStringLiteral("p:0912345678")});
    const TraceResult traced = f.trace(byId);
    CHECK(traced.scans.size() == 8);
    CHECK(traced.visits.size() == 5);
    CHECK(contactNames(traced) == contactNames(result));
}

TEST_CASE("the case scanned with another phone and their ID number is never their own contact", "[trace]") {
    Fixture f;
    const QString code = f.planted.checkpointCodes[1]; // B, where the case was at 10:00
    QFile file(f.dir.filePath(QStringLiteral("second-phone.csv")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("Thời gian,Mã điểm,Họ và tên,Số điện thoại,CCCD\n%1 10:10:00,%2,Nguyễn Văn Ca,"
                              "0933 111 222,%3\n%1 10:12:00,%2,Trần Thị Bên,0933 444 555,\n")
                   .arg(f.planted.day.toString(QStringLiteral("dd/MM/yyyy")), code, f.planted.caseId)
                   .toUtf8());
    file.close();
    const auto imported = ScanImporter(f.db->connection()).run(file.fileName());
    REQUIRE(imported.ok());
    REQUIRE(imported->added == 2);

    // Traced by the first phone: the second phone's key is not theirs, but its scan carries their ID.
    const TraceResult result = f.trace(f.find(QueryKind::Phone, f.planted.casePhone));
    QStringList keys;
    for (const Contact &contact : result.contacts)
        keys << contact.key;
    CHECK_FALSE(keys.contains(QStringLiteral("p:0933111222")));
    const Contact *neighbour = contactNamed(result, QStringLiteral("Trần Thị Bên"));
    REQUIRE(neighbour);
    CHECK(neighbour->phone == QStringLiteral("0933444555"));
}

TEST_CASE("a trace on a server reads the scans around a visit from the key's index, uncompiled", "[trace]") {
    Fixture f;
    const QSqlDatabase db = f.db->connection();
    const TraceResult result = f.trace(f.find(QueryKind::Phone, f.planted.casePhone));
    REQUIRE_FALSE(result.contacts.isEmpty());
    if (!test::onServer())
        return; // SQLite's scans are their key's index (WITHOUT ROWID), and it compiles nothing
    // The key holds the direction besides its three columns (migration 10), and JIT is off.
    auto key = sql::exec(db, QStringLiteral("SELECT i.indnkeyatts, i.indnatts FROM pg_index i WHERE "
                                            "i.indrelid = 'scans'::regclass AND i.indisprimary"));
    REQUIRE(key.ok());
    REQUIRE(key.value().next());
    CHECK(key.value().value(0).toInt() == 3);
    CHECK(key.value().value(1).toInt() == 4);
    CHECK(sql::scalar(db, QStringLiteral("SHOW jit")).value().toString() == QStringLiteral("off"));
}

TEST_CASE("sub-checkpoints of the same parent count only when asked", "[trace]") {
    Fixture f;
    const Person person = f.find(QueryKind::Phone, QStringLiteral("0912345678"));
    QSet<QString> expected(f.planted.contacts.cbegin(), f.planted.contacts.cend());
    expected.insert(f.planted.relatedContact);
    const TraceResult result = f.trace(person, true);
    CHECK(contactNames(result) == expected);
    const Contact *ward = contactNamed(result, f.planted.relatedContact);
    REQUIRE(ward);
    CHECK(result.checkpoint(ward->overlaps.first().caseCheckpointId).code == f.planted.checkpointCodes[6]);
    CHECK(result.checkpoint(ward->overlaps.first().contactCheckpointId).code == f.planted.checkpointCodes[7]);
}

TEST_CASE("the window is settable and its bound included", "[trace]") {
    Fixture f;
    const Person person = f.find(QueryKind::Phone, QStringLiteral("0912345678"));
    TraceOptions options;
    options.from = f.planted.day;
    options.to = f.planted.day;
    options.windowMinutes = 18; // keeps 08:20 after 08:02 (18 min), drops the 30-minute edges
    const auto narrow = ContactTracer(f.db->connection()).trace(person, options);
    REQUIRE(narrow.ok());
    CHECK(contactNames(*narrow).contains(QStringLiteral("Trần Thị Trong")));
    CHECK_FALSE(contactNames(*narrow).contains(QStringLiteral("Võ Thị Biên")));
    CHECK_FALSE(contactNames(*narrow).contains(QStringLiteral("Lê Văn Sớm")));
    options.windowMinutes = 31;
    const auto wide = ContactTracer(f.db->connection()).trace(person, options);
    REQUIRE(wide.ok());
    CHECK(contactNames(*wide).contains(QStringLiteral("Võ Thị Muộn"))); // 30 min 1 s
    CHECK_FALSE(contactNames(*wide).contains(QStringLiteral("Hoàng Nơi Khác")));

    options.windowMinutes = -1;
    CHECK_FALSE(ContactTracer(f.db->connection()).trace(person, options).ok());
    options.windowMinutes = 30;
    options.from = f.planted.day.addDays(1);
    CHECK(ContactTracer(f.db->connection()).trace(person, options).error().field == QStringLiteral("from"));
}

TEST_CASE("a name search is accent-insensitive and lists every match", "[trace]") {
    Fixture f;
    PersonSearch search(f.db->connection());
    const auto one = search.find(QueryKind::Name, QStringLiteral("nguyen van ca"));
    REQUIRE(one.ok());
    REQUIRE_FALSE(one->isEmpty());
    CHECK(one->first().name == QStringLiteral("Nguyễn Văn Ca"));
    // The scans with the phone and the one with only the ID number are one candidate, not two.
    CHECK(one->size() == 1);
    CHECK(QSet<QString>(one->first().keys.cbegin(), one->first().keys.cend()) ==
          QSet<QString>{QStringLiteral("i:079123456789"), QStringLiteral("p:0912345678")});
    const auto several = search.find(QueryKind::Name, QStringLiteral("ly ca"));
    REQUIRE(several.ok());
    QStringList names;
    for (const Person &p : *several)
        names << p.name;
    CHECK(names.contains(QStringLiteral("Lý Ca Sáng")));
    CHECK(names.contains(QStringLiteral("Lý Ca Sớm")));
    CHECK(search.find(QueryKind::Name, QStringLiteral("Không Có Ai Tên Này")).value().isEmpty());
    // Within a period: only the people who scanned in it.
    const QDate day = f.planted.day;
    CHECK(search.find(QueryKind::Name, QStringLiteral("ly ca"), day, day).value().size() == 2);
    CHECK(search.find(QueryKind::Name, QStringLiteral("ly ca"), day.addDays(-14), day.addDays(-1))
              .value()
              .isEmpty());
    CHECK(search.find(QueryKind::Name, QStringLiteral("bui hom qua"), day.addDays(-1), day.addDays(-1))
              .value()
              .size() == 1);
    CHECK_FALSE(search.find(QueryKind::Phone, QStringLiteral("12345")).ok());
    CHECK(search.find(QueryKind::Phone, QStringLiteral("0999 999 999")).value().isEmpty());

    CHECK(PersonSearch::guessKind(QStringLiteral("+84 912 345 678")) == QueryKind::Phone);
    CHECK(PersonSearch::guessKind(QStringLiteral("079123456789")) == QueryKind::IdNumber);
    CHECK(PersonSearch::guessKind(QStringLiteral("Nguyễn Văn Ca")) == QueryKind::Name);
}

TEST_CASE("every trace is recorded in the audit log, the person as a salted hash", "[trace][audit]") {
    Fixture f;
    const TraceResult result = f.trace(f.find(QueryKind::Phone, QStringLiteral("0912345678")));
    REQUIRE(recordTrace(f.db->connection(), result, QueryKind::Phone).ok());
    REQUIRE(recordTrace(f.db->connection(), result, QueryKind::Name).ok());
    const audit::AuditLog log(f.db->connection());
    const auto entries = log.entries();
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 2);
    const audit::Entry &first = entries->first(); // oldest first
    CHECK(first.action == audit::Action::Trace);
    CHECK(first.details[QStringLiteral("query")].toString() == QStringLiteral("phone"));
    CHECK(entries->last().details[QStringLiteral("query")].toString() == QStringLiteral("name"));
    CHECK(first.details[QStringLiteral("contacts")].toInt() == result.contacts.size());
    CHECK(first.details[QStringLiteral("visits")].toInt() == 5);
    CHECK(first.details[QStringLiteral("from")].toString() ==
          f.planted.day.addDays(-14).toString(Qt::ISODate));
    CHECK_FALSE(first.operatorName.isEmpty());
    CHECK_FALSE(first.osUser.isEmpty());
    CHECK(first.loggedAt.offsetFromUtc() == 7 * 3600);
    REQUIRE(first.subjects.size() == result.person.keys.size());
    CHECK(first.subjects[0].startsWith(QStringLiteral("h:")));

    // Nothing in the stored row gives the phone back, in any spelling.
    auto raw =
        sql::exec(f.db->connection(), QStringLiteral("SELECT logged_at || os_user || operator || action "
                                                     "|| subject || details FROM audit_log"));
    REQUIRE(raw.ok());
    while (raw.value().next()) {
        const QString row = raw.value().value(0).toString();
        CHECK_FALSE(row.contains(QStringLiteral("912345678")));
        CHECK_FALSE(row.contains(QStringLiteral("912 345")));
    }
    // Whoever has the phone finds the entries about it, however they write it; another phone finds none.
    audit::Filter about;
    about.person = QStringLiteral("+84 912 345 678");
    CHECK(log.entries(about).value().size() == 2);
    about.person = QStringLiteral("0987000001");
    CHECK(log.entries(about).value().isEmpty());
    about.person.clear();
    about.action = audit::Action::Purge;
    CHECK(log.entries(about).value().isEmpty());
}

TEST_CASE("trace tables and JSON mask phones unless confirmed", "[trace]") {
    Fixture f;
    const TraceResult result = f.trace(f.find(QueryKind::Phone, QStringLiteral("0912345678")));
    const QJsonObject masked = TraceSheets::json(result, Phones::Masked);
    const QJsonObject full = TraceSheets::json(result, Phones::Full);
    CHECK(masked[QStringLiteral("person")][QStringLiteral("phone")].toString() ==
          QStringLiteral("0912***678"));
    CHECK(full[QStringLiteral("person")][QStringLiteral("phone")].toString() == QStringLiteral("0912345678"));
    CHECK(full[QStringLiteral("person")][QStringLiteral("key_kind")].toString() == QStringLiteral("phone"));
    const QJsonArray contacts = full[QStringLiteral("contacts")].toArray();
    REQUIRE(contacts.size() == f.planted.contacts.size());
    CHECK(contacts[0][QStringLiteral("overlaps")].toArray().size() == 2);
    for (const QJsonValue &c : masked[QStringLiteral("contacts")].toArray())
        CHECK(c[QStringLiteral("phone")].toString().contains(u'*'));
    const QJsonArray visits = full[QStringLiteral("visits")].toArray();
    REQUIRE(visits.size() == 5);
    CHECK(visits[0][QStringLiteral("time")].toString() == QStringLiteral("2022-03-10T08:00:00+07:00"));
    CHECK(full[QStringLiteral("sites")].toArray().size() == 5);

    const SheetData timeline = TraceSheets::timeline(result);
    CHECK(timeline.rows.size() == 7);
    const SheetData overlaps = TraceSheets::overlaps(result, Phones::Masked);
    CHECK(overlaps.rows.size() == f.planted.contacts.size() + 1);
}
