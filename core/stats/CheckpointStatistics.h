// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QVector>

namespace cd {

// One checkpoint in the drill-down of a statistics row and in the follow-up list.
struct CheckpointStatisticsRow {
    qint64 checkpointId = 0;
    QString code, name, typeName, phone, address, communeCode, communeName;
    qint64 scans = 0;      // in the period
    qint64 scans7d = 0;    // as_of − 6 … as_of
    QDate lastScanDay;     // the last day with a scan, ever, up to as_of; invalid if never scanned
    bool inactive = false; // scanned once, but not in the last 7 days (or the N days asked for)
};

// Per-checkpoint figures, from daily_counts and the register (never the scan table).
class CheckpointStatisticsQuery {
    Q_DECLARE_TR_FUNCTIONS(CheckpointStatisticsQuery)

public:
    explicit CheckpointStatisticsQuery(QSqlDatabase db)
        : m_db(std::move(db)) {}

    // The checkpoints a row of the unit table counts (registered by as_of, not closed before from) and
    // any other with scans in the period, so that the scans add up to the row's. unitCode: a commune, a
    // district, or empty for the whole area. In the office's commune order, then by code. `from`
    // defaults to 1 January of as_of's year.
    Result<QVector<CheckpointStatisticsRow>> list(const QDate &asOf, const QDate &from = {},
                                                  const QString &unitCode = {}) const;

    // The follow-up list: open checkpoints that were scanned before the last `inactiveDays` days
    // (as_of − N + 1 … as_of) and not in them, the longest silent first (by last scan day, then in list
    // order). scans counts from 1 January of as_of's year.
    Result<QVector<CheckpointStatisticsRow>> inactive(const QDate &asOf, int inactiveDays = 7,
                                                      const QString &unitCode = {}) const;

private:
    Result<QVector<CheckpointStatisticsRow>> rows(const QDate &asOf, const QDate &from,
                                                  const QString &unitCode, int inactiveDays,
                                                  bool onlyInactive) const;

    QSqlDatabase m_db;
};

} // namespace cd
