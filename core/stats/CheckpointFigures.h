// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "units/AdminUnit.h"

#include <QDate>
#include <QSqlDatabase>
#include <QVector>

// Internal to core/stats: the figures of every checkpoint for a period, read from daily_counts in one
// statement, which the unit table, the checkpoint lists and the series all sum in their own way.
namespace cd::stats {

struct CheckpointFigures {
    qint64 id = 0;
    QString communeCode;
    bool counted = false; // registered by as_of and not closed before from: the annex counts it
    bool registeredByAsOf = false;
    bool closedByAsOf = false;
    qint64 scans = 0;   // from … as_of
    qint64 scans7d = 0; // as_of − 6 … as_of
    QDate lastScanDay;  // ≤ as_of, invalid when never scanned (read only when asked for)
};

// withLastScan adds the last scan day of each checkpoint, which costs a pass over all its past days.
Result<QVector<CheckpointFigures>> checkpointFigures(const QSqlDatabase &db, const QDate &from,
                                                     const QDate &asOf, bool withLastScan);

// The period's checks shared by every statistics query: as_of given, from defaulting to 1 January of
// as_of's year, from ≤ as_of.
Result<QDate> periodStart(const QDate &asOf, const QDate &from);

// The communes of the office's area that make up `unitCode` (a commune, a district, the province; empty:
// the whole area), in the office's order; an error names a code outside the area.
Result<AdminUnits> communesOf(const QSqlDatabase &db, const QString &unitCode);

} // namespace cd::stats
