// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "trace/TraceTypes.h"
#include "trace/VisitBuilder.h"

using namespace cd::trace;

namespace {
ScanPoint at(int minute, const char *direction = "") {
    return {qint64(minute) * 60, QString::fromLatin1(direction)};
}
} // namespace

TEST_CASE("visits from one person's scans at one checkpoint", "[trace]") {
    TraceOptions options; // stay 60 min, merge gap 60 min, pairs up to 12 h
    SECTION("scans without direction are points; close ones merge") {
        QVector<int> visitOf;
        const auto visits = buildVisits(7, {at(0), at(5), at(200)}, options, &visitOf);
        REQUIRE(visits.size() == 2);
        CHECK(visits[0].start == 0);
        CHECK(visits[0].end == 300);
        CHECK(visits[0].scans == 2);
        CHECK_FALSE(visits[0].assumed);
        CHECK(visits[1].start == visits[1].end);
        CHECK(visitOf == QVector<int>{0, 0, 1});
    }
    SECTION("a check-in pairs with its check-out hours later") {
        const auto visits = buildVisits(7, {at(0, "in"), at(540, "out")}, options);
        REQUIRE(visits.size() == 1);
        CHECK(visits[0].end == 540 * 60);
        CHECK_FALSE(visits[0].assumed);
    }
    SECTION("a check-in without check-out gets the default stay") {
        const auto visits = buildVisits(7, {at(0, "in"), at(2, "in")}, options);
        REQUIRE(visits.size() == 1);
        CHECK(visits[0].end == 60 * 60);
        CHECK(visits[0].assumed);
        options.defaultStayMinutes = 90;
        CHECK(buildVisits(7, {at(0, "in")}, options)[0].end == 90 * 60);
    }
    SECTION("a check-out without check-in began the default stay before") {
        const auto visits = buildVisits(7, {at(100, "out")}, options);
        REQUIRE(visits.size() == 1);
        CHECK(visits[0].start == 40 * 60);
        CHECK(visits[0].assumed);
    }
    SECTION("a check-out too long after the check-in is a visit of its own") {
        const auto visits = buildVisits(7, {at(0, "in"), at(13 * 60, "out")}, options);
        REQUIRE(visits.size() == 2);
        CHECK(visits[0].assumed);
        CHECK(visits[1].start == 12 * 3600);
    }
    SECTION("coming back after checking out is a new visit") {
        const auto visits =
            buildVisits(7, {at(0, "in"), at(30, "out"), at(40, "in"), at(50, "out")}, options);
        CHECK(visits.size() == 2);
    }
}

TEST_CASE("minutes between visits", "[trace]") {
    CHECK(secondsApart(0, 100, 50, 200) == 0);
    CHECK(secondsApart(0, 100, 100, 200) == 0);
    CHECK(secondsApart(0, 100, 130, 200) == 30);
    CHECK(secondsApart(130, 200, 0, 100) == 30);
}
