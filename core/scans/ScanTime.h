// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/Error.h"
#include "intake/DateTimeText.h"

#include <QDate>
#include <QString>

namespace cd::scantime {

// Vietnam keeps UTC+7 all year: no daylight saving, so an offset is all a time zone needs to be.
inline constexpr qint64 kVietnamOffsetSeconds = clock::kVietnamOffsetSeconds;

// Reads a scan time as exports write it (see intake::parseDateTime for the forms) and returns seconds
// since the Unix epoch (UTC). Times without an offset are Vietnam time. Refused, with the reason: a date
// without a time, a time in the future (after `now`), a time before 2020, anything else.
Result<qint64> parse(QStringView text, qint64 now, intake::DateOrder order = intake::DateOrder::DayFirst);
// The same for a date and time already read.
Result<qint64> toInstant(const intake::DateTimeParts &parts, QStringView text, qint64 now);

// The Vietnam calendar day of an instant, as days since 1970-01-01, and back.
qint64 vietnamDay(qint64 epochSeconds);
QDate dayToDate(qint64 day);
qint64 dateToDay(const QDate &date);

// "24/08/2021 07:30:05" in Vietnam time.
QString toVietnamText(qint64 epochSeconds);

} // namespace cd::scantime
