// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckpointRegistry.h"

#include "CheckpointChecks.h"
#include "CheckpointStore.h"
#include "CheckpointTypes.h"
#include "PhoneNumber.h"
#include "QrPayloads.h"
#include "common/Clock.h"
#include "common/VietnameseText.h"
#include "database/SqlQuery.h"
#include "database/Transaction.h"
#include "units/OfficeScope.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace cd {
namespace {

const QString kSelect = QStringLiteral(
    "SELECT c.id, c.code, c.name, c.type_id, t.name, c.phone, c.commune_code, c.address, c.latitude, "
    "c.longitude, c.description, c.issued_qr_payload, c.parent_id, p.code, c.status, c.closed_on, "
    "c.registered_on, c.created_at, c.updated_at, cu.name_with_type, du.name_with_type, pu.name_with_type "
    "FROM checkpoints c "
    "JOIN checkpoint_types t ON t.id = c.type_id "
    "JOIN admin_units cu ON cu.code = c.commune_code "
    "LEFT JOIN admin_units du ON du.code = cu.parent_code "
    "LEFT JOIN admin_units pu ON pu.code = du.parent_code "
    "LEFT JOIN checkpoints p ON p.id = c.parent_id "
    "LEFT JOIN unit_order o ON o.unit_code = c.commune_code ");
const QString kOrder = QStringLiteral(
    " ORDER BY CASE WHEN o.position IS NULL THEN 1 ELSE 0 END, o.position, c.commune_code, c.code");

std::optional<double> optionalDouble(const QVariant &value) {
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

Checkpoint readCheckpoint(const QSqlQuery &q) {
    Checkpoint c;
    c.id = q.value(0).toLongLong();
    c.code = q.value(1).toString();
    c.name = q.value(2).toString();
    c.typeId = q.value(3).toLongLong();
    c.typeName = q.value(4).toString();
    c.phone = q.value(5).toString();
    c.communeCode = q.value(6).toString();
    c.address = q.value(7).toString();
    c.latitude = optionalDouble(q.value(8));
    c.longitude = optionalDouble(q.value(9));
    c.description = q.value(10).toString();
    c.issuedQrPayload = q.value(11).toString();
    if (!q.value(12).isNull())
        c.parentId = q.value(12).toLongLong();
    c.parentCode = q.value(13).toString();
    c.status = statusFromKey(q.value(14).toString()).value_or(Checkpoint::Status::Active);
    c.closedOn = QDate::fromString(q.value(15).toString(), Qt::ISODate);
    c.registeredOn = QDate::fromString(q.value(16).toString(), Qt::ISODate);
    c.createdAt = QDateTime::fromString(q.value(17).toString(), Qt::ISODate);
    c.updatedAt = QDateTime::fromString(q.value(18).toString(), Qt::ISODate);
    c.communeName = q.value(19).toString();
    c.districtName = q.value(20).toString();
    c.provinceName = q.value(21).toString();
    return c;
}

} // namespace

QString statusKey(Checkpoint::Status status) {
    return status == Checkpoint::Status::Closed ? QStringLiteral("closed") : QStringLiteral("active");
}

std::optional<Checkpoint::Status> statusFromKey(const QString &key) {
    const QString folded = text::foldKey(key);
    if (folded == QLatin1String("active") || folded == QLatin1String("hoat dong") ||
        folded == QLatin1String("dang hoat dong"))
        return Checkpoint::Status::Active;
    if (folded == QLatin1String("closed") || folded == QLatin1String("da dong") ||
        folded == QLatin1String("dong") || folded == QLatin1String("ngung hoat dong"))
        return Checkpoint::Status::Closed;
    return std::nullopt;
}

QString CheckpointRegistry::duplicateKey(const Checkpoint &checkpoint) {
    return CheckpointChecks::duplicateKey(checkpoint);
}

Status CheckpointRegistry::resolveType(Checkpoint &c, bool addNew) const {
    if (c.typeId != 0 || c.typeName.trimmed().isEmpty())
        return success();
    CheckpointTypes types(m_db);
    const auto type = addNew ? types.findOrAdd(c.typeName) : types.find(c.typeName);
    if (!type)
        return type.error();
    c.typeId = type->id;
    c.typeName = type->name;
    return success();
}

QVector<Error> CheckpointRegistry::validate(Checkpoint &c, Requirements requirements) const {
    QVector<Error> problems;
    if (auto resolved = resolveType(c, false); !resolved)
        problems.append(resolved.error());
    problems += CheckpointChecks::check(c, DatabaseLookup(m_db), requirements);
    if (!c.issuedQrPayload.isEmpty()) {
        if (const Status printable = QrPayloads(m_db).check(c.issuedQrPayload); !printable)
            problems.append(printable.error());
    }
    // The type problem stands once: an unknown type gives no typeId, which check() reports too.
    if (problems.size() > 1 && problems.first().field == QLatin1String("type")) {
        for (qsizetype i = 1; i < problems.size(); ++i) {
            if (problems[i].field == QLatin1String("type")) {
                problems.remove(i);
                break;
            }
        }
    }
    return problems;
}

Status CheckpointRegistry::refuseDuplicate(const Checkpoint &c) const {
    auto existing =
        sql::scalar(m_db, QStringLiteral("SELECT code FROM checkpoints WHERE duplicate_key = ? AND id <> ?"),
                    {duplicateKey(c), QVariant(c.id)});
    if (!existing)
        return existing.error();
    if (existing.value().isValid()) {
        const auto other = byCode(existing.value().toString());
        return makeError(tr("checkpoint %1 “%2” has the same name and address in this commune")
                             .arg(existing.value().toString(), other ? other->name : QString()),
                         {}, 0, QStringLiteral("name"));
    }
    return success();
}

QString CheckpointRegistry::nextCode(const QString &communeCode) const {
    // Codes of a commune count up from its highest number; deleted numbers are not reused.
    auto query = sql::exec(m_db, QStringLiteral("SELECT code FROM checkpoints WHERE code LIKE ?"),
                           {QString(communeCode + QStringLiteral("-%"))});
    int highest = 0;
    if (query) {
        while (query.value().next()) {
            bool ok = false;
            const int number = query.value().value(0).toString().mid(communeCode.size() + 1).toInt(&ok);
            if (ok)
                highest = std::max(highest, number);
        }
    }
    return QStringLiteral("%1-%2").arg(communeCode).arg(highest + 1, 3, 10, QChar(u'0'));
}

Result<Checkpoint> CheckpointRegistry::add(Checkpoint checkpoint, Requirements requirements) {
    checkpoint.id = 0;
    return insert(std::move(checkpoint), false, requirements);
}

Result<Checkpoint> CheckpointRegistry::restore(Checkpoint checkpoint) {
    return insert(std::move(checkpoint), true, Requirements::Register);
}

Result<Checkpoint> CheckpointRegistry::stored(qint64 id) const {
    auto c = byId(id);
    if (!c)
        return makeError(tr("checkpoint #%1 could not be read back").arg(id));
    return *c;
}

Result<Checkpoint> CheckpointRegistry::insert(Checkpoint c, bool keepId, Requirements requirements) {
    if (auto resolved = resolveType(c, true); !resolved)
        return resolved.error();
    if (const QVector<Error> problems = validate(c, requirements); !problems.isEmpty())
        return problems.first();
    if (c.code.isEmpty())
        c.code = nextCode(c.communeCode);
    if (byCode(c.code))
        return makeError(tr("the code %1 is taken by another checkpoint").arg(c.code), {}, 0,
                         QStringLiteral("code"));
    if (auto duplicate = refuseDuplicate(c); !duplicate)
        return duplicate.error();
    auto id = CheckpointStore(m_db).insert(c, keepId);
    if (!id)
        return id.error();
    return stored(id.value());
}

Result<Checkpoint> CheckpointRegistry::update(Checkpoint c, Requirements requirements) {
    const auto before = byId(c.id);
    if (!before)
        return makeError(tr("checkpoint #%1 does not exist").arg(c.id));
    if (auto resolved = resolveType(c, true); !resolved)
        return resolved.error();
    if (const QVector<Error> problems = validate(c, requirements); !problems.isEmpty())
        return problems.first();
    if (c.code.isEmpty())
        c.code = before->code;
    if (const auto other = byCode(c.code); other && other->id != c.id)
        return makeError(tr("the code %1 is taken by another checkpoint").arg(c.code), {}, 0,
                         QStringLiteral("code"));
    if (auto duplicate = refuseDuplicate(c); !duplicate)
        return duplicate.error();
    if (auto updated = CheckpointStore(m_db).update(c); !updated)
        return updated.error();
    return stored(c.id);
}

Status CheckpointRegistry::close(qint64 id, const QDate &on) {
    auto c = byId(id);
    if (!c)
        return makeError(tr("checkpoint #%1 does not exist").arg(id));
    c->status = Checkpoint::Status::Closed;
    c->closedOn = on.isValid() ? on : clock::today();
    auto updated = update(*c);
    if (!updated)
        return updated.error();
    return success();
}

Status CheckpointRegistry::reopen(qint64 id) {
    auto c = byId(id);
    if (!c)
        return makeError(tr("checkpoint #%1 does not exist").arg(id));
    c->status = Checkpoint::Status::Active;
    auto updated = update(*c);
    if (!updated)
        return updated.error();
    return success();
}

Status CheckpointRegistry::remove(qint64 id) {
    const auto c = byId(id);
    if (!c)
        return makeError(tr("checkpoint #%1 does not exist").arg(id));
    auto children =
        sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM checkpoints WHERE parent_id = ?"), {id});
    if (!children)
        return children.error();
    if (children.value().toLongLong() > 0)
        return makeError(tr("%1 “%2” has %n sub-checkpoint(s); close it instead of deleting it", nullptr,
                            int(children.value().toLongLong()))
                             .arg(c->code, c->name));
    auto query = sql::exec(m_db, QStringLiteral("DELETE FROM checkpoints WHERE id = ?"), {id});
    if (!query) {
        // Scans or aliases refer to it (SQLite and PostgreSQL both say "foreign key"); any other failure
        // is what it is.
        if (!query.error().message.contains(QLatin1String("foreign key"), Qt::CaseInsensitive))
            return query.error();
        return makeError(tr("%1 “%2” has records that refer to it; close it instead of deleting it")
                             .arg(c->code, c->name));
    }
    return success();
}

std::optional<Checkpoint> CheckpointRegistry::byId(qint64 id) const {
    auto query = sql::exec(m_db, kSelect + QStringLiteral("WHERE c.id = ?"), {id});
    if (!query || !query.value().next())
        return std::nullopt;
    return readCheckpoint(query.value());
}

std::optional<Checkpoint> CheckpointRegistry::byCode(const QString &code) const {
    auto query = sql::exec(m_db, kSelect + QStringLiteral("WHERE c.code = ?"), {code});
    if (!query || !query.value().next())
        return std::nullopt;
    return readCheckpoint(query.value());
}

Result<Checkpoints> CheckpointRegistry::select(const CheckpointFilter &filter) const {
    QStringList where;
    QVariantList values;
    if (!filter.communeCode.isEmpty()) {
        where << QStringLiteral("c.commune_code = ?");
        values << filter.communeCode;
    }
    if (filter.typeId) {
        where << QStringLiteral("c.type_id = ?");
        values << filter.typeId;
    }
    if (filter.status) {
        where << QStringLiteral("c.status = ?");
        values << statusKey(*filter.status);
    }
    if (filter.parentId) {
        where << QStringLiteral("c.parent_id = ?");
        values << *filter.parentId;
    }
    const QString statement =
        kSelect +
        (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))) +
        kOrder;
    Checkpoints result;
    auto query = sql::exec(m_db, statement, values);
    if (!query)
        return query.error();
    const QString needle = text::foldKey(filter.text);
    while (query.value().next()) {
        Checkpoint c = readCheckpoint(query.value());
        if (!needle.isEmpty()) {
            const QString haystack =
                text::foldKey(c.code + u' ' + c.name + u' ' + c.address + u' ' + c.phone);
            if (!haystack.contains(needle))
                continue;
        }
        result.append(std::move(c));
    }
    return result;
}

Checkpoints CheckpointRegistry::list(const CheckpointFilter &filter) const {
    auto selected = select(filter);
    return selected ? selected.value() : Checkpoints();
}

QHash<QString, int> CheckpointRegistry::countByCommune() const {
    QHash<QString, int> counts;
    auto query = sql::exec(
        m_db, QStringLiteral("SELECT commune_code, count(*) FROM checkpoints GROUP BY commune_code"));
    if (query) {
        while (query.value().next())
            counts.insert(query.value().value(0).toString(), query.value().value(1).toInt());
    }
    return counts;
}

qint64 CheckpointRegistry::count() const {
    auto result = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM checkpoints"));
    return result ? result.value().toLongLong() : 0;
}

} // namespace cd
