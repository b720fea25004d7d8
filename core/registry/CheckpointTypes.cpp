// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckpointTypes.h"

#include "common/VietnameseText.h"
#include "database/SqlQuery.h"

namespace cd {

QStringList CheckpointTypes::defaults() {
    // The places seeds 000–004 ask to register, in the order an office thinks of them.
    return {QStringLiteral("Cơ quan, đơn vị"),
            QStringLiteral("Trường học"),
            QStringLiteral("Cơ sở y tế"),
            QStringLiteral("Chợ"),
            QStringLiteral("Siêu thị, cửa hàng tiện lợi"),
            QStringLiteral("Nhà hàng, quán ăn, cà phê"),
            QStringLiteral("Khách sạn, cơ sở lưu trú"),
            QStringLiteral("Cơ sở sản xuất, kinh doanh"),
            QStringLiteral("Bến xe, bến tàu"),
            QStringLiteral("Phương tiện vận tải công cộng"),
            QStringLiteral("Chốt kiểm dịch"),
            QStringLiteral("Khu dân cư"),
            QStringLiteral("Đám cưới, đám tang, sự kiện"),
            QStringLiteral("Khác")};
}

QVector<CheckpointType> CheckpointTypes::all() const {
    QVector<CheckpointType> types;
    auto query = sql::exec(
        m_db, QStringLiteral("SELECT id, name, position FROM checkpoint_types ORDER BY position, id"));
    if (!query)
        return types;
    while (query.value().next())
        types.append({query.value().value(0).toLongLong(), query.value().value(1).toString(),
                      query.value().value(2).toInt()});
    return types;
}

Result<CheckpointType> CheckpointTypes::find(const QString &name) const {
    const QVector<CheckpointType> types = all();
    const QString written = text::normalized(name);
    for (const CheckpointType &type : types) {
        if (text::matchKey(type.name) == text::matchKey(written) || QString::number(type.id) == written)
            return type;
    }
    std::optional<CheckpointType> folded;
    int foldedCount = 0;
    for (const CheckpointType &type : types) {
        if (text::foldKey(type.name) == text::foldKey(written)) {
            folded = type;
            ++foldedCount;
        }
    }
    if (foldedCount == 1)
        return *folded;
    QStringList names;
    for (const CheckpointType &type : types)
        names << type.name;
    return makeError(
        tr("“%1” is not a checkpoint type. Types: %2").arg(written, names.join(QStringLiteral("; "))), {}, 0,
        QStringLiteral("type"));
}

Result<CheckpointType> CheckpointTypes::add(const QString &name) {
    const QString written = text::normalized(name);
    if (written.isEmpty())
        return makeError(tr("a type needs a name"), {}, 0, QStringLiteral("type"));
    if (find(written).ok())
        return makeError(tr("the type “%1” exists already").arg(written), {}, 0, QStringLiteral("type"));
    const int position = int(all().size()) + 1;
    auto query = sql::exec(
        m_db, QStringLiteral("INSERT INTO checkpoint_types (name, position) VALUES (?, ?) RETURNING id"),
        {written, position});
    if (!query)
        return query.error();
    if (!query.value().next())
        return makeError(tr("the type could not be stored"));
    return CheckpointType{query.value().value(0).toLongLong(), written, position};
}

Status CheckpointTypes::rename(qint64 id, const QString &name) {
    const QString written = text::normalized(name);
    if (written.isEmpty())
        return makeError(tr("a type needs a name"), {}, 0, QStringLiteral("type"));
    if (const auto existing = find(written); existing && existing->id != id)
        return makeError(tr("the type “%1” exists already").arg(written), {}, 0, QStringLiteral("type"));
    auto query =
        sql::exec(m_db, QStringLiteral("UPDATE checkpoint_types SET name = ? WHERE id = ?"), {written, id});
    if (!query)
        return query.error();
    return success();
}

Status CheckpointTypes::remove(qint64 id) {
    auto used = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM checkpoints WHERE type_id = ?"), {id});
    if (!used)
        return used.error();
    if (used.value().toLongLong() > 0)
        return makeError(tr("%n checkpoint(s) have this type; give them another type first", nullptr,
                            int(used.value().toLongLong())));
    auto query = sql::exec(m_db, QStringLiteral("DELETE FROM checkpoint_types WHERE id = ?"), {id});
    if (!query)
        return query.error();
    return success();
}

} // namespace cd
