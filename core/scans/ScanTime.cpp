// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScanTime.h"

#include "common/VietnameseText.h"

#include <QCoreApplication>
#include <QDateTime>

namespace cd::scantime {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("cd::scantime", text);
}

// Days from 1970-01-01 to a civil date (proleptic Gregorian), after Howard Hinnant's algorithm.
qint64 daysFromCivil(int y, int m, int d) {
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = int(y - era * 400);
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

} // namespace

Result<qint64> toInstant(const intake::DateTimeParts &parts, QStringView text, qint64 now) {
    if (!parts.hasTime())
        return makeError(tr("%1 has a date but no time").arg(text::quoted(text.trimmed().toString())));
    const qint64 offset = parts.offsetSeconds.value_or(int(kVietnamOffsetSeconds));
    const qint64 seconds = daysFromCivil(parts.year, parts.month, parts.day) * 86400 + parts.hour * 3600 +
                           parts.minute * 60 + parts.second - offset;
    if (parts.year < 2020)
        return makeError(
            tr("%1 is before 2020, before any QR check-in").arg(text::quoted(text.trimmed().toString())));
    if (seconds > now)
        return makeError(tr("%1 is in the future").arg(text::quoted(text.trimmed().toString())));
    return seconds;
}

Result<qint64> parse(QStringView text, qint64 now, intake::DateOrder order) {
    const auto parts = intake::parseDateTime(text, order);
    if (!parts)
        return parts.error();
    return toInstant(parts.value(), text, now);
}

qint64 vietnamDay(qint64 epochSeconds) {
    const qint64 local = epochSeconds + kVietnamOffsetSeconds;
    return local >= 0 ? local / 86400 : (local - 86399) / 86400;
}

QDate dayToDate(qint64 day) {
    return QDate(1970, 1, 1).addDays(day);
}

qint64 dateToDay(const QDate &date) {
    return QDate(1970, 1, 1).daysTo(date);
}

QString toVietnamText(qint64 epochSeconds) {
    return QDateTime::fromSecsSinceEpoch(epochSeconds + kVietnamOffsetSeconds, Qt::UTC)
        .toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
}

} // namespace cd::scantime
