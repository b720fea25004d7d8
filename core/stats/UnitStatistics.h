// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "units/AdminUnit.h"

#include <QDate>
#include <QSqlDatabase>
#include <QVector>

namespace cd {

// One row of the annex table of seed 000: a unit with its checkpoints and scans.
struct UnitStatisticsRow {
    int stt = 0;
    AdminUnit unit;
    qint64 checkpoints = 0; // registered by as_of and not closed before from
    qint64 active7d = 0;    // with at least one scan in as_of − 6 … as_of
    qint64 scans = 0;       // scans from `from` to as_of, inclusive
};

struct UnitStatistics {
    QDate from;
    QDate asOf;
    QVector<UnitStatisticsRow> rows; // in the office's order
    UnitStatisticsRow total;
};

// The commune table (district table for a province database) of the steering committee's report, from
// the per-checkpoint daily counts only: never a scan of the scan table.
class UnitStatisticsQuery {
public:
    explicit UnitStatisticsQuery(QSqlDatabase db)
        : m_db(std::move(db)) {}

    // `from` defaults to 1 January of as_of's year ("từ đầu năm").
    Result<UnitStatistics> table(const QDate &asOf, QDate from = {}) const;

private:
    QSqlDatabase m_db;
};

} // namespace cd
