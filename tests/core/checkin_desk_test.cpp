// SPDX-License-Identifier: GPL-3.0-or-later
// The check-in desk's core: what a scanned or typed line is, and how a record is stored.
#include "TestSupport.h"

#include "audit/AuditLog.h"
#include "checkin/CheckinDesk.h"
#include "database/SqlQuery.h"

#include <catch2/catch.hpp>

using namespace cd;
using namespace cd::checkin;

namespace {

const QString kCard7 =
    QStringLiteral("079123456789|281234567|Nguyễn Thị Hoa|01011990|Nữ|Thôn 5, xã Đăng Hà, huyện "
                   "Bù Đăng, tỉnh Bình Phước|15082021");
const QString kCard6 =
    QStringLiteral("070098001234|Trần Văn Đức|12121985|Nam|Khu phố 1, thị trấn Đức Phong|01072021");

qint64 count(const Database &db, const QString &statement) {
    return sql::scalar(db.connection(), statement).value().toLongLong();
}

QDateTime vietnam(int hour, int minute) {
    return QDateTime(QDate(2021, 8, 24), QTime(hour, minute), Qt::OffsetFromUTC, 7 * 3600);
}

} // namespace

TEST_CASE("the desk reads a CCCD code, a phone, a name, and refuses what it cannot read", "[desk]") {
    const auto card = readDeskInput(kCard7);
    REQUIRE(card.ok());
    CHECK(card->kind == DeskInput::Kind::IdCard);
    CHECK(card->idNumber == QStringLiteral("079123456789"));
    CHECK(card->name == QStringLiteral("Nguyễn Thị Hoa"));
    const auto six = readDeskInput(kCard6);
    REQUIRE(six.ok());
    CHECK(six->idNumber == QStringLiteral("070098001234"));
    CHECK(six->name == QStringLiteral("Trần Văn Đức"));

    for (const QString &phone : {QStringLiteral("0912 345 678"), QStringLiteral("+84912345678"),
                                 QStringLiteral("(+84) 912.345.678")}) {
        const auto read = readDeskInput(phone);
        REQUIRE(read.ok());
        CHECK(read->kind == DeskInput::Kind::Phone);
        CHECK(read->phone == QStringLiteral("0912345678"));
    }
    const auto typedId = readDeskInput(QStringLiteral("079123456789"));
    REQUIRE(typedId.ok());
    CHECK(typedId->kind == DeskInput::Kind::IdCard);
    const auto name = readDeskInput(QStringLiteral("  Lê   Văn Tám "));
    REQUIRE(name.ok());
    CHECK(name->kind == DeskInput::Kind::Name);
    CHECK(name->name == QStringLiteral("Lê Văn Tám"));

    CHECK_FALSE(readDeskInput(QStringLiteral("   ")).ok());
    CHECK_FALSE(readDeskInput(QStringLiteral("12345")).ok());
    CHECK_FALSE(readDeskInput(QStringLiteral("0791234567|Nguyễn Thị Hoa|01011990|Nữ|Thôn 5|15082021")).ok());
}

TEST_CASE("a scanner on the wrong keyboard layout is explained, never read as a person", "[desk]") {
    const QStringList garbled{
        // The separator "|" typed as "\" (a layout without the key), the letters lost.
        QStringLiteral("079123456789\\281234567\\Nguyen Th? Hoa\\01011990\\N?\\Thon 5\\15082021"),
        // French AZERTY: the digit row without shift.
        QStringLiteral("àç(é\"'(-è_çè|281234567|Nguyễn Thị Hoa|01011990|Nữ|Thôn 5|15082021"),
        // UTF-8 read as Windows-1252.
        QStringLiteral("079123456789|281234567|Nguyá»…n Thá»‹ Hoa|01011990|Ná»¯|ThÃ´n 5|15082021"),
        // A scanner that cannot type the letters sends "?".
        QStringLiteral("079123456789|281234567|Nguy?n Th? Hoa|01011990|N?|Th?n 5|15082021"),
    };
    for (const QString &line : garbled) {
        const auto read = readDeskInput(line);
        INFO(line.toStdString());
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().message.contains(QStringLiteral("keyboard language")));
        CHECK(read.error().field == QStringLiteral("input"));
    }
    // Vietnamese capitals are letters, not a garbled code.
    CHECK(readDeskInput(QStringLiteral("079123456789|281234567|NGUYỄN VĂN NGÃ|01011990|Nam|Thôn 5|15082021"))
              .ok());
}

TEST_CASE("desk records are scans of the checkpoint, one per person within the repeat window", "[desk]") {
    auto db = test::demoWorkspace();
    CHECK_FALSE(CheckinDesk::open(db->connection(), QStringLiteral("NO-SUCH"), QStringLiteral("in")).ok());
    CHECK_FALSE(CheckinDesk::open(db->connection(), QStringLiteral("25426-001"), QStringLiteral("up")).ok());
    const qint64 scansBefore = count(*db, QStringLiteral("SELECT count(*) FROM scans"));
    const qint64 dailyBefore = count(*db, QStringLiteral("SELECT sum(scans) FROM daily_counts"));
    {
        auto desk = CheckinDesk::open(db->connection(), QStringLiteral("25426-001"), QStringLiteral("in"));
        REQUIRE(desk.ok());
        CheckinDesk &session = desk.value();

        const auto first = session.recordAt(readDeskInput(kCard7).value(), {}, vietnam(8, 0));
        INFO((first ? QString() : first.error().message).toStdString());
        REQUIRE(first.ok());
        CHECK_FALSE(first->repeat);
        CHECK(first->personKey == QStringLiteral("i:079123456789"));
        CHECK(first->maskedIdNumber != QStringLiteral("079123456789"));
        const auto phone =
            session.recordAt(readDeskInput(QStringLiteral("0912 345 678")).value(), {}, vietnam(8, 1));
        REQUIRE(phone.ok());
        CHECK(phone->maskedPhone == QStringLiteral("0912***678"));
        // The same card again within ten minutes: one visit, said as a repeat of the first.
        const auto again = session.recordAt(readDeskInput(kCard7).value(), {}, vietnam(8, 9));
        REQUIRE(again.ok());
        CHECK(again->repeat);
        CHECK(again->at == vietnam(8, 0));
        // Past the window it is a new visit.
        const auto later = session.recordAt(readDeskInput(kCard7).value(), {}, vietnam(8, 11));
        REQUIRE(later.ok());
        CHECK_FALSE(later->repeat);

        // A name needs a phone; with it, the phone is the key, as in an import.
        const auto name = readDeskInput(QStringLiteral("Lê Văn Tám")).value();
        const auto noPhone = session.recordAt(name, {}, vietnam(9, 0));
        REQUIRE_FALSE(noPhone.ok());
        CHECK(noPhone.error().field == QStringLiteral("phone"));
        CHECK_FALSE(session.recordAt(name, QStringLiteral("12"), vietnam(9, 0)).ok());
        const auto named = session.recordAt(name, QStringLiteral("+84 987 654 321"), vietnam(9, 0));
        REQUIRE(named.ok());
        CHECK(named->personKey == QStringLiteral("p:0987654321"));
        REQUIRE(session.close().ok());
    }
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM scans")) == scansBefore + 4);
    CHECK(count(*db, QStringLiteral("SELECT sum(scans) FROM daily_counts")) == dailyBefore + 4);
    // Only what the purpose needs: the card's birth date and address are nowhere.
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM scans WHERE person_key = 'i:079123456789' AND "
                                    "person_name = 'Nguyễn Thị Hoa' AND direction = 'in'")) == 2);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM person_ids WHERE id_number = '079123456789'")) ==
          1);
    CHECK(count(*db,
                QStringLiteral("SELECT count(*) FROM scans WHERE person_name LIKE '%Thôn 5%' OR person_name "
                               "LIKE '%01011990%'")) == 0);
    audit::Filter desks;
    desks.action = audit::Action::Desk;
    const auto logged = audit::AuditLog(db->connection()).entries(desks);
    REQUIRE(logged->size() == 2);
    CHECK(logged->last().details.value(QStringLiteral("recorded")).toInt() == 4);
    CHECK(logged->last().details.value(QStringLiteral("repeats")).toInt() == 1);
}

TEST_CASE("a desk session left open is closed in the audit log, and counts today's people", "[desk]") {
    auto db = test::demoWorkspace();
    {
        auto desk = CheckinDesk::open(db->connection(), QStringLiteral("25426-001"), QStringLiteral("out"));
        REQUIRE(desk.ok());
        const qint64 before = desk->todaysCount().value();
        REQUIRE(desk.value().record(readDeskInput(kCard6).value()).ok());
        CHECK(desk->todaysCount().value() == before + 1);
    }
    audit::Filter desks;
    desks.action = audit::Action::Desk;
    CHECK(audit::AuditLog(db->connection()).entries(desks)->size() == 2);
}
