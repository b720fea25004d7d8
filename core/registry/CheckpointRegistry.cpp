// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckpointRegistry.h"

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

QVariant nullable(const std::optional<double> &value) {
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

QVariant nullableDate(const QDate &date) {
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

// Qt binds a null QString as NULL; these columns hold '' when empty.
QString notNull(const QString &value) {
    return value.isNull() ? QStringLiteral("") : value;
}

QString now() {
    return clock::nowUtc().toString(Qt::ISODate);
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
    return text::matchKey(checkpoint.name) + u'|' + text::matchKey(checkpoint.address) + u'|' +
           checkpoint.communeCode;
}

QVector<Error> CheckpointRegistry::validate(Checkpoint &c) const {
    QVector<Error> problems;
    auto problem = [&](const QString &field, const QString &message) {
        problems.append(makeError(message, {}, 0, field));
    };
    c.code = text::normalized(c.code);
    c.name = text::normalized(c.name);
    c.address = text::normalized(c.address);
    c.description = c.description.trimmed().normalized(QString::NormalizationForm_C);
    c.issuedQrPayload = c.issuedQrPayload.trimmed();

    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$"));
    if (!c.code.isEmpty() && !codePattern.match(c.code).hasMatch())
        problem(QStringLiteral("code"),
                tr("the code may hold only letters, digits, “.”, “_”, “/” and “-” (at "
                   "most 40)"));
    if (c.name.isEmpty())
        problem(QStringLiteral("name"), tr("the checkpoint's name is required"));
    else if (c.name.size() > 300)
        problem(QStringLiteral("name"), tr("the name is longer than 300 characters"));

    const CheckpointTypes types(m_db);
    if (!c.typeName.trimmed().isEmpty() && c.typeId == 0) {
        if (const auto type = types.find(c.typeName); type) {
            c.typeId = type->id;
            c.typeName = type->name;
        } else {
            problem(QStringLiteral("type"), type.error().message);
        }
    } else if (c.typeId == 0) {
        problem(QStringLiteral("type"), tr("the checkpoint's type is required"));
    }

    if (c.phone.trimmed().isEmpty()) {
        problem(QStringLiteral("phone"), tr("a phone number is required"));
    } else if (const auto phone = phone::normalize(c.phone); phone) {
        c.phone = phone.value();
    } else {
        problem(QStringLiteral("phone"), phone.error().message);
    }

    if (c.communeCode.isEmpty()) {
        problem(QStringLiteral("commune"), tr("the commune is required"));
    } else {
        bool inScope = false;
        for (const AdminUnit &commune : OfficeScope(m_db).communes())
            inScope = inScope || commune.code == c.communeCode;
        if (!inScope)
            problem(QStringLiteral("commune"),
                    tr("commune %1 is not in this database's area").arg(c.communeCode));
    }
    if (c.address.isEmpty())
        problem(QStringLiteral("address"), tr("the address is required"));

    if (c.latitude.has_value() != c.longitude.has_value()) {
        problem(QStringLiteral("location"), tr("give both latitude and longitude, or neither"));
    } else if (c.latitude) {
        // Vietnam lies within 8–24° N and 102–110° E (islands to 118° E); a swap is the usual mistake.
        const bool inVietnam =
            *c.latitude >= 8 && *c.latitude <= 24 && *c.longitude >= 102 && *c.longitude <= 118;
        if (!inVietnam)
            problem(QStringLiteral("location"),
                    tr("%1, %2 is not in Vietnam (latitude 8–24, longitude 102–118); are they swapped?")
                        .arg(*c.latitude)
                        .arg(*c.longitude));
    }

    if (!c.parentCode.trimmed().isEmpty() && !c.parentId) {
        if (const auto parent = byCode(c.parentCode.trimmed()))
            c.parentId = parent->id;
        else
            problem(QStringLiteral("parent"),
                    tr("there is no checkpoint with the code “%1”").arg(c.parentCode));
    }
    if (c.parentId) {
        // Walk up from the parent: reaching this checkpoint would make a loop.
        QSet<qint64> seen;
        std::optional<qint64> ancestor = c.parentId;
        while (ancestor && !seen.contains(*ancestor)) {
            if (c.id != 0 && *ancestor == c.id) {
                problem(QStringLiteral("parent"), tr("a checkpoint cannot be inside itself"));
                break;
            }
            seen.insert(*ancestor);
            const auto next = byId(*ancestor);
            if (!next) {
                problem(QStringLiteral("parent"), tr("the parent checkpoint does not exist"));
                break;
            }
            if (*ancestor == *c.parentId)
                c.parentCode = next->code;
            ancestor = next->parentId;
        }
    } else {
        c.parentCode.clear();
    }

    if (!c.issuedQrPayload.isEmpty()) {
        if (const Status printable = QrPayloads(m_db).check(c.issuedQrPayload); !printable)
            problems.append(printable.error());
        // One issued code is one place: scans of it would otherwise be counted at two checkpoints.
        auto other = sql::scalar(
            m_db, QStringLiteral("SELECT code FROM checkpoints WHERE issued_qr_payload = ? AND id <> ?"),
            {c.issuedQrPayload, QVariant(c.id)});
        if (other && other.value().isValid())
            problems.append(
                makeError(tr("checkpoint %1 has this QR code already").arg(other.value().toString()), {}, 0,
                          QStringLiteral("qr_payload")));
    }

    if (c.isClosed() && !c.closedOn.isValid())
        c.closedOn = clock::today();
    if (!c.isClosed())
        c.closedOn = QDate();
    if (!c.registeredOn.isValid())
        c.registeredOn = clock::today();
    if (c.closedOn.isValid() && c.closedOn < c.registeredOn)
        problem(QStringLiteral("closed_on"), tr("the checkpoint closed before it was registered"));
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
                             .arg(other->code, other->name),
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

Result<Checkpoint> CheckpointRegistry::add(Checkpoint checkpoint) {
    checkpoint.id = 0;
    return insert(std::move(checkpoint), false);
}

Result<Checkpoint> CheckpointRegistry::restore(Checkpoint checkpoint) {
    return insert(std::move(checkpoint), true);
}

Result<Checkpoint> CheckpointRegistry::insert(Checkpoint c, bool keepId) {
    if (const QVector<Error> problems = validate(c); !problems.isEmpty())
        return problems.first();
    if (c.code.isEmpty())
        c.code = nextCode(c.communeCode);
    if (byCode(c.code))
        return makeError(tr("the code %1 is taken by another checkpoint").arg(c.code), {}, 0,
                         QStringLiteral("code"));
    if (auto duplicate = refuseDuplicate(c); !duplicate)
        return duplicate.error();

    const QString stamp = now();
    QVariantList values{c.code,
                        c.name,
                        c.typeId,
                        c.phone,
                        c.communeCode,
                        c.address,
                        nullable(c.latitude),
                        nullable(c.longitude),
                        notNull(c.description),
                        notNull(c.issuedQrPayload),
                        c.parentId ? QVariant(*c.parentId) : QVariant(QMetaType(QMetaType::LongLong)),
                        statusKey(c.status),
                        nullableDate(c.closedOn),
                        c.registeredOn.toString(Qt::ISODate),
                        c.createdAt.isValid() ? c.createdAt.toUTC().toString(Qt::ISODate) : stamp,
                        stamp,
                        duplicateKey(c)};
    QString columns =
        QStringLiteral("code, name, type_id, phone, commune_code, address, latitude, longitude, "
                       "description, issued_qr_payload, parent_id, status, closed_on, registered_on, "
                       "created_at, updated_at, duplicate_key");
    QString marks = QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?");
    if (keepId && c.id > 0) {
        columns.prepend(QStringLiteral("id, "));
        marks.prepend(QStringLiteral("?, "));
        values.prepend(c.id);
    }
    auto query = sql::exec(
        m_db, QStringLiteral("INSERT INTO checkpoints (%1) VALUES (%2) RETURNING id").arg(columns, marks),
        values);
    if (!query)
        return query.error();
    if (!query.value().next())
        return makeError(tr("the checkpoint could not be stored"));
    const qint64 id = query.value().value(0).toLongLong();
    query.value().finish();
    return *byId(id);
}

Result<Checkpoint> CheckpointRegistry::update(Checkpoint c) {
    const auto stored = byId(c.id);
    if (!stored)
        return makeError(tr("checkpoint #%1 does not exist").arg(c.id));
    if (const QVector<Error> problems = validate(c); !problems.isEmpty())
        return problems.first();
    if (c.code.isEmpty())
        c.code = stored->code;
    if (const auto other = byCode(c.code); other && other->id != c.id)
        return makeError(tr("the code %1 is taken by another checkpoint").arg(c.code), {}, 0,
                         QStringLiteral("code"));
    if (auto duplicate = refuseDuplicate(c); !duplicate)
        return duplicate.error();

    auto query = sql::exec(
        m_db,
        QStringLiteral("UPDATE checkpoints SET code = ?, name = ?, type_id = ?, phone = ?, commune_code = ?, "
                       "address = ?, latitude = ?, longitude = ?, description = ?, issued_qr_payload = ?, "
                       "parent_id = ?, status = ?, closed_on = ?, registered_on = ?, updated_at = ?, "
                       "duplicate_key = ? WHERE id = ?"),
        QVariantList{c.code, c.name, c.typeId, c.phone, c.communeCode, c.address, nullable(c.latitude),
                     nullable(c.longitude), notNull(c.description), notNull(c.issuedQrPayload),
                     c.parentId ? QVariant(*c.parentId) : QVariant(QMetaType(QMetaType::LongLong)),
                     statusKey(c.status), nullableDate(c.closedOn), c.registeredOn.toString(Qt::ISODate),
                     now(), duplicateKey(c), c.id});
    if (!query)
        return query.error();
    return *byId(c.id);
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
    if (children && children.value().toLongLong() > 0)
        return makeError(tr("%1 “%2” has %n sub-checkpoint(s); close it instead of deleting it", nullptr,
                            int(children.value().toLongLong()))
                             .arg(c->code, c->name));
    auto query = sql::exec(m_db, QStringLiteral("DELETE FROM checkpoints WHERE id = ?"), {id});
    if (!query) // a foreign key (scans, later) refers to it
        return makeError(tr("%1 “%2” has records that refer to it; close it instead of deleting it")
                             .arg(c->code, c->name));
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

Checkpoints CheckpointRegistry::list(const CheckpointFilter &filter) const {
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
        return result;
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
