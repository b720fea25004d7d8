// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateTimeText.h"

#include "ProblemList.h"
#include "common/VietnameseText.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace cd::intake {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("cd::intake", text);
}

bool validDate(int y, int m, int d) {
    static const int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1)
        return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= lengths[m - 1] + (m == 2 && leap ? 1 : 0);
}

// Civil date from days since 1970-01-01, after Howard Hinnant's algorithm.
void civilFromDays(qint64 z, int &y, int &m, int &d) {
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = int(z - era * 146097);
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = int(yoe + era * 400) + (m <= 2 ? 1 : 0);
}

struct Cursor {
    QStringView text;
    qsizetype pos = 0;

    bool atEnd() const { return pos >= text.size(); }
    char16_t peek(qsizetype ahead = 0) const {
        return pos + ahead < text.size() ? text[pos + ahead].toLower().unicode() : 0;
    }
    static bool isDigit(char16_t c) { return c >= u'0' && c <= u'9'; }
    // An unsigned number of minDigits..maxDigits digits, -1 when there is none; the digit count in `digits`.
    int number(int minDigits, int maxDigits, int *digits = nullptr) {
        const qsizetype start = pos;
        int value = 0;
        int count = 0;
        while (!atEnd() && count < maxDigits && isDigit(text[pos].unicode())) {
            value = value * 10 + (text[pos].unicode() - u'0');
            ++pos;
            ++count;
        }
        if (digits)
            *digits = count;
        if (count < minDigits) {
            pos = start;
            return -1;
        }
        return value;
    }
    bool accept(char16_t ch) {
        if (peek() != ch)
            return false;
        ++pos;
        return true;
    }
    void skipSpaces() {
        while (!atEnd() && text[pos].isSpace())
            ++pos;
    }
    bool acceptWord(QStringView word) {
        if (pos + word.size() > text.size())
            return false;
        for (qsizetype i = 0; i < word.size(); ++i) {
            if (text[pos + i].toLower() != word[i])
                return false;
        }
        // A whole word only.
        if (pos + word.size() < text.size() && text[pos + word.size()].isLetter())
            return false;
        pos += word.size();
        return true;
    }
};

// A date at the cursor; false (cursor unchanged) when there is none.
bool readDate(Cursor &c, DateOrder order, DateTimeParts &parts, bool &invalid) {
    const qsizetype start = c.pos;
    int digits = 0;
    const int first = c.number(1, 4, &digits);
    if (first < 0)
        return false;
    const char16_t separator = c.peek();
    if (separator != u'/' && separator != u'-' && separator != u'.') {
        c.pos = start;
        return false;
    }
    ++c.pos;
    const int second = c.number(1, 2);
    if (second < 0 || !c.accept(separator)) {
        c.pos = start;
        return false;
    }
    int lastDigits = 0;
    const int third = c.number(1, 4, &lastDigits);
    if (third < 0) {
        c.pos = start;
        return false;
    }
    if (digits == 4) { // yyyy-MM-dd
        parts.year = first;
        parts.month = second;
        parts.day = third;
        if (lastDigits > 2) {
            c.pos = start;
            return false;
        }
    } else {
        if (digits > 2 || (lastDigits != 4 && lastDigits != 2)) {
            c.pos = start;
            return false;
        }
        parts.year = lastDigits == 2 ? 2000 + third : third;
        const bool monthFirst = order == DateOrder::MonthFirst;
        parts.day = monthFirst ? second : first;
        parts.month = monthFirst ? first : second;
    }
    invalid = !validDate(parts.year, parts.month, parts.day);
    return true;
}

// A time at the cursor; false (cursor unchanged) when there is none; `invalid` when it reads as a time
// that cannot be.
bool readTime(Cursor &c, DateTimeParts &parts, bool &invalid) {
    const qsizetype start = c.pos;
    const int hour = c.number(1, 2);
    if (hour < 0)
        return false;
    int minute = 0;
    int second = 0;
    if (c.accept(u':')) {
        minute = c.number(2, 2);
        if (minute < 0) {
            c.pos = start;
            return false;
        }
        if (c.accept(u':')) {
            second = c.number(2, 2);
            if (second < 0) {
                c.pos = start;
                return false;
            }
            if (c.peek() == u'.' || c.peek() == u',') { // fractions of a second: scans count to the second
                const qsizetype mark = c.pos;
                ++c.pos;
                if (c.number(1, 9) < 0)
                    c.pos = mark;
            }
        }
    } else if (c.peek() == u'h' || c.peek() == u'g') { // 8h15, 08g15, 8h
        ++c.pos;
        minute = c.number(1, 2);
        if (minute < 0)
            minute = 0;
        c.accept(u'p');
    } else {
        c.pos = start;
        return false;
    }
    // AM/PM, or SA (sáng) / CH (chiều) as a Vietnamese Windows writes them.
    const qsizetype beforeMeridiem = c.pos;
    c.skipSpaces();
    int meridiem = 0; // 1 morning, 2 afternoon
    if (c.acceptWord(u"am") || c.acceptWord(u"a.m.") || c.acceptWord(u"sa") || c.acceptWord(u"sáng"))
        meridiem = 1;
    else if (c.acceptWord(u"pm") || c.acceptWord(u"p.m.") || c.acceptWord(u"ch") || c.acceptWord(u"chiều") ||
             c.acceptWord(u"tối"))
        meridiem = 2;
    else
        c.pos = beforeMeridiem;
    int h = hour;
    if (meridiem != 0) {
        if (hour < 1 || hour > 12)
            invalid = true;
        h = hour % 12 + (meridiem == 2 ? 12 : 0);
    }
    if (h > 23 || minute > 59 || second > 59)
        invalid = true;
    parts.hour = h;
    parts.minute = minute;
    parts.second = second;
    return true;
}

bool readOffset(Cursor &c, DateTimeParts &parts, bool &invalid) {
    const qsizetype start = c.pos;
    c.skipSpaces();
    if (c.accept(u'z')) {
        parts.offsetSeconds = 0;
        return true;
    }
    if (c.peek() == u'+' || c.peek() == u'-') {
        const int sign = c.peek() == u'-' ? -1 : 1;
        ++c.pos;
        const int hours = c.number(2, 2);
        if (hours < 0) {
            c.pos = start;
            return false;
        }
        c.accept(u':');
        int minutes = c.number(2, 2);
        if (minutes < 0)
            minutes = 0;
        if (hours > 14 || minutes > 59)
            invalid = true;
        parts.offsetSeconds = sign * (hours * 3600 + minutes * 60);
        return true;
    }
    c.pos = start;
    return false;
}

// Separators between a date and a time: spaces, "T", ",", " - ", the word "ngày", "lúc".
void skipBetween(Cursor &c) {
    for (bool more = true; more;) {
        const qsizetype before = c.pos;
        c.skipSpaces();
        c.accept(u',');
        c.accept(u'-');
        c.skipSpaces();
        c.acceptWord(u"ngày") || c.acceptWord(u"ngay") || c.acceptWord(u"lúc") || c.acceptWord(u"luc");
        c.skipSpaces();
        more = c.pos != before;
    }
}

// A number alone: an Excel serial (days since 1899-12-30, the fraction the time), or Unix seconds or
// milliseconds.
std::optional<Result<DateTimeParts>> readNumber(QStringView text) {
    qsizetype dot = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t ch = text[i].unicode();
        if ((ch == u'.' || ch == u',') && dot < 0)
            dot = i;
        else if (!Cursor::isDigit(ch))
            return std::nullopt;
    }
    const QStringView whole = dot < 0 ? text : text.first(dot);
    if (whole.isEmpty())
        return std::nullopt;
    DateTimeParts parts;
    if (dot < 0 && (whole.size() == 10 || whole.size() == 13)) {
        const qint64 value = whole.toLongLong();
        const qint64 seconds = whole.size() == 13 ? value / 1000 : value;
        const qint64 days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
        civilFromDays(days, parts.year, parts.month, parts.day);
        // Ten digits reach the year 2286: past the years a written date may have, the number is no time
        // (like a serial out of Excel's range below), not a scan in the 23rd century.
        if (!validDate(parts.year, parts.month, parts.day))
            return std::nullopt;
        const int secondOfDay = int(seconds - days * 86400);
        parts.hour = secondOfDay / 3600;
        parts.minute = secondOfDay / 60 % 60;
        parts.second = secondOfDay % 60;
        parts.offsetSeconds = 0;
        return Result<DateTimeParts>(parts);
    }
    QString number = text.toString();
    number.replace(u',', u'.');
    bool ok = false;
    const double serial = number.toDouble(&ok);
    if (!ok || serial < 20000 || serial >= 100000)
        return std::nullopt;
    // Rounded to the second: Excel stores 08:15:00 as 0.34374999…
    const qint64 totalSeconds = std::llround(serial * 86400.0);
    const qint64 days = totalSeconds / 86400 - 25569; // 1899-12-30 to 1970-01-01
    civilFromDays(days, parts.year, parts.month, parts.day);
    if (dot >= 0) {
        const int secondOfDay = int(totalSeconds % 86400);
        parts.hour = secondOfDay / 3600;
        parts.minute = secondOfDay / 60 % 60;
        parts.second = secondOfDay % 60;
    }
    return Result<DateTimeParts>(parts);
}

Error notATime(QStringView text) {
    return makeError(
        tr("%1 is not a date and time (write dd/MM/yyyy HH:mm:ss)").arg(text::quoted(text.toString())));
}

// Dates written with words, as web exports and typed documents have them, rewritten in numbers: month
// names ("Aug 24, 2021", "24-Aug-2021", "24 tháng 8 năm 2021") become ISO, which no date order can
// misread; weekdays ("Tue", "Thứ Ba", "T3", "CN"), "lúc", "GMT" and a zone's name in brackets go.
// Empty when there was nothing to rewrite.
QString withoutWords(QStringView input) {
    static const QStringList months{QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                    QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                    QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                    QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    constexpr auto options =
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
    static const QRegularExpression zoneName(QStringLiteral(R"(\([^)]*\))"));
    static const QRegularExpression weekday(
        QStringLiteral(
            R"(\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7]),?|)"
            R"(chủ\s+nhật,?|\bt[2-7]\b,?|\bcn\b,?|(?:vào\s+)?lúc\b)"),
        options);
    static const QRegularExpression gmt(QStringLiteral(R"(\b(?:gmt|utc)\b)"), options);
    static const QRegularExpression vietnamese(
        QStringLiteral(R"((?:ngày\s*)?(\d{1,2})\s*(?:tháng|thg)\s*(\d{1,2})\s*(?:năm|,|/)?\s*(\d{4}))"),
        options);
    static const QRegularExpression monthFirst(
        QStringLiteral(
            R"(\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s-]+(\d{1,2})(?:st|nd|rd|th)?,?[\s-]+(\d{4}))"),
        options);
    static const QRegularExpression dayFirst(
        QStringLiteral(
            R"(\b(\d{1,2})[\s-]+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?[\s-]+(\d{4}|\d{2})\b)"),
        options);
    const auto iso = [](int year, int month, int day) {
        return QStringLiteral("%1-%2-%3")
            .arg(year, 4, 10, QChar(u'0'))
            .arg(month, 2, 10, QChar(u'0'))
            .arg(day, 2, 10, QChar(u'0'));
    };
    const QString before = input.toString();
    QString text = before;
    if (const auto m = vietnamese.match(text); m.hasMatch())
        text.replace(m.capturedStart(), m.capturedLength(),
                     iso(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt()));
    if (const auto m = monthFirst.match(text); m.hasMatch())
        text.replace(m.capturedStart(), m.capturedLength(),
                     iso(m.captured(3).toInt(), int(months.indexOf(m.captured(1).toLower())) + 1,
                         m.captured(2).toInt()));
    if (const auto m = dayFirst.match(text); m.hasMatch()) {
        const int year = m.captured(3).size() == 2 ? 2000 + m.captured(3).toInt() : m.captured(3).toInt();
        text.replace(m.capturedStart(), m.capturedLength(),
                     iso(year, int(months.indexOf(m.captured(2).toLower())) + 1, m.captured(1).toInt()));
    }
    text.remove(zoneName);
    text.remove(weekday);
    text.remove(gmt);
    text = text.simplified();
    return text == before.simplified() ? QString() : text;
}

Result<DateTimeParts> parseNumbersOnly(QStringView input, DateOrder order);

} // namespace

Result<DateTimeParts> parseDateTime(QStringView input, DateOrder order) {
    const QStringView text = input.trimmed();
    const bool words = std::any_of(text.begin(), text.end(), [](QChar ch) { return ch.isLetter(); });
    auto plain = parseNumbersOnly(text, order);
    // Words are rare, and slow to read: only when the plain reading failed.
    if (plain || !words)
        return plain;
    if (const QString rewritten = withoutWords(text); !rewritten.isEmpty()) {
        if (auto again = parseNumbersOnly(rewritten, order))
            return again;
    }
    return plain;
}

namespace {

Result<DateTimeParts> parseNumbersOnly(QStringView input, DateOrder order) {
    const QStringView text = input.trimmed();
    if (text.isEmpty())
        return makeError(tr("the date is missing"));
    if (auto number = readNumber(text))
        return *number;
    Cursor c{text};
    DateTimeParts parts;
    bool invalidDate = false;
    bool invalidTime = false;
    if (readDate(c, order, parts, invalidDate)) {
        const qsizetype afterDate = c.pos;
        if (c.accept(u't') || (skipBetween(c), true)) {
            if (!readTime(c, parts, invalidTime))
                c.pos = afterDate;
        }
    } else if (readTime(c, parts, invalidTime)) {
        skipBetween(c);
        if (!readDate(c, order, parts, invalidDate))
            return notATime(text);
    } else {
        return notATime(text);
    }
    bool invalidOffset = false;
    if (parts.hasTime())
        readOffset(c, parts, invalidOffset);
    c.skipSpaces();
    if (!c.atEnd())
        return notATime(text);
    if (invalidDate)
        return makeError(tr("%1 is not a valid date").arg(text::quoted(text.toString())));
    if (invalidTime)
        return makeError(tr("%1 is not a valid time of day").arg(text::quoted(text.toString())));
    if (invalidOffset)
        return makeError(tr("%1 has an invalid time-zone offset").arg(text::quoted(text.toString())));
    return parts;
}

} // namespace

Result<DateTimeParts> parseTimeOfDay(QStringView input) {
    const QStringView text = input.trimmed();
    DateTimeParts parts;
    // An Excel time cell read without its format: a fraction of a day.
    if (text.startsWith(u"0.") || text.startsWith(u"0,") || text == u"0") {
        QString number = text.toString();
        number.replace(u',', u'.');
        bool ok = false;
        const double fraction = number.toDouble(&ok);
        if (ok && fraction >= 0 && fraction < 1) {
            const int seconds = int(std::llround(fraction * 86400.0)) % 86400;
            parts.hour = seconds / 3600;
            parts.minute = seconds / 60 % 60;
            parts.second = seconds % 60;
            return parts;
        }
    }
    Cursor c{text};
    bool invalid = false;
    if (!readTime(c, parts, invalid))
        return makeError(tr("%1 is not a time of day").arg(text::quoted(text.toString())));
    bool invalidOffset = false;
    readOffset(c, parts, invalidOffset);
    c.skipSpaces();
    if (!c.atEnd())
        return makeError(tr("%1 is not a time of day").arg(text::quoted(text.toString())));
    if (invalid || invalidOffset)
        return makeError(tr("%1 is not a valid time of day").arg(text::quoted(text.toString())));
    return parts;
}

namespace {

// The hint of a text as parseNumbersOnly reads it, without rewriting words.
OrderHint numbersOrderHint(QStringView text) {
    Cursor c{text};
    // The date may come after a time.
    for (int attempt = 0; attempt < 2; ++attempt) {
        const qsizetype start = c.pos;
        int digits = 0;
        const int first = c.number(1, 2, &digits);
        if (first >= 0 && (c.peek() == u'/' || c.peek() == u'-' || c.peek() == u'.')) {
            const char16_t separator = c.peek();
            ++c.pos;
            const int second = c.number(1, 2);
            int yearDigits = 0;
            if (second >= 0 && c.accept(separator) && c.number(2, 4, &yearDigits) >= 0 &&
                (yearDigits == 2 || yearDigits == 4)) {
                if (first > 12 && second <= 12)
                    return OrderHint::DayFirst;
                if (second > 12 && first <= 12)
                    return OrderHint::MonthFirst;
                return first <= 12 && second <= 12 ? OrderHint::Either : OrderHint::None;
            }
        }
        c.pos = start;
        // Skip a leading time: "08:15 08/24/2021".
        DateTimeParts ignored;
        bool invalid = false;
        if (attempt == 0 && readTime(c, ignored, invalid))
            skipBetween(c);
        else
            break;
    }
    return OrderHint::None;
}

} // namespace

OrderHint orderHint(QStringView input) {
    const QStringView text = input.trimmed();
    const OrderHint hint = numbersOrderHint(text);
    // parseDateTime reads a date among words once it has taken the words out ("Thứ Ba, 05/08/2021", "lúc
    // 08:15 ngày 05/08/2021"): the evidence of a file must see the same date, or a month-first file written
    // so is read day first and no order is said to be assumed. Only where parseDateTime goes to the words
    // too: they are slow, and ISO's "T" is a letter.
    const bool words = std::any_of(text.begin(), text.end(), [](QChar ch) { return ch.isLetter(); });
    if (hint != OrderHint::None || !words || parseNumbersOnly(text, DateOrder::DayFirst))
        return hint;
    const QString rewritten = withoutWords(text);
    return rewritten.isEmpty() ? hint : numbersOrderHint(rewritten);
}

void DateOrderEvidence::note(qint64 line, QStringView text) {
    const OrderHint hint = orderHint(text);
    if (hint == OrderHint::Either) {
        ++m_either;
    } else if (hint == OrderHint::DayFirst) {
        if (m_dayFirst++ == 0)
            m_dayFirstExample = text.trimmed().toString();
        if (m_dayFirstLines.size() < 5)
            m_dayFirstLines.append(line);
    } else if (hint == OrderHint::MonthFirst) {
        if (m_monthFirst++ == 0)
            m_monthFirstExample = text.trimmed().toString();
        if (m_monthFirstLines.size() < 5)
            m_monthFirstLines.append(line);
    }
}

DateOrder DateOrderEvidence::decide(DateOrder wanted) const {
    if (wanted != DateOrder::Automatic)
        return wanted;
    if (m_dayFirst > 0 && m_monthFirst > 0)
        return DateOrder::Automatic;
    return m_monthFirst > 0 ? DateOrder::MonthFirst : DateOrder::DayFirst;
}

bool DateOrderEvidence::assumed(DateOrder wanted) const {
    return wanted == DateOrder::Automatic && m_dayFirst == 0 && m_monthFirst == 0 && m_either > 0;
}

QString DateOrderEvidence::conflictMessage() const {
    return tr("dates are written both ways: day first on %1 (%2), month first on %3 (%4). Correct the file, "
              "or say which order it uses (--date-order dmy|mdy on the command line, “Dates” in the import "
              "dialog)")
        .arg(ProblemList::linesText(m_dayFirstLines, m_dayFirst), text::quoted(m_dayFirstExample),
             ProblemList::linesText(m_monthFirstLines, m_monthFirst), text::quoted(m_monthFirstExample));
}

} // namespace cd::intake
