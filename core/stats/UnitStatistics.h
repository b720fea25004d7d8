// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "units/AdminUnit.h"

#include <QDate>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

namespace cd {

// One row of the annex table of seed 000: a unit with its checkpoints and scans.
struct UnitStatisticsRow {
    int stt = 0;
    AdminUnit unit;
    qint64 checkpoints = 0;  // registered by as_of and not closed before from
    qint64 active7d = 0;     // of those, with at least one scan in as_of − 6 … as_of
    qint64 scans = 0;        // scans from `from` to as_of, inclusive
    qint64 withScans = 0;    // of the checkpoints, those with at least one scan in the period
    qint64 withoutScans = 0; // checkpoints − withScans
    qint64 scans7d = 0;      // scans in as_of − 6 … as_of

    // Hà Nội's December 2021 list: units where nobody scanned anything for a week.
    bool noScans7d() const { return scans7d == 0; }
};

struct UnitStatistics {
    QDate from;
    QDate asOf;
    AdminUnit parent;                // the unit the rows divide: the district, or the province
    QVector<UnitStatisticsRow> rows; // in the office's order
    UnitStatisticsRow total;         // stt 0, unit empty

    // The rows with no scan at all in the last 7 days, in table order.
    QVector<UnitStatisticsRow> flaggedRows() const;
    // Their names with type ("Xã Đăng Hà"), in table order.
    QStringList flaggedUnits() const;
};

// The commune table (district table for a province database) of the steering committee's report, from
// the per-checkpoint daily counts only: never a scan of the scan table.
class UnitStatisticsQuery {
public:
    explicit UnitStatisticsQuery(QSqlDatabase db)
        : m_db(std::move(db)) {}

    // `from` defaults to 1 January of as_of's year ("từ đầu năm"). parentUnitCode empty: the reporting
    // units of the office (communes of its district, districts of its province); a district of a
    // province database: that district's communes (the drill-down of one row). The database's own
    // district or province is the same as empty.
    Result<UnitStatistics> table(const QDate &asOf, QDate from = {},
                                 const QString &parentUnitCode = {}) const;

private:
    QSqlDatabase m_db;
};

} // namespace cd
