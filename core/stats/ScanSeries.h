// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckpointStatistics.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QVector>

namespace cd {

struct SeriesPoint {
    QDate day;
    qint64 scans = 0;
};

// Scans over time for the charts and the "Theo ngày" sheet, from daily_counts (never the scan table).
// unitCode: a commune, a district, or empty for the whole area. from and to are inclusive.
class ScanSeriesQuery {
    Q_DECLARE_TR_FUNCTIONS(ScanSeriesQuery)

public:
    explicit ScanSeriesQuery(QSqlDatabase db)
        : m_db(std::move(db)) {}

    // One point per day from `from` to `to`, days without scans included as zeros.
    Result<QVector<SeriesPoint>> daily(const QDate &from, const QDate &to,
                                       const QString &unitCode = {}) const;
    // One point per week, weeks from Monday; `day` is the Monday (the first may fall before `from`, but
    // only days from `from` to `to` are counted).
    Result<QVector<SeriesPoint>> weekly(const QDate &from, const QDate &to,
                                        const QString &unitCode = {}) const;
    // The `limit` checkpoints with the most scans in the period (none without scans), most first; ties
    // in the office's commune order. scans7d and lastScanDay are as of `to`.
    Result<QVector<CheckpointStatisticsRow>> top(const QDate &from, const QDate &to, int limit,
                                                 const QString &unitCode = {}) const;
    // The last day anything was scanned, up to `until`; invalid when nothing was. One index look-up.
    Result<QDate> lastScanDay(const QDate &until) const;

private:
    QSqlDatabase m_db;
};

} // namespace cd
