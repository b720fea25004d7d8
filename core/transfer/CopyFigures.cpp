// SPDX-License-Identifier: GPL-3.0-or-later
#include "CopyFigures.h"

#include "database/SqlQuery.h"

#include <QCryptographicHash>
#include <QMap>

namespace cd {
namespace {

struct CheckpointFigures {
    QString commune;
    QString status;
    qint64 scans = 0;
    qint64 dailyRows = 0;
    qint64 dailySum = 0;
    qint64 aliases = 0;
};

Result<qint64> countOf(const QSqlDatabase &db, const QString &statement, const QVariantList &values) {
    auto q = sql::exec(db, statement, values);
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : qint64(0);
}

} // namespace

Result<CopyFigures> CopyFigures::of(const QSqlDatabase &db, const CopyArea &area, qint64 scansFrom) {
    const QString inArea = area.communePredicate(QStringLiteral("c.commune_code"));
    // Sorted here, not by ORDER BY: SQLite and PostgreSQL collate text differently.
    QMap<QString, CheckpointFigures> byCode;

    auto checkpoints = sql::exec(
        db, QStringLiteral("SELECT c.code, c.commune_code, c.status FROM checkpoints c WHERE ") + inArea,
        area.values());
    if (!checkpoints)
        return checkpoints.error();
    while (checkpoints.value().next()) {
        CheckpointFigures &f = byCode[checkpoints.value().value(0).toString()];
        f.commune = checkpoints.value().value(1).toString();
        f.status = checkpoints.value().value(2).toString();
    }

    const QString scanned = QStringLiteral("s.scanned_at >= ?");
    auto scans =
        sql::exec(db,
                  QStringLiteral("SELECT c.code, count(*), count(DISTINCT s.import_id) FROM scans s "
                                 "JOIN checkpoints c ON c.id = s.checkpoint_id WHERE ") +
                      inArea + QStringLiteral(" AND ") + scanned + QStringLiteral(" GROUP BY c.code"),
                  area.values() + QVariantList{scansFrom});
    if (!scans)
        return scans.error();
    while (scans.value().next())
        byCode[scans.value().value(0).toString()].scans = scans.value().value(1).toLongLong();

    auto daily = sql::exec(db,
                           QStringLiteral("SELECT c.code, count(*), sum(d.scans) FROM daily_counts d JOIN "
                                          "checkpoints c ON c.id = d.checkpoint_id WHERE ") +
                               inArea + QStringLiteral(" GROUP BY c.code"),
                           area.values());
    if (!daily)
        return daily.error();
    while (daily.value().next()) {
        CheckpointFigures &f = byCode[daily.value().value(0).toString()];
        f.dailyRows = daily.value().value(1).toLongLong();
        f.dailySum = daily.value().value(2).toLongLong();
    }

    auto aliases =
        sql::exec(db,
                  QStringLiteral("SELECT c.code, count(*) FROM checkpoint_aliases x JOIN checkpoints c "
                                 "ON c.id = x.checkpoint_id WHERE ") +
                      inArea + QStringLiteral(" GROUP BY c.code"),
                  area.values());
    if (!aliases)
        return aliases.error();
    while (aliases.value().next())
        byCode[aliases.value().value(0).toString()].aliases = aliases.value().value(1).toLongLong();

    const QString scansInArea =
        QStringLiteral("SELECT 1 FROM scans s JOIN checkpoints c ON c.id = s.checkpoint_id "
                       "WHERE %1 AND ") +
        inArea + QStringLiteral(" AND ") + scanned;
    const auto people =
        countOf(db,
                QStringLiteral("SELECT count(*) FROM person_ids p WHERE EXISTS (") +
                    scansInArea.arg(QStringLiteral("s.person_key = p.person_key")) + QStringLiteral(")"),
                area.values() + QVariantList{scansFrom});
    const auto imports =
        countOf(db,
                QStringLiteral("SELECT count(DISTINCT s.import_id) FROM scans s JOIN checkpoints c "
                               "ON c.id = s.checkpoint_id WHERE ") +
                    inArea + QStringLiteral(" AND ") + scanned,
                area.values() + QVariantList{scansFrom});
    const auto unitAliases = countOf(db,
                                     QStringLiteral("SELECT count(*) FROM unit_aliases WHERE ") +
                                         area.unitPredicate(QStringLiteral("unit_code")),
                                     area.unitValues());
    for (const auto *counted : {&people, &imports, &unitAliases})
        if (!*counted)
            return counted->error();

    CopyFigures figures;
    qint64 scanTotal = 0, dailyRows = 0, dailySum = 0, aliasTotal = 0;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (auto it = byCode.cbegin(); it != byCode.cend(); ++it) {
        const CheckpointFigures &f = it.value();
        scanTotal += f.scans;
        dailyRows += f.dailyRows;
        dailySum += f.dailySum;
        aliasTotal += f.aliases;
        hash.addData(QStringLiteral("%1|%2|%3|%4|%5|%6|%7\n")
                         .arg(it.key(), f.commune, f.status)
                         .arg(f.scans)
                         .arg(f.dailyRows)
                         .arg(f.dailySum)
                         .arg(f.aliases)
                         .toUtf8());
    }
    figures.counts = {{QStringLiteral("checkpoints"), byCode.size()},
                      {QStringLiteral("scans"), scanTotal},
                      {QStringLiteral("daily_counts"), dailyRows},
                      {QStringLiteral("daily_counts.scans"), dailySum},
                      {QStringLiteral("checkpoint_aliases"), aliasTotal},
                      {QStringLiteral("unit_aliases"), unitAliases.value()},
                      {QStringLiteral("person_ids"), people.value()},
                      {QStringLiteral("imports"), imports.value()}};
    figures.checksum = QString::fromLatin1(hash.result().toHex());
    return figures;
}

qint64 CopyFigures::count(const QString &table) const {
    for (const auto &[name, rows] : counts)
        if (name == table)
            return rows;
    return 0;
}

void CopyFigures::setCount(const QString &table, qint64 rows) {
    for (auto &[name, stored] : counts)
        if (name == table) {
            stored = rows;
            return;
        }
    counts.append({table, rows});
}

QStringList CopyFigures::differences(const CopyFigures &other) const {
    QStringList out;
    for (const auto &[name, rows] : counts)
        if (other.count(name) != rows)
            out << QStringLiteral("%1: %2 ≠ %3").arg(name).arg(rows).arg(other.count(name));
    if (checksum != other.checksum)
        out << QStringLiteral("checksum: %1 ≠ %2").arg(checksum.left(16), other.checksum.left(16));
    return out;
}

} // namespace cd
