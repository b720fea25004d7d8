// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckpointStatistics.h"

#include "CheckpointFigures.h"
#include "database/SqlQuery.h"

#include <QHash>

#include <algorithm>

namespace cd {
namespace {

struct Details {
    QString code, name, typeName, phone, address;
};

Result<QHash<qint64, Details>> checkpointDetails(const QSqlDatabase &db) {
    auto query =
        sql::exec(db, QStringLiteral("SELECT c.id, c.code, c.name, t.name, c.phone, c.address "
                                     "FROM checkpoints c JOIN checkpoint_types t ON t.id = c.type_id"));
    if (!query)
        return query.error();
    QHash<qint64, Details> details;
    QSqlQuery &q = query.value();
    while (q.next())
        details.insert(q.value(0).toLongLong(),
                       {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(), q.value(5).toString()});
    return details;
}

} // namespace

Result<QVector<CheckpointStatisticsRow>> CheckpointStatisticsQuery::list(const QDate &asOf, const QDate &from,
                                                                         const QString &unitCode) const {
    return rows(asOf, from, unitCode, 7, false);
}

Result<QVector<CheckpointStatisticsRow>>
CheckpointStatisticsQuery::inactive(const QDate &asOf, int inactiveDays, const QString &unitCode) const {
    if (inactiveDays < 1)
        return makeError(tr("the number of days without scans must be at least 1, not %1").arg(inactiveDays),
                         {}, 0, QStringLiteral("inactive_days"));
    return rows(asOf, {}, unitCode, inactiveDays, true);
}

Result<QVector<CheckpointStatisticsRow>> CheckpointStatisticsQuery::rows(const QDate &asOf, const QDate &from,
                                                                         const QString &unitCode,
                                                                         int inactiveDays,
                                                                         bool onlyInactive) const {
    const auto start = stats::periodStart(asOf, from);
    if (!start)
        return start.error();
    const auto communes = stats::communesOf(m_db, unitCode);
    if (!communes)
        return communes.error();
    QHash<QString, int> position;
    QHash<QString, QString> communeName;
    for (const AdminUnit &commune : communes.value()) {
        position.insert(commune.code, int(position.size()));
        communeName.insert(commune.code, commune.nameWithType);
    }
    const auto figures = stats::checkpointFigures(m_db, start.value(), asOf, true);
    if (!figures)
        return figures.error();
    const auto details = checkpointDetails(m_db);
    if (!details)
        return details.error();

    const QDate lastQuietDay = asOf.addDays(-inactiveDays); // a last scan on or before it is "stopped"
    QVector<CheckpointStatisticsRow> result;
    for (const stats::CheckpointFigures &f : figures.value()) {
        if (!position.contains(f.communeCode))
            continue;
        const bool inactive = f.lastScanDay.isValid() && f.lastScanDay <= lastQuietDay;
        if (onlyInactive ? !(inactive && f.registeredByAsOf && !f.closedByAsOf) : !(f.counted || f.scans > 0))
            continue;
        const Details d = details->value(f.id);
        CheckpointStatisticsRow row;
        row.checkpointId = f.id;
        row.code = d.code;
        row.name = d.name;
        row.typeName = d.typeName;
        row.phone = d.phone;
        row.address = d.address;
        row.communeCode = f.communeCode;
        row.communeName = communeName.value(f.communeCode);
        row.scans = f.scans;
        row.scans7d = f.scans7d;
        row.lastScanDay = f.lastScanDay;
        row.inactive = inactive;
        result.append(std::move(row));
    }
    const auto inListOrder = [&](const CheckpointStatisticsRow &a, const CheckpointStatisticsRow &b) {
        const int pa = position.value(a.communeCode), pb = position.value(b.communeCode);
        return pa != pb ? pa < pb : a.code < b.code;
    };
    if (onlyInactive)
        std::sort(result.begin(), result.end(), [&](const auto &a, const auto &b) {
            return a.lastScanDay != b.lastScanDay ? a.lastScanDay < b.lastScanDay : inListOrder(a, b);
        });
    else
        std::sort(result.begin(), result.end(), inListOrder);
    return result;
}

} // namespace cd
