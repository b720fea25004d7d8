// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/Error.h"

#include <QDate>
#include <QString>

namespace cd::scantime {

// Vietnam keeps UTC+7 all year: no daylight saving, so an offset is all a time zone needs to be.
inline constexpr qint64 kVietnamOffsetSeconds = clock::kVietnamOffsetSeconds;

// Reads a scan time as exports write it and returns seconds since the Unix epoch (UTC):
//   dd/MM/yyyy HH:mm[:ss], dd-MM-yyyy HH:mm[:ss], yyyy-MM-dd HH:mm[:ss] (also the text of Excel date-time
//   cells), ISO 8601 with T and an offset or Z (yyyy-MM-ddTHH:mm:ss[.sss]+07:00).
// Times without an offset are Vietnam time. Refused, with the reason: a date without a time, a time in
// the future (after `now`), a time before 2020, anything else. Written by hand rather than with
// QDateTime::fromString: imports read millions of these.
Result<qint64> parse(QStringView text, qint64 now);

// The Vietnam calendar day of an instant, as days since 1970-01-01, and back.
qint64 vietnamDay(qint64 epochSeconds);
QDate dayToDate(qint64 day);
qint64 dateToDay(const QDate &date);

// "24/08/2021 07:30:05" in Vietnam time.
QString toVietnamText(qint64 epochSeconds);

} // namespace cd::scantime
