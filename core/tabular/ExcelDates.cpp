// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExcelDates.h"

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

#include <cmath>

namespace cd::tabular {
namespace {

constexpr double kLastSerial = 2958465.0; // 9999-12-31, the last date Excel shows
constexpr qint64 kSecondsPerDay = 86400;

bool isTimeBracket(QStringView content) {
    // Elapsed time: [h], [mm], [ss]. Anything else in brackets is a colour, condition or locale.
    if (content.isEmpty())
        return false;
    const QChar first = content.front().toLower();
    if (first != u'h' && first != u'm' && first != u's')
        return false;
    for (const QChar ch : content) {
        if (ch.toLower() != first)
            return false;
    }
    return true;
}

QDate dateOfDay(qint64 day, bool date1904) {
    if (date1904)
        return QDate(1904, 1, 1).addDays(day);
    // The 1900 system counts 1900-02-29, which never was (a Lotus 1-2-3 bug Excel kept): serial 60.
    if (day < 60)
        return QDate(1899, 12, 31).addDays(day);
    if (day == 60)
        return QDate(1900, 2, 28);
    return QDate(1899, 12, 30).addDays(day);
}

} // namespace

DateKind builtInDateKind(int numFmtId) {
    if (numFmtId >= 14 && numFmtId <= 17)
        return DateKind::Date;
    if ((numFmtId >= 18 && numFmtId <= 21) || (numFmtId >= 45 && numFmtId <= 47))
        return DateKind::Time;
    if (numFmtId == 22)
        return DateKind::DateTime;
    return DateKind::None;
}

DateKind dateKindOfFormat(QStringView code) {
    bool date = false;
    bool time = false;
    bool month = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar ch = code[i].toLower();
        const QStringView rest = code.sliced(i);
        if (ch == u'"') {
            const qsizetype close = code.indexOf(u'"', i + 1);
            i = close < 0 ? code.size() : close;
        } else if (ch == u'\\' || ch == u'_' || ch == u'*') {
            ++i; // the next character is literal, a width or a fill
        } else if (ch == u'[') {
            const qsizetype close = code.indexOf(u']', i + 1);
            const qsizetype end = close < 0 ? code.size() : close;
            time = time || isTimeBracket(code.sliced(i + 1, end - i - 1));
            i = end;
        } else if (rest.startsWith(u"general", Qt::CaseInsensitive)) {
            i += 6;
        } else if (rest.startsWith(u"am/pm", Qt::CaseInsensitive)) {
            time = true;
            i += 4;
        } else if (rest.startsWith(u"a/p", Qt::CaseInsensitive)) {
            time = true;
            i += 2;
        } else if (ch == u'd' || ch == u'y') {
            date = true;
        } else if (ch == u'h' || ch == u's') {
            time = true;
        } else if (ch == u'm') {
            month = true;
        }
    }
    // "m" is minutes next to hours or seconds, the month otherwise.
    date = date || (month && !time);
    if (date && time)
        return DateKind::DateTime;
    if (date)
        return DateKind::Date;
    return time ? DateKind::Time : DateKind::None;
}

QVariant excelSerialToValue(double serial, DateKind kind, bool date1904) {
    if (kind == DateKind::None || !std::isfinite(serial) || serial < 0 || serial > kLastSerial)
        return {};
    qint64 day = qint64(std::floor(serial));
    qint64 seconds = std::llround((serial - double(day)) * double(kSecondsPerDay));
    if (seconds >= kSecondsPerDay) {
        ++day;
        seconds -= kSecondsPerDay;
    }
    const QTime time = QTime(0, 0).addSecs(int(seconds));
    // A time format on a serial below 1 is a time of day; on a larger one, a date the sheet shows only
    // the time of.
    if (kind == DateKind::Time && day == 0)
        return time;
    // Serial 0 in the 1900 system is "1900-01-00": no date at all.
    if (day == 0 && !date1904)
        return {};
    if (kind == DateKind::Date)
        return dateOfDay(day, date1904);
    // The wall-clock time the sheet shows, kept apart from any time zone: a local QDateTime would move
    // it across a daylight-saving change of the machine's zone.
    return QDateTime(dateOfDay(day, date1904), time, QTimeZone::utc());
}

QString dateValueText(const QVariant &value) {
    // Formatted by hand: QDate::toString() parses its format string on every call, and a scan log can
    // have a million date cells.
    QString text;
    const auto appendNumber = [&text](int number, int width, char16_t separator) {
        if (separator)
            text += QChar(separator);
        const QString digits = QString::number(number);
        for (qsizetype pad = digits.size(); pad < width; ++pad)
            text += u'0';
        text += digits;
    };
    const auto appendDate = [&](QDate date) {
        appendNumber(date.year(), 4, 0);
        appendNumber(date.month(), 2, u'-');
        appendNumber(date.day(), 2, u'-');
    };
    const auto appendTime = [&](QTime time, char16_t separator) {
        appendNumber(time.hour(), 2, separator);
        appendNumber(time.minute(), 2, u':');
        appendNumber(time.second(), 2, u':');
    };
    switch (value.typeId()) {
    case QMetaType::QDate:
        appendDate(value.toDate());
        break;
    case QMetaType::QTime:
        appendTime(value.toTime(), 0);
        break;
    case QMetaType::QDateTime: {
        const QDateTime dateTime = value.toDateTime();
        appendDate(dateTime.date());
        appendTime(dateTime.time(), u' ');
        break;
    }
    default:
        return value.toString();
    }
    return text;
}

} // namespace cd::tabular
