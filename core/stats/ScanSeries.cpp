// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScanSeries.h"

#include "CheckpointFigures.h"
#include "database/SqlQuery.h"
#include "scans/ScanTime.h"

#include <algorithm>

namespace cd {

Result<QVector<SeriesPoint>> ScanSeriesQuery::daily(const QDate &from, const QDate &to,
                                                    const QString &unitCode) const {
    if (!from.isValid() || !to.isValid())
        return makeError(tr("a series needs its first and last day"), {}, 0, QStringLiteral("from"));
    const auto start = stats::periodStart(to, from);
    if (!start)
        return start.error();
    const auto communes = stats::communesOf(m_db, unitCode);
    if (!communes)
        return communes.error();

    const qint64 firstDay = scantime::dateToDay(from);
    const qint64 lastDay = scantime::dateToDay(to);
    QString statement = QStringLiteral("SELECT d.day, SUM(d.scans) FROM daily_counts d");
    QVariantList values;
    const auto whole = stats::communesOf(m_db, {});
    if (communes->size() != whole->size()) {
        // A commune or a district: a few dozen codes at most, each bound.
        QStringList marks;
        for (const AdminUnit &commune : communes.value()) {
            marks << QStringLiteral("?");
            values << commune.code;
        }
        statement +=
            QStringLiteral(" JOIN checkpoints c ON c.id = d.checkpoint_id WHERE c.commune_code IN (%1) AND")
                .arg(marks.join(QLatin1Char(',')));
    } else {
        statement += QStringLiteral(" WHERE");
    }
    statement += QStringLiteral(" d.day BETWEEN ? AND ? GROUP BY d.day");
    values << firstDay << lastDay;
    auto query = sql::exec(m_db, statement, values);
    if (!query)
        return query.error();

    QVector<SeriesPoint> points;
    points.reserve(lastDay - firstDay + 1);
    for (qint64 day = firstDay; day <= lastDay; ++day)
        points.append({scantime::dayToDate(day), 0});
    QSqlQuery &q = query.value();
    while (q.next())
        points[q.value(0).toLongLong() - firstDay].scans = q.value(1).toLongLong();
    return points;
}

Result<QVector<SeriesPoint>> ScanSeriesQuery::weekly(const QDate &from, const QDate &to,
                                                     const QString &unitCode) const {
    const auto days = daily(from, to, unitCode);
    if (!days)
        return days.error();
    QVector<SeriesPoint> weeks;
    for (const SeriesPoint &point : days.value()) {
        const QDate monday = point.day.addDays(1 - point.day.dayOfWeek());
        if (weeks.isEmpty() || weeks.last().day != monday)
            weeks.append({monday, 0});
        weeks.last().scans += point.scans;
    }
    return weeks;
}

Result<QVector<CheckpointStatisticsRow>> ScanSeriesQuery::top(const QDate &from, const QDate &to, int limit,
                                                              const QString &unitCode) const {
    if (limit < 1)
        return makeError(tr("the number of checkpoints must be at least 1, not %1").arg(limit), {}, 0,
                         QStringLiteral("limit"));
    if (!from.isValid())
        return makeError(tr("a series needs its first and last day"), {}, 0, QStringLiteral("from"));
    auto listed = CheckpointStatisticsQuery(m_db).list(to, from, unitCode);
    if (!listed)
        return listed.error();
    QVector<CheckpointStatisticsRow> rows = std::move(listed).value();
    rows.erase(std::remove_if(rows.begin(), rows.end(), [](const auto &row) { return row.scans == 0; }),
               rows.end());
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto &a, const auto &b) { return a.scans > b.scans; });
    if (rows.size() > limit)
        rows.resize(limit);
    return rows;
}

Result<QDate> ScanSeriesQuery::lastScanDay(const QDate &until) const {
    auto day =
        sql::scalar(m_db, QStringLiteral("SELECT max(day) FROM daily_counts WHERE day <= ? AND scans > 0"),
                    {scantime::dateToDay(until)});
    if (!day)
        return day.error();
    return day.value().isNull() ? QDate() : scantime::dayToDate(day.value().toLongLong());
}

} // namespace cd
