// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the date and time parser of scan and register imports (intake/DateTimeText.h):
// parseDateTime in each DateOrder, parseTimeOfDay, orderHint and DateOrderEvidence.
//
// The first byte is the mode (see FuzzInput.h), the rest the text of a cell:
//   0 (and 5-7): parseDateTime in all three orders, with the invariants that tie them together;
//   1: DayFirst; 2: MonthFirst; 3: Automatic; 4: parseTimeOfDay.
// Every text is also noted in a DateOrderEvidence beside one value of each order, so that its decision
// and its conflict message are computed too.
//
// Invariants (a broken one traps):
//  - what parses is a date the parser itself calls valid (1900-2200, a real day of a real month), and a
//    time of day (hour 0-23 or none, minutes and seconds 0-59, an offset of at most ±14:59);
//  - what parses, written back as ISO 8601, parses again to the same parts in every order;
//  - Automatic reads as DayFirst (documented);
//  - when the two orders read the same text as two different dates, orderHint says Either, so the
//    evidence of a file sees every value whose order is open;
//  - parseTimeOfDay gives a time and no date.
#include "FuzzInput.h"

#include "intake/DateTimeText.h"

#include <cstdlib>

using namespace cd;
using namespace cd::intake;

namespace {

bool validDate(int y, int m, int d) {
    static const int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1)
        return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= lengths[m - 1] + (m == 2 && leap ? 1 : 0);
}

bool validTime(const DateTimeParts &p) {
    if (p.hour < -1 || p.hour > 23)
        return false;
    if (p.minute < 0 || p.minute > 59 || p.second < 0 || p.second > 59)
        return false;
    return !p.offsetSeconds ||
           (*p.offsetSeconds % 60 == 0 && std::abs(*p.offsetSeconds) <= 14 * 3600 + 59 * 60);
}

bool same(const DateTimeParts &a, const DateTimeParts &b) {
    return a.year == b.year && a.month == b.month && a.day == b.day && a.hour == b.hour &&
           a.minute == b.minute && a.second == b.second && a.offsetSeconds == b.offsetSeconds;
}

bool same(const Result<DateTimeParts> &a, const Result<DateTimeParts> &b) {
    return a.ok() == b.ok() && (!a.ok() || same(*a, *b));
}

QString iso(const DateTimeParts &p) {
    QString text = QStringLiteral("%1-%2-%3")
                       .arg(p.year, 4, 10, QChar(u'0'))
                       .arg(p.month, 2, 10, QChar(u'0'))
                       .arg(p.day, 2, 10, QChar(u'0'));
    if (!p.hasTime())
        return text;
    text += QStringLiteral("T%1:%2:%3")
                .arg(p.hour, 2, 10, QChar(u'0'))
                .arg(p.minute, 2, 10, QChar(u'0'))
                .arg(p.second, 2, 10, QChar(u'0'));
    if (p.offsetSeconds) {
        const int offset = std::abs(*p.offsetSeconds);
        text += QStringLiteral("%1%2:%3")
                    .arg(QChar(*p.offsetSeconds < 0 ? u'-' : u'+'))
                    .arg(offset / 3600, 2, 10, QChar(u'0'))
                    .arg(offset / 60 % 60, 2, 10, QChar(u'0'));
    }
    return text;
}

void checkDateTime(const Result<DateTimeParts> &parsed) {
    if (!parsed) {
        CD_FUZZ_CHECK(!parsed.error().message.isEmpty());
        return;
    }
    CD_FUZZ_CHECK(validDate(parsed->year, parsed->month, parsed->day));
    CD_FUZZ_CHECK(validTime(*parsed));
    const QString written = iso(*parsed);
    for (const DateOrder order : {DateOrder::Automatic, DateOrder::DayFirst, DateOrder::MonthFirst}) {
        const auto again = parseDateTime(written, order);
        CD_FUZZ_CHECK(again.ok() && same(*again, *parsed));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const fuzz::Input input = fuzz::inputOf(data, size);
    const QString &text = input.text;
    switch (input.mode) {
    case 1:
        checkDateTime(parseDateTime(text, DateOrder::DayFirst));
        break;
    case 2:
        checkDateTime(parseDateTime(text, DateOrder::MonthFirst));
        break;
    case 3:
        checkDateTime(parseDateTime(text, DateOrder::Automatic));
        break;
    case 4: {
        const auto time = parseTimeOfDay(text);
        if (time) {
            CD_FUZZ_CHECK(time->hasTime() && time->year == 0 && validTime(*time));
        } else {
            CD_FUZZ_CHECK(!time.error().message.isEmpty());
        }
        break;
    }
    default: {
        const auto automatic = parseDateTime(text, DateOrder::Automatic);
        const auto dayFirst = parseDateTime(text, DateOrder::DayFirst);
        const auto monthFirst = parseDateTime(text, DateOrder::MonthFirst);
        checkDateTime(dayFirst);
        checkDateTime(monthFirst);
        CD_FUZZ_CHECK(same(automatic, dayFirst));
        if (dayFirst && monthFirst && !same(*dayFirst, *monthFirst))
            CD_FUZZ_CHECK(orderHint(text) == OrderHint::Either);
        break;
    }
    }

    DateOrderEvidence evidence;
    evidence.note(1, text);
    evidence.note(2, u"13/08/2021 08:15");
    evidence.note(3, u"08/25/2021");
    CD_FUZZ_CHECK(evidence.dayFirstSeen() && evidence.monthFirstSeen());
    CD_FUZZ_CHECK(evidence.decide(DateOrder::Automatic) == DateOrder::Automatic);
    CD_FUZZ_CHECK(!evidence.assumed(DateOrder::Automatic));
    CD_FUZZ_CHECK(!evidence.conflictMessage().isEmpty());
    DateOrderEvidence alone;
    alone.note(1, text);
    alone.decide(DateOrder::Automatic);
    CD_FUZZ_CHECK(alone.assumed(DateOrder::Automatic) == (orderHint(text) == OrderHint::Either));
    return 0;
}
