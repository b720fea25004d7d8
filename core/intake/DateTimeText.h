// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QStringView>

#include <optional>

namespace cd::intake {

// How a file writes a/b/yyyy: decided per file from its values (see DateOrderEvidence), or forced.
enum class DateOrder { Automatic, DayFirst, MonthFirst };

// A date and maybe a time as a cell wrote them, before any time zone is applied.
struct DateTimeParts {
    int year = 0, month = 0, day = 0;
    int hour = -1, minute = 0, second = 0; // hour -1: no time written
    std::optional<int> offsetSeconds;      // written as Z or ±hh:mm
    bool hasTime() const { return hour >= 0; }
};

// Reads a date, or a date and a time, as exports and registers write them:
//  - dates: yyyy-MM-dd, yyyy/MM/dd, and a/b/yyyy, a-b-yyyy, a.b.yyyy, a/b/yy in the given order (day first
//    when Automatic);
//  - times: H:mm, H:mm:ss[.fff], 8h15, with AM/PM or the Vietnamese SA/CH, and an ISO offset (Z, +07:00);
//  - the time before or after the date ("08:15 24/08/2021", "2021-08-24T08:15:00+07:00");
//  - Excel serial numbers (44432.34375) and Unix times in seconds or milliseconds.
// Written by hand rather than with QDateTime::fromString: imports read millions of these.
Result<DateTimeParts> parseDateTime(QStringView text, DateOrder order);

// A time of day alone ("08:15", "8h15 CH", or an Excel time fraction 0.34375), for a time column beside a
// date column.
Result<DateTimeParts> parseTimeOfDay(QStringView text);

// What a value says about the file's date order: a/b/yyyy with a > 12 can only be day first, with b > 12
// only month first; with both at most 12 it could be either; a value without a/b/yyyy says nothing.
enum class OrderHint { None, Either, DayFirst, MonthFirst };
OrderHint orderHint(QStringView text);

// Collects the evidence of a file and decides its order.
class DateOrderEvidence {
    Q_DECLARE_TR_FUNCTIONS(DateOrderEvidence)

public:
    void note(qint64 line, QStringView text);
    bool dayFirstSeen() const { return m_dayFirst > 0; }
    bool monthFirstSeen() const { return m_monthFirst > 0; }
    // The order to read the file in when `wanted` is Automatic; Automatic when the evidence conflicts.
    DateOrder decide(DateOrder wanted) const;
    // Whether the order was assumed: the file has a/b/yyyy dates and none of them decides.
    bool assumed(DateOrder wanted) const;
    // "dates are written both ways: day first on lines 4, 9 (24/08/2021), month first on lines 12
    // (08/25/2021)".
    QString conflictMessage() const;

private:
    qint64 m_dayFirst = 0;
    qint64 m_monthFirst = 0;
    qint64 m_either = 0;
    QList<qint64> m_dayFirstLines;
    QList<qint64> m_monthFirstLines;
    QString m_dayFirstExample;
    QString m_monthFirstExample;
};

} // namespace cd::intake
