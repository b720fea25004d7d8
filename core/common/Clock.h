// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

// The one clock of the program. Vietnam keeps UTC+7 all year (no daylight saving), and the calendar day
// that counts is Vietnam's whatever the machine's time zone: a report printed at 02:00 in Hà Nội on a PC
// set to UTC is dated that Vietnamese day. Every "now" and "today" in the core, the CLI and the GUI comes
// from here, so that tests can fix it and no figure depends on the machine's settings.
namespace cd::clock {

inline constexpr qint64 kVietnamOffsetSeconds = 7 * 3600;

// Seconds since the Unix epoch.
qint64 nowSeconds();
// Now, in UTC (for stamps stored in the database).
QDateTime nowUtc();
// The same instant as a wall-clock time in Vietnam (a QDateTime with a +07:00 offset).
QDateTime nowInVietnam();
// Today's date in Vietnam.
QDate today();
// The Vietnam calendar day of an instant.
QDate vietnamDate(qint64 epochSeconds);

// Fixes the clock while it lives (tests only; not thread-safe against a running clock reader).
class FixedForTesting {
public:
    explicit FixedForTesting(qint64 epochSeconds);
    ~FixedForTesting();
    FixedForTesting(const FixedForTesting &) = delete;
    FixedForTesting &operator=(const FixedForTesting &) = delete;

private:
    std::optional<qint64> m_previous;
};

} // namespace cd::clock
