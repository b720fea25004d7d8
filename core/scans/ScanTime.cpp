// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScanTime.h"

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

bool validDate(int y, int m, int d) {
    static const int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1)
        return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= lengths[m - 1] + (m == 2 && leap ? 1 : 0);
}

// A cursor over the text that reads unsigned numbers and single separators.
struct Cursor {
    QStringView text;
    qsizetype pos = 0;

    bool atEnd() const { return pos >= text.size(); }
    QChar peek() const { return atEnd() ? QChar() : text[pos]; }
    int number(int minDigits, int maxDigits) {
        int value = 0;
        int digits = 0;
        while (!atEnd() && digits < maxDigits && text[pos].unicode() >= u'0' && text[pos].unicode() <= u'9') {
            value = value * 10 + (text[pos].unicode() - u'0');
            ++pos;
            ++digits;
        }
        return digits >= minDigits ? value : -1;
    }
    bool accept(QChar ch) {
        if (peek() != ch)
            return false;
        ++pos;
        return true;
    }
    void skipSpaces() {
        while (!atEnd() && (text[pos] == u' ' || text[pos] == u'\t'))
            ++pos;
    }
};

} // namespace

Result<qint64> parse(QStringView input, qint64 now) {
    const QStringView text = input.trimmed();
    Cursor c{text};
    int year = 0, month = 0, day = 0;
    const int first = c.number(1, 4);
    if (first < 0)
        return makeError(tr("“%1” is not a time").arg(text));
    if (c.pos == 4 && c.accept(u'-')) { // yyyy-MM-dd
        year = first;
        month = c.number(1, 2);
        if (!c.accept(u'-'))
            return makeError(tr("“%1” is not a time").arg(text));
        day = c.number(1, 2);
    } else if (c.pos <= 2 && (c.peek() == u'/' || c.peek() == u'-' || c.peek() == u'.')) { // dd/MM/yyyy
        const QChar separator = c.peek();
        c.accept(separator);
        day = first;
        month = c.number(1, 2);
        if (!c.accept(separator))
            return makeError(tr("“%1” is not a time").arg(text));
        year = c.number(4, 4);
    } else {
        return makeError(tr("“%1” is not a time (write dd/MM/yyyy HH:mm:ss)").arg(text));
    }
    if (year < 0 || month < 0 || day < 0 || !validDate(year, month, day))
        return makeError(tr("“%1” is not a valid date").arg(text));

    const bool hasT = c.accept(u'T');
    if (!hasT)
        c.skipSpaces();
    if (c.atEnd())
        return makeError(tr("“%1” has a date but no time").arg(text));
    const int hour = c.number(1, 2);
    if (hour < 0 || !c.accept(u':'))
        return makeError(tr("“%1” is not a time").arg(text));
    const int minute = c.number(2, 2);
    int second = 0;
    if (c.accept(u':'))
        second = c.number(2, 2);
    if (c.accept(u'.') || c.accept(u',')) // fractions of a second: scans count to the second
        c.number(1, 9);
    if (hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
        return makeError(tr("“%1” is not a valid time of day").arg(text));

    qint64 offset = kVietnamOffsetSeconds;
    c.skipSpaces();
    if (c.accept(u'Z')) {
        offset = 0;
    } else if (c.peek() == u'+' || c.peek() == u'-') {
        const int sign = c.peek() == u'-' ? -1 : 1;
        ++c.pos;
        const int hours = c.number(2, 2);
        c.accept(u':');
        const int minutes = c.atEnd() ? 0 : c.number(2, 2);
        if (hours < 0 || minutes < 0 || hours > 14)
            return makeError(tr("“%1” has an invalid time-zone offset").arg(text));
        offset = sign * (hours * 3600 + minutes * 60);
    }
    if (!c.atEnd())
        return makeError(tr("“%1” is not a time").arg(text));

    const qint64 seconds =
        daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offset;
    if (year < 2020)
        return makeError(tr("%1 is before 2020, before any QR check-in").arg(text));
    if (seconds > now)
        return makeError(tr("%1 is in the future").arg(text));
    return seconds;
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
