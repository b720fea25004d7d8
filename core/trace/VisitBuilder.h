// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TraceTypes.h"

namespace cd::trace {

struct ScanPoint {
    qint64 when = 0;
    QString direction; // "", "in" or "out"
};

// Turns one person's scans at one checkpoint, oldest first, into visits:
// - scans no more than mergeGapMinutes apart are one visit (a double scan is not two visits);
// - a check-in and the next check-out at most maxStayHours later are the interval [in, out];
// - a check-in without a check-out lasts defaultStayMinutes, a check-out without a check-in began
//   defaultStayMinutes before it; both are marked assumed;
// - scans without a direction (most exports) are points: a visit spans its first to its last scan.
// Each scan's visit index (relative to the returned list) goes to `visitOfScan` when given.
QVector<Visit> buildVisits(qint64 checkpointId, const QVector<ScanPoint> &scans, const TraceOptions &options,
                           QVector<int> *visitOfScan = nullptr);

// Seconds between two intervals, 0 when they overlap or touch.
inline qint64 secondsApart(qint64 aStart, qint64 aEnd, qint64 bStart, qint64 bEnd) {
    const qint64 gap = std::max(aStart, bStart) - std::min(aEnd, bEnd);
    return gap > 0 ? gap : 0;
}

} // namespace cd::trace
