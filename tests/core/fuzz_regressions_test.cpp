// SPDX-License-Identifier: GPL-3.0-or-later
// Inputs the fuzzers (tests/fuzz/) found breaking an invariant, kept here so that the normal suite sees
// them every time. Each case names the invariant it broke.
#include "intake/DateTimeText.h"
#include "scans/PersonKey.h"

#include <catch2/catch.hpp>

using namespace cd;
using namespace cd::intake;

TEST_CASE("a ten-digit number past the years a date may have is no Unix time", "[fuzz][datetime]") {
    // Found by fuzz_datetime: "9999999999" seconds is the year 2286, a date the parser itself calls
    // invalid; it was returned as a scan time in the 23rd century.
    for (const DateOrder order : {DateOrder::DayFirst, DateOrder::MonthFirst, DateOrder::Automatic}) {
        const auto parsed = parseDateTime(u"9999999999", order);
        CHECK((!parsed || parsed.value().year <= 2200));
    }
    // A real Unix time still reads, the same in every order.
    const auto scan = parseDateTime(u"1629767700", DateOrder::DayFirst);
    REQUIRE(scan);
    CHECK(scan.value().year == 2021);
    CHECK(scan.value().month == 8);
    CHECK(scan.value().day == 24);
    const auto monthFirst = parseDateTime(u"1629767700", DateOrder::MonthFirst);
    REQUIRE(monthFirst);
    CHECK(monthFirst.value().day == 24);
}

TEST_CASE("the order evidence of a date among words is the date's", "[fuzz][datetime]") {
    // Found by fuzz_datetime: parseDateTime read "Thứ Ba, 05/08/2021" as 5 August or 8 May by the order,
    // but orderHint said None, so a month-first file written so was read day first without a warning.
    const QString open = QStringLiteral("Thứ Ba, 05/08/2021");
    const auto dayFirst = parseDateTime(open, DateOrder::DayFirst);
    const auto monthFirst = parseDateTime(open, DateOrder::MonthFirst);
    REQUIRE(dayFirst);
    REQUIRE(monthFirst);
    REQUIRE(dayFirst.value().month != monthFirst.value().month);
    CHECK(orderHint(open) == OrderHint::Either);
    CHECK(orderHint(QStringLiteral("lúc 08:15 ngày 24/08/2021")) == OrderHint::DayFirst);
    CHECK(orderHint(QStringLiteral("lúc 08:15 ngày 08/24/2021")) == OrderHint::MonthFirst);
    // ISO's "T" is a letter, not a word: the hint of an ISO time stays None.
    CHECK(orderHint(QStringLiteral("2021-08-24T08:15:00+07:00")) == OrderHint::None);
}

TEST_CASE("a name of a combining mark alone names nobody", "[fuzz][person]") {
    // Found by fuzz_person_key: a name cell holding only U+0323 (a dot below, left over from an encoding
    // accident) made the key "n:" and every such row one person.
    for (const QString &name :
         {QStringLiteral("\u0323"), QStringLiteral("..."), QStringLiteral(" \u0301 - ")}) {
        const auto key = personKey({}, {}, name);
        CHECK_FALSE(key.ok());
        if (!key)
            CHECK(key.error().field == QStringLiteral("person"));
    }
    const auto real = personKey({}, {}, QStringLiteral("Nguyễn Văn An"));
    REQUIRE(real.ok());
    CHECK(real->key.size() > 2);
}
