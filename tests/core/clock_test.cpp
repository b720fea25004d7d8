// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "common/Clock.h"
#include "common/VnFormat.h"

#include <QTimeZone>

using namespace cd;

TEST_CASE("the clock's today is Vietnam's calendar day, whatever the machine's time zone", "[clock]") {
    // 01/12/2026 19:53 UTC is 02:53 on 02/12 in Vietnam.
    const qint64 instant = QDateTime(QDate(2026, 12, 1), QTime(19, 53), QTimeZone::utc()).toSecsSinceEpoch();
    {
        const clock::FixedForTesting fixed(instant);
        CHECK(clock::nowSeconds() == instant);
        CHECK(clock::today() == QDate(2026, 12, 2));
        CHECK(clock::nowInVietnam().time() == QTime(2, 53));
        CHECK(format::dateTime(clock::nowUtc()) == QStringLiteral("02/12/2026 02:53"));
        {
            const clock::FixedForTesting earlier(instant - 3600);
            CHECK(clock::today() == QDate(2026, 12, 2));
            CHECK(clock::nowSeconds() == instant - 3600);
        }
        CHECK(clock::nowSeconds() == instant);
    }
    // Unfixed, it is the system clock.
    const qint64 system = QDateTime::currentSecsSinceEpoch();
    CHECK(qAbs(clock::nowSeconds() - system) <= 2);
    CHECK(clock::vietnamDate(instant - 3 * 3600) == QDate(2026, 12, 1));
}
