// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"

#include <QTimeZone>

#include <atomic>
#include <limits>

namespace cd::clock {
namespace {

// INT64_MIN means "not fixed": the system clock.
constexpr qint64 kNotFixed = std::numeric_limits<qint64>::min();
std::atomic<qint64> fixedNow{kNotFixed};

} // namespace

qint64 nowSeconds() {
    const qint64 fixed = fixedNow.load();
    return fixed != kNotFixed ? fixed : QDateTime::currentSecsSinceEpoch();
}

QDateTime nowUtc() {
    return QDateTime::fromSecsSinceEpoch(nowSeconds(), QTimeZone::utc());
}

QDateTime nowInVietnam() {
    return QDateTime::fromSecsSinceEpoch(nowSeconds(), QTimeZone(int(kVietnamOffsetSeconds)));
}

QDate vietnamDate(qint64 epochSeconds) {
    const qint64 local = epochSeconds + kVietnamOffsetSeconds;
    const qint64 day = local >= 0 ? local / 86400 : (local - 86399) / 86400;
    return QDate(1970, 1, 1).addDays(day);
}

QDate today() {
    return vietnamDate(nowSeconds());
}

FixedForTesting::FixedForTesting(qint64 epochSeconds) {
    const qint64 previous = fixedNow.exchange(epochSeconds);
    if (previous != kNotFixed)
        m_previous = previous;
}

FixedForTesting::~FixedForTesting() {
    fixedNow.store(m_previous.value_or(kNotFixed));
}

} // namespace cd::clock
