// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckpointStore.h"

#include "CheckpointChecks.h"
#include "common/Clock.h"
#include "database/SqlQuery.h"

namespace cd {
namespace {

const QString kColumns =
    QStringLiteral("code, name, type_id, phone, commune_code, address, latitude, longitude, description, "
                   "issued_qr_payload, parent_id, status, closed_on, registered_on, created_at, updated_at, "
                   "duplicate_key");

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

QVariant parentOf(const Checkpoint &c) {
    return c.parentId ? QVariant(*c.parentId) : QVariant(QMetaType(QMetaType::LongLong));
}

void bindFields(QSqlQuery &query, const Checkpoint &c, int &index) {
    for (const QVariant &value :
         {QVariant(c.code), QVariant(c.name), QVariant(c.typeId), QVariant(notNull(c.phone)),
          QVariant(c.communeCode), QVariant(notNull(c.address)), nullable(c.latitude), nullable(c.longitude),
          QVariant(notNull(c.description)), QVariant(notNull(c.issuedQrPayload)), parentOf(c),
          QVariant(statusKey(c.status)), nullableDate(c.closedOn), nullableDate(c.registeredOn)})
        query.bindValue(index++, value);
}

} // namespace

CheckpointStore::CheckpointStore(QSqlDatabase db)
    : m_db(std::move(db))
    , m_insert(m_db)
    , m_insertWithId(m_db)
    , m_update(m_db) {
    m_insert.prepare(
        QStringLiteral("INSERT INTO checkpoints (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?) RETURNING id")
            .arg(kColumns));
    m_insertWithId.prepare(
        QStringLiteral("INSERT INTO checkpoints (id, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?) RETURNING id")
            .arg(kColumns));
    m_update.prepare(
        QStringLiteral("UPDATE checkpoints SET code = ?, name = ?, type_id = ?, phone = ?, commune_code = ?, "
                       "address = ?, latitude = ?, longitude = ?, description = ?, issued_qr_payload = ?, "
                       "parent_id = ?, status = ?, closed_on = ?, registered_on = ?, updated_at = ?, "
                       "duplicate_key = ? WHERE id = ?"));
}

Result<qint64> CheckpointStore::insert(const Checkpoint &c, bool keepId) {
    const bool withId = keepId && c.id > 0;
    QSqlQuery &query = withId ? m_insertWithId : m_insert;
    const QString stamp = clock::nowUtc().toString(Qt::ISODate);
    int index = 0;
    if (withId)
        query.bindValue(index++, c.id);
    bindFields(query, c, index);
    query.bindValue(index++, c.createdAt.isValid() ? c.createdAt.toUTC().toString(Qt::ISODate) : stamp);
    query.bindValue(index++, stamp);
    query.bindValue(index++, CheckpointChecks::duplicateKey(c));
    if (!query.exec())
        return sql::errorOf(query);
    if (!query.next())
        return makeError(QStringLiteral("the checkpoint could not be stored"));
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

Status CheckpointStore::update(const Checkpoint &c) {
    int index = 0;
    bindFields(m_update, c, index);
    m_update.bindValue(index++, clock::nowUtc().toString(Qt::ISODate));
    m_update.bindValue(index++, CheckpointChecks::duplicateKey(c));
    m_update.bindValue(index++, c.id);
    if (!m_update.exec())
        return sql::errorOf(m_update);
    return success();
}

} // namespace cd
