// SPDX-License-Identifier: GPL-3.0-or-later
#include "VisitBuilder.h"

#include <optional>

namespace cd::trace {
namespace {

const QString kIn = QStringLiteral("in");
const QString kOut = QStringLiteral("out");

struct OpenVisit {
    Visit visit;
    qint64 lastScan = 0;
    bool checkedIn = false;  // a scan with direction "in" started it
    bool checkedOut = false; // closed by a check-out
};

} // namespace

QVector<Visit> buildVisits(qint64 checkpointId, const QVector<ScanPoint> &scans, const TraceOptions &options,
                           QVector<int> *visitOfScan) {
    const qint64 mergeGap = qint64(options.mergeGapMinutes) * 60;
    const qint64 stay = qint64(options.defaultStayMinutes) * 60;
    const qint64 maxStay = qint64(options.maxStayHours) * 3600;
    QVector<Visit> visits;
    if (visitOfScan)
        *visitOfScan = QVector<int>(scans.size(), -1);
    std::optional<OpenVisit> open;

    auto close = [&] {
        if (!open)
            return;
        Visit &v = open->visit;
        if (!open->checkedOut) {
            v.end = open->lastScan;
            if (open->checkedIn) {
                v.end = std::max(v.end, v.start + stay);
                v.assumed = true;
            }
        }
        visits.append(v);
        open.reset();
    };

    for (qsizetype i = 0; i < scans.size(); ++i) {
        const ScanPoint &scan = scans[i];
        const bool isOut = scan.direction == kOut;
        bool merged = false;
        if (open) {
            const qint64 sinceLast = scan.when - open->lastScan;
            if (!open->checkedOut) {
                // A check-out closes the stay it ends: any length up to maxStay after a check-in, else a
                // check-out right after plain scans.
                if (isOut &&
                    (open->checkedIn ? scan.when - open->visit.start <= maxStay : sinceLast <= mergeGap)) {
                    open->visit.end = scan.when;
                    open->checkedOut = true;
                    open->visit.assumed = false;
                    merged = true;
                } else if (!isOut && sinceLast <= mergeGap) {
                    open->checkedIn = open->checkedIn || scan.direction == kIn;
                    merged = true;
                }
            } else if (isOut && sinceLast <= mergeGap) {
                open->visit.end = scan.when; // a double check-out
                merged = true;
            }
        }
        if (merged) {
            open->lastScan = scan.when;
            ++open->visit.scans;
        } else {
            close();
            open = OpenVisit{};
            open->visit.checkpointId = checkpointId;
            open->visit.start = scan.when;
            open->visit.end = scan.when;
            open->visit.scans = 1;
            open->lastScan = scan.when;
            open->checkedIn = scan.direction == kIn;
            if (isOut) { // a check-out whose check-in was not scanned
                open->visit.start = scan.when - stay;
                open->visit.assumed = true;
                open->checkedOut = true;
            }
        }
        if (visitOfScan)
            (*visitOfScan)[i] = int(visits.size());
    }
    close();
    return visits;
}

} // namespace cd::trace
