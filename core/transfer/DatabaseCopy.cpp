// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseCopy.h"

#include "BatchInsert.h"
#include "audit/AuditLog.h"
#include "database/SqlQuery.h"
#include "database/Transaction.h"
#include "retention/Retention.h"
#include "scans/ScanTime.h"
#include "settings/SettingsStore.h"
#include "units/AdminUnitRepository.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace cd {
namespace {

using DayKey = QPair<qint64, qint64>; // (target checkpoint id, Vietnam day)

const QString kCheckpointColumns = QStringLiteral(
    "c.id, c.code, c.name, t.name, c.phone, c.commune_code, c.address, c.latitude, c.longitude, "
    "c.description, c.issued_qr_payload, c.status, c.closed_on, c.registered_on, c.created_at, "
    "c.updated_at, c.duplicate_key, p.code, a.parent_code FROM checkpoints c JOIN checkpoint_types t ON "
    "t.id = c.type_id LEFT JOIN checkpoints p ON p.id = c.parent_id JOIN admin_units a ON a.code = "
    "c.commune_code");
enum CheckpointColumn {
    Id,
    Code,
    Name,
    Type,
    FirstField = Name,
    LastField = 16,
    ParentCode = 17,
    District = 18
};

// Equal as stored: PostgreSQL keeps REAL in single precision, so coordinates that went through it come
// back a few millionths off.
bool sameValue(const QVariant &a, const QVariant &b) {
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    const int type = a.metaType().id();
    if (type == QMetaType::Double || type == QMetaType::Float)
        return std::abs(a.toDouble() - b.toDouble()) < 1e-5;
    return a.toString() == b.toString();
}

// Qt binds a null QString as NULL; these columns hold '' when empty.
QVariant text(const QVariant &value) {
    const QString s = value.toString();
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant nullId() {
    return QVariant(QMetaType::fromType<qint64>());
}

qint64 startOfVietnamDay(const QDate &day) {
    return day.isValid() ? QDateTime(day, QTime(0, 0), Qt::OffsetFromUTC, 7 * 3600).toSecsSinceEpoch() : 0;
}

// The rows of one copy, table by table, inside the transaction on the target.
class AreaCopier {
public:
    AreaCopier(QSqlDatabase source, QSqlDatabase target, CopyArea area, CopyDirection direction,
               qint64 scansFrom)
        : m_src(std::move(source))
        , m_dst(std::move(target))
        , m_area(std::move(area))
        , m_direction(direction)
        , m_scansFrom(scansFrom) {}

    Status checkpoints();
    Status imports();
    Status scans();
    Status dailyCounts();
    Status aliases();
    Status personIds();
    Result<qint64> auditEntries(); // the entries selected; every one is on the target afterwards

    QVector<QPair<QString, qint64>> written;
    qint64 scansAdded = 0;

private:
    Result<qint64> typeId(const QString &name);
    void note(const QString &table, qint64 rows) { written.append({table, rows}); }

    QSqlDatabase m_src, m_dst;
    CopyArea m_area;
    CopyDirection m_direction;
    qint64 m_scansFrom;
    QHash<QString, qint64> m_types;
    QHash<qint64, qint64> m_checkpoints;   // source id → target id
    QHash<QString, qint64> m_byCode;       // code → target id
    QHash<QString, QString> m_parentThere; // code → its parent's code on the target before the copy
    QHash<qint64, qint64> m_imports;       // source id → target id
    QHash<DayKey, qint64> m_dailyAdded;
};

Result<qint64> AreaCopier::typeId(const QString &name) {
    if (const auto known = m_types.constFind(name); known != m_types.constEnd())
        return known.value();
    auto found = sql::scalar(m_dst, QStringLiteral("SELECT id FROM checkpoint_types WHERE name = ?"), {name});
    if (!found)
        return found.error();
    qint64 id = found.value().toLongLong();
    if (found.value().isNull()) {
        auto made =
            sql::exec(m_dst,
                      QStringLiteral("INSERT INTO checkpoint_types (name, position) SELECT ?, "
                                     "coalesce(max(position), 0) + 1 FROM checkpoint_types RETURNING id"),
                      {name});
        if (!made)
            return made.error();
        if (!made.value().next())
            return makeError(DatabaseCopy::tr("the type %1 could not be added").arg(name));
        id = made.value().value(0).toLongLong();
    }
    m_types.insert(name, id);
    return id;
}

Status AreaCopier::checkpoints() {
    auto rows = sql::exec(m_src,
                          QStringLiteral("SELECT ") + kCheckpointColumns + QStringLiteral(" WHERE ") +
                              m_area.communePredicate(QStringLiteral("c.commune_code")),
                          m_area.values());
    if (!rows)
        return rows.error();
    QVector<QVariantList> source;
    while (rows.value().next()) {
        QVariantList row;
        for (int i = 0; i <= District; ++i)
            row << rows.value().value(i);
        source.append(row);
    }
    rows.value().finish();

    qint64 added = 0, changed = 0;
    for (const QVariantList &row : std::as_const(source)) {
        const QString code = row[Code].toString();
        auto existing = sql::exec(
            m_dst, QStringLiteral("SELECT ") + kCheckpointColumns + QStringLiteral(" WHERE c.code = ?"),
            {code});
        if (!existing)
            return existing.error();
        const auto type = typeId(row[Type].toString());
        if (!type)
            return type.error();
        QVariantList values{row[Name],     *type,          row[Type + 1],  row[Type + 2],  row[Type + 3],
                            row[Type + 4], row[Type + 5],  row[Type + 6],  row[Type + 7],  row[Type + 8],
                            row[Type + 9], row[Type + 10], row[Type + 11], row[Type + 12], row[Type + 13]};
        for (int i : {0, 2, 4, 7, 8, 9, 12, 13, 14})
            values[i] = text(values[i]);
        if (existing.value().next()) {
            const QSqlQuery &there = existing.value();
            if (!m_area.districtCodes().contains(there.value(District).toString()))
                return makeError(
                    DatabaseCopy::tr("checkpoint %1 is already on the target in another district "
                                     "(commune %2); nothing was copied")
                        .arg(code, there.value(Type + 2).toString()));
            const qint64 id = there.value(Id).toLongLong();
            m_checkpoints.insert(row[Id].toLongLong(), id);
            m_byCode.insert(code, id);
            m_parentThere.insert(code, there.value(ParentCode).toString());
            bool same = true;
            for (int i = FirstField; i <= LastField && same; ++i)
                same = sameValue(row[i], there.value(i));
            if (same)
                continue;
            auto updated = sql::exec(
                m_dst,
                QStringLiteral(
                    "UPDATE checkpoints SET name = ?, type_id = ?, phone = ?, commune_code = ?, "
                    "address = ?, latitude = ?, longitude = ?, description = ?, issued_qr_payload = ?, "
                    "status = ?, closed_on = ?, registered_on = ?, created_at = ?, updated_at = ?, "
                    "duplicate_key = ? WHERE id = ?"),
                values + QVariantList{id});
            if (!updated)
                return updated.error();
            ++changed;
            continue;
        }
        auto inserted = sql::exec(
            m_dst,
            QStringLiteral(
                "INSERT INTO checkpoints (name, type_id, phone, commune_code, address, latitude, "
                "longitude, description, issued_qr_payload, status, closed_on, registered_on, "
                "created_at, updated_at, duplicate_key, code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?, ?, ?, ?, ?) RETURNING id"),
            values + QVariantList{code});
        if (!inserted)
            return inserted.error();
        if (!inserted.value().next())
            return makeError(DatabaseCopy::tr("checkpoint %1 could not be added").arg(code));
        const qint64 id = inserted.value().value(0).toLongLong();
        m_checkpoints.insert(row[Id].toLongLong(), id);
        m_byCode.insert(code, id);
        ++added;
    }
    // Parents once every checkpoint of the area has its id on the target.
    for (const QVariantList &row : std::as_const(source)) {
        const QString code = row[Code].toString(), parentCode = row[ParentCode].toString();
        if (m_parentThere.value(code) == parentCode)
            continue;
        const QVariant parent = parentCode.isEmpty() ? nullId() : QVariant(m_byCode.value(parentCode));
        auto set = sql::exec(m_dst, QStringLiteral("UPDATE checkpoints SET parent_id = ? WHERE id = ?"),
                             {parent, m_byCode.value(code)});
        if (!set)
            return set.error();
        ++changed;
    }
    note(QStringLiteral("checkpoints"), added + changed);
    return success();
}

Status AreaCopier::imports() {
    QString select = QStringLiteral("SELECT i.id, i.kind, i.file_name, i.file_size, i.sha256, i.imported_at, "
                                    "i.rows_read, i.added, i.duplicates, i.rejected FROM imports i");
    QVariantList values;
    if (m_direction == CopyDirection::FromServer) {
        select +=
            QStringLiteral(" WHERE i.id IN (SELECT s.import_id FROM scans s JOIN checkpoints c ON c.id = "
                           "s.checkpoint_id WHERE ") +
            m_area.communePredicate(QStringLiteral("c.commune_code")) + QStringLiteral(")");
        values = m_area.values();
    }
    auto rows = sql::exec(m_src, select, values);
    if (!rows)
        return rows.error();
    QVector<QVariantList> source;
    while (rows.value().next()) {
        QVariantList row;
        for (int i = 0; i < 10; ++i)
            row << rows.value().value(i);
        source.append(row);
    }
    rows.value().finish();
    qint64 added = 0;
    for (const QVariantList &row : std::as_const(source)) {
        // The same file imported at the same moment is the same import, on any database.
        auto found = sql::scalar(m_dst,
                                 QStringLiteral("SELECT id FROM imports WHERE sha256 = ? AND kind = ? AND "
                                                "file_name = ? AND imported_at = ?"),
                                 {text(row[4]), text(row[1]), text(row[2]), text(row[5])});
        if (!found)
            return found.error();
        if (!found.value().isNull()) {
            m_imports.insert(row[0].toLongLong(), found.value().toLongLong());
            continue;
        }
        auto inserted = sql::exec(
            m_dst,
            QStringLiteral("INSERT INTO imports (kind, file_name, file_size, sha256, "
                           "imported_at, rows_read, added, duplicates, rejected) VALUES "
                           "(?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {text(row[1]), text(row[2]), row[3], text(row[4]), text(row[5]), row[6], row[7], row[8], row[9]});
        if (!inserted)
            return inserted.error();
        if (!inserted.value().next())
            return makeError(DatabaseCopy::tr("the import of %1 could not be added").arg(row[2].toString()));
        m_imports.insert(row[0].toLongLong(), inserted.value().value(0).toLongLong());
        ++added;
    }
    note(QStringLiteral("imports"), added);
    return success();
}

Status AreaCopier::scans() {
    BatchInsert insert(
        m_dst,
        QStringLiteral("INSERT INTO scans (checkpoint_id, scanned_at, person_key, person_name, phone, "
                       "id_number, direction, import_id) VALUES "),
        8,
        QStringLiteral(" ON CONFLICT (checkpoint_id, scanned_at, person_key) DO NOTHING RETURNING "
                       "checkpoint_id, scanned_at"),
        DatabaseCopy::kBatchRows);
    insert.onReturned = [this](const QSqlQuery &q) {
        ++scansAdded;
        ++m_dailyAdded[qMakePair(q.value(0).toLongLong(), scantime::vietnamDay(q.value(1).toLongLong()))];
    };
    // A checkpoint at a time, read forward only: a server streams the rows rather than holding the table.
    for (auto it = m_checkpoints.cbegin(); it != m_checkpoints.cend(); ++it) {
        QSqlQuery rows(m_src);
        rows.setForwardOnly(true);
        if (!rows.prepare(
                QStringLiteral("SELECT scanned_at, person_key, person_name, phone, id_number, direction, "
                               "import_id FROM scans WHERE checkpoint_id = ? AND scanned_at >= ?")))
            return sql::errorOf(rows);
        rows.bindValue(0, it.key());
        rows.bindValue(1, m_scansFrom);
        if (!rows.exec())
            return sql::errorOf(rows);
        while (rows.next()) {
            const QVariant import =
                rows.value(6).isNull() ? nullId() : QVariant(m_imports.value(rows.value(6).toLongLong()));
            if (auto added =
                    insert.add({it.value(), rows.value(0), text(rows.value(1)), text(rows.value(2)),
                                text(rows.value(3)), text(rows.value(4)), text(rows.value(5)), import});
                !added)
                return added;
        }
    }
    if (auto flushed = insert.flush(); !flushed)
        return flushed;
    note(QStringLiteral("scans"), scansAdded);
    return success();
}

// A day's count on the target is what it counted plus the scans this copy added, and never below the
// source's count: the source may count scans it has purged, which were not copied.
Status AreaCopier::dailyCounts() {
    const QString inArea = m_area.communePredicate(QStringLiteral("c.commune_code"));
    QHash<DayKey, qint64> before, wanted;
    auto there = sql::exec(m_dst,
                           QStringLiteral("SELECT d.checkpoint_id, d.day, d.scans FROM daily_counts d JOIN "
                                          "checkpoints c ON c.id = d.checkpoint_id WHERE ") +
                               inArea,
                           m_area.values());
    if (!there)
        return there.error();
    while (there.value().next())
        before.insert(qMakePair(there.value().value(0).toLongLong(), there.value().value(1).toLongLong()),
                      there.value().value(2).toLongLong());
    for (auto it = m_dailyAdded.cbegin(); it != m_dailyAdded.cend(); ++it)
        wanted[it.key()] = before.value(it.key()) + it.value();
    auto source = sql::exec(m_src,
                            QStringLiteral("SELECT d.checkpoint_id, d.day, d.scans FROM daily_counts d JOIN "
                                           "checkpoints c ON c.id = d.checkpoint_id WHERE ") +
                                inArea,
                            m_area.values());
    if (!source)
        return source.error();
    while (source.value().next()) {
        const DayKey key(m_checkpoints.value(source.value().value(0).toLongLong()),
                         source.value().value(1).toLongLong());
        const qint64 counted = wanted.contains(key) ? wanted.value(key) : before.value(key);
        wanted[key] = std::max(counted, source.value().value(2).toLongLong());
    }
    source.value().finish();
    BatchInsert upsert(
        m_dst, QStringLiteral("INSERT INTO daily_counts (checkpoint_id, day, scans) VALUES "), 3,
        QStringLiteral(" ON CONFLICT (checkpoint_id, day) DO UPDATE SET scans = excluded.scans"),
        DatabaseCopy::kBatchRows);
    qint64 changed = 0;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        const auto old = before.constFind(it.key());
        if (old != before.constEnd() && old.value() == it.value())
            continue;
        ++changed;
        if (auto added = upsert.add({it.key().first, it.key().second, it.value()}); !added)
            return added;
    }
    if (auto flushed = upsert.flush(); !flushed)
        return flushed;
    note(QStringLiteral("daily_counts"), changed);
    return success();
}

Status AreaCopier::aliases() {
    auto rows =
        sql::exec(m_src,
                  QStringLiteral("SELECT x.alias_key, x.label, x.checkpoint_id, x.created_at FROM "
                                 "checkpoint_aliases x JOIN checkpoints c ON c.id = x.checkpoint_id WHERE ") +
                      m_area.communePredicate(QStringLiteral("c.commune_code")),
                  m_area.values());
    if (!rows)
        return rows.error();
    BatchInsert checkpointAliases(
        m_dst,
        QStringLiteral(
            "INSERT INTO checkpoint_aliases (alias_key, label, checkpoint_id, created_at) VALUES "),
        4, QStringLiteral(" ON CONFLICT (alias_key) DO NOTHING"), DatabaseCopy::kBatchRows);
    while (rows.value().next())
        if (auto added = checkpointAliases.add({text(rows.value().value(0)), text(rows.value().value(1)),
                                                m_checkpoints.value(rows.value().value(2).toLongLong()),
                                                text(rows.value().value(3))});
            !added)
            return added;
    if (auto flushed = checkpointAliases.flush(); !flushed)
        return flushed;
    note(QStringLiteral("checkpoint_aliases"), checkpointAliases.affected());

    auto units = sql::exec(
        m_src,
        QStringLiteral("SELECT alias_key, written, unit_code, created_at FROM unit_aliases WHERE ") +
            m_area.unitPredicate(QStringLiteral("unit_code")),
        m_area.unitValues());
    if (!units)
        return units.error();
    BatchInsert unitAliases(
        m_dst, QStringLiteral("INSERT INTO unit_aliases (alias_key, written, unit_code, created_at) VALUES "),
        4, QStringLiteral(" ON CONFLICT (alias_key) DO NOTHING"), DatabaseCopy::kBatchRows);
    while (units.value().next())
        if (auto added = unitAliases.add({text(units.value().value(0)), text(units.value().value(1)),
                                          text(units.value().value(2)), text(units.value().value(3))});
            !added)
            return added;
    if (auto flushed = unitAliases.flush(); !flushed)
        return flushed;
    note(QStringLiteral("unit_aliases"), unitAliases.affected());

    // The office's own order of its units: the area's units are the office's to order.
    auto order = sql::exec(m_src,
                           QStringLiteral("SELECT unit_code, position FROM unit_order WHERE ") +
                               m_area.unitPredicate(QStringLiteral("unit_code")),
                           m_area.unitValues());
    if (!order)
        return order.error();
    BatchInsert unitOrder(
        m_dst, QStringLiteral("INSERT INTO unit_order (unit_code, position) VALUES "), 2,
        QStringLiteral(" ON CONFLICT (unit_code) DO UPDATE SET position = excluded.position "
                       "WHERE unit_order.position <> excluded.position"),
        DatabaseCopy::kBatchRows);
    while (order.value().next())
        if (auto added = unitOrder.add({text(order.value().value(0)), order.value().value(1)}); !added)
            return added;
    if (auto flushed = unitOrder.flush(); !flushed)
        return flushed;
    note(QStringLiteral("unit_order"), unitOrder.affected());
    return success();
}

Status AreaCopier::personIds() {
    auto rows =
        sql::exec(m_src,
                  QStringLiteral("SELECT p.id_number, p.person_key FROM person_ids p WHERE EXISTS (SELECT 1 "
                                 "FROM scans s JOIN checkpoints c ON c.id = s.checkpoint_id WHERE "
                                 "s.person_key = p.person_key AND ") +
                      m_area.communePredicate(QStringLiteral("c.commune_code")) +
                      QStringLiteral(" AND s.scanned_at >= ?)"),
                  m_area.values() + QVariantList{m_scansFrom});
    if (!rows)
        return rows.error();
    BatchInsert insert(m_dst, QStringLiteral("INSERT INTO person_ids (id_number, person_key) VALUES "), 2,
                       QStringLiteral(" ON CONFLICT (id_number, person_key) DO NOTHING"),
                       DatabaseCopy::kBatchRows);
    while (rows.value().next())
        if (auto added = insert.add({text(rows.value().value(0)), text(rows.value().value(1))}); !added)
            return added;
    if (auto flushed = insert.flush(); !flushed)
        return flushed;
    note(QStringLiteral("person_ids"), insert.affected());
    return success();
}

Result<qint64> AreaCopier::auditEntries() {
    // An office's whole log goes up with it; a district taken offline takes the desk sessions of its
    // checkpoints (other entries name people by hash only, not by place). Records of copies stay where
    // they were made: each side records its own.
    auto rows =
        sql::exec(m_src, QStringLiteral("SELECT logged_at, os_user, operator, action, subject, details FROM "
                                        "audit_log WHERE action <> 'copy' ORDER BY id"));
    if (!rows)
        return rows.error();
    QVector<QVariantList> selected;
    while (rows.value().next()) {
        const QSqlQuery &q = rows.value();
        if (m_direction == CopyDirection::FromServer) {
            const QJsonObject details = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
            if (q.value(3).toString() != QLatin1String("desk") ||
                !m_byCode.contains(details.value(QStringLiteral("checkpoint")).toString()))
                continue;
        }
        QVariantList row;
        for (int i = 0; i < 6; ++i)
            row << text(q.value(i));
        selected.append(row);
    }
    rows.value().finish();
    qint64 added = 0;
    for (const QVariantList &row : std::as_const(selected)) {
        auto found =
            sql::scalar(m_dst,
                        QStringLiteral("SELECT count(*) FROM audit_log WHERE logged_at = ? AND os_user = ? "
                                       "AND operator = ? AND action = ? AND subject = ? AND details = ?"),
                        {row[0], row[1], row[2], row[3], row[4], row[5]});
        if (!found)
            return found.error();
        if (found.value().toLongLong() > 0)
            continue;
        auto inserted =
            sql::exec(m_dst,
                      QStringLiteral("INSERT INTO audit_log (logged_at, os_user, operator, action, "
                                     "subject, details) VALUES (?, ?, ?, ?, ?, ?)"),
                      row);
        if (!inserted)
            return inserted.error();
        ++added;
    }
    note(QStringLiteral("audit_log"), added);
    return qint64(selected.size());
}

QJsonObject describeCopy(const CopyReport &report, const Database &source, const Database &target,
                         CopyDirection direction, qint64 scansAdded) {
    QJsonArray districts;
    for (const QString &code : report.area.districtCodes())
        districts.append(code);
    QJsonObject counts;
    for (const auto &[table, rows] : report.target.counts)
        counts.insert(table, rows);
    return {{QStringLiteral("direction"), direction == CopyDirection::ToServer
                                              ? QStringLiteral("to_server")
                                              : QStringLiteral("from_server")},
            {QStringLiteral("from"), source.displayLocation()},
            {QStringLiteral("to"), target.displayLocation()},
            {QStringLiteral("districts"), districts},
            {QStringLiteral("counts"), counts},
            {QStringLiteral("checksum"), report.target.checksum},
            {QStringLiteral("scans_added"), scansAdded}};
}

} // namespace

Result<CopyReport> DatabaseCopy::upload() {
    auto area = CopyArea::wholeDatabase(m_source.connection());
    if (!area)
        return area.error();
    if (area->isEmpty())
        return makeError(tr("%1 has no area set and no checkpoints: there is nothing to copy")
                             .arg(m_source.displayLocation()));
    const auto district = AdminUnitRepository(m_source.connection()).unit(area->districtCodes().first());
    if (!district)
        return makeError(tr("district %1 is not among the units of %2")
                             .arg(area->districtCodes().first(), m_source.displayLocation()));
    return copy(area.value(), CopyDirection::ToServer, *district);
}

Result<CopyReport> DatabaseCopy::download(const AdminUnit &district) {
    return copy(CopyArea({district.code}), CopyDirection::FromServer, district);
}

Result<CopyReport> DatabaseCopy::copy(const CopyArea &area, CopyDirection direction,
                                      const AdminUnit &district) {
    const QSqlDatabase src = m_source.connection();
    const QSqlDatabase dst = m_target.connection();
    CopyReport report;
    report.area = area;

    Transaction transaction(dst);
    if (!transaction.isActive())
        return makeError(tr("cannot start a transaction on %1: %2")
                             .arg(m_target.displayLocation(), dst.lastError().text()));
    // What the target purged stays purged: older scans are not copied into it (their daily counts are).
    const QDate purged =
        QDate::fromString(SettingsStore(dst).value(QStringLiteral("retention.purged_before")), Qt::ISODate);
    const qint64 scansFrom = startOfVietnamDay(purged);

    const auto settings = copySettings(src, dst, direction, district);
    if (!settings)
        return settings.error();
    AreaCopier copier(src, dst, area, direction, scansFrom);
    copier.written.append({QStringLiteral("settings"), settings.value()});
    for (Status (AreaCopier::*step)() :
         {&AreaCopier::checkpoints, &AreaCopier::imports, &AreaCopier::scans, &AreaCopier::dailyCounts,
          &AreaCopier::aliases, &AreaCopier::personIds})
        if (auto done = (copier.*step)(); !done)
            return done.error();
    const auto audited = copier.auditEntries();
    if (!audited)
        return audited.error();
    report.written = copier.written;
    if (scansFrom > 0) {
        auto older = sql::exec(src,
                               QStringLiteral("SELECT count(*) FROM scans s JOIN checkpoints c ON c.id = "
                                              "s.checkpoint_id WHERE s.scanned_at < ? AND ") +
                                   area.communePredicate(QStringLiteral("c.commune_code")),
                               QVariantList{scansFrom} + area.values());
        if (!older)
            return older.error();
        report.scansSkipped = older.value().next() ? older.value().value(0).toLongLong() : 0;
    }

    auto sourceFigures = CopyFigures::of(src, area, scansFrom);
    if (!sourceFigures)
        return sourceFigures.error();
    auto targetFigures = CopyFigures::of(dst, area, scansFrom);
    if (!targetFigures)
        return targetFigures.error();
    report.source = sourceFigures.value();
    report.target = targetFigures.value();
    report.source.setCount(QStringLiteral("audit_log"), audited.value());
    report.target.setCount(QStringLiteral("audit_log"), audited.value());
    if (const QStringList differences = report.source.differences(report.target); !differences.isEmpty())
        return makeError(tr("the copy does not match its source, so nothing was written (%1)")
                             .arg(differences.join(QStringLiteral("; "))));

    const QJsonObject details = describeCopy(report, m_source, m_target, direction, copier.scansAdded);
    if (auto recorded = audit::AuditLog(dst).record(audit::Action::Copy, details); !recorded)
        return recorded.error();
    if (!transaction.commit())
        return makeError(tr("the copy could not be committed: %1").arg(transaction.failure()));
    // The source learns of the copy once it is made.
    if (auto recorded = audit::AuditLog(src).record(audit::Action::Copy, details); !recorded)
        return makeError(tr("the copy was made, but the audit log of %1 could not record it: %2")
                             .arg(m_source.displayLocation(), recorded.error().message));
    return report;
}

} // namespace cd
