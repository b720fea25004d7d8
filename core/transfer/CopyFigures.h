// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CopyArea.h"

#include <QPair>
#include <QVector>

namespace cd {

// What a database holds of an area, counted the same way on the source and the target of a copy: rows
// per table, and a checksum of the figures per checkpoint (its commune, status, scans and daily counts),
// hashed in the order of the checkpoints' codes. A copy is verified when both sides give the same.
struct CopyFigures {
    QVector<QPair<QString, qint64>> counts; // table → rows, always in the same order
    QString checksum;                       // SHA-256, hex

    // Scans older than scansFrom (seconds; 0: all) are left out: the target may have purged them.
    static Result<CopyFigures> of(const QSqlDatabase &db, const CopyArea &area, qint64 scansFrom);

    qint64 count(const QString &table) const;
    void setCount(const QString &table, qint64 rows);
    // "scans: 120 ≠ 118", one line per difference; empty when they agree.
    QStringList differences(const CopyFigures &other) const;
};

} // namespace cd
