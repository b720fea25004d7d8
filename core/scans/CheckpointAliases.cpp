// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckpointAliases.h"

#include "common/Clock.h"
#include "common/VietnameseText.h"
#include "database/SqlQuery.h"
#include "registry/CheckpointRegistry.h"

namespace cd {

QString CheckpointAliases::labelOf(const QString &code, const QString &qrPayload, const QString &name,
                                   const QString &commune) {
    QStringList named;
    for (const QString &part : {code, qrPayload, name, commune}) {
        if (const QString trimmed = part.trimmed(); !trimmed.isEmpty())
            named << trimmed;
    }
    return named.join(QStringLiteral(" · "));
}

QString CheckpointAliases::keyOf(const QString &label) {
    return text::matchKey(label);
}

Result<CheckpointAlias> CheckpointAliases::set(const QString &label, const QString &checkpointCode) {
    const QString key = keyOf(label);
    if (key.isEmpty())
        return makeError(tr("the name to map is empty"), {}, 0, QStringLiteral("label"));
    const auto checkpoint = CheckpointRegistry(m_db).byCode(checkpointCode.trimmed());
    if (!checkpoint)
        return makeError(tr("no checkpoint has the code “%1”").arg(checkpointCode.trimmed()), {}, 0,
                         QStringLiteral("checkpoint"));
    CheckpointAlias alias{label.trimmed(), checkpoint->id, checkpoint->code, checkpoint->name,
                          clock::nowUtc()};
    auto stored =
        sql::exec(m_db,
                  QStringLiteral("INSERT INTO checkpoint_aliases (alias_key, label, checkpoint_id, "
                                 "created_at) VALUES (?, ?, ?, ?) ON CONFLICT (alias_key) DO UPDATE "
                                 "SET label = excluded.label, checkpoint_id = excluded.checkpoint_id, "
                                 "created_at = excluded.created_at"),
                  {key, alias.label, alias.checkpointId, alias.createdAt.toString(Qt::ISODate)});
    if (!stored)
        return stored.error();
    return alias;
}

Status CheckpointAliases::remove(const QString &label) {
    auto removed =
        sql::exec(m_db, QStringLiteral("DELETE FROM checkpoint_aliases WHERE alias_key = ?"), {keyOf(label)});
    if (!removed)
        return removed.error();
    if (removed->numRowsAffected() == 0)
        return makeError(tr("“%1” is not mapped to a checkpoint").arg(label), {}, 0, QStringLiteral("label"));
    return success();
}

Result<QVector<CheckpointAlias>> CheckpointAliases::list() const {
    auto query =
        sql::exec(m_db, QStringLiteral("SELECT a.label, a.checkpoint_id, c.code, c.name, a.created_at "
                                       "FROM checkpoint_aliases a JOIN checkpoints c ON c.id = "
                                       "a.checkpoint_id ORDER BY a.label"));
    if (!query)
        return query.error();
    QVector<CheckpointAlias> aliases;
    while (query.value().next())
        aliases.append({query->value(0).toString(), query->value(1).toLongLong(), query->value(2).toString(),
                        query->value(3).toString(),
                        QDateTime::fromString(query->value(4).toString(), Qt::ISODate)});
    return aliases;
}

QHash<QString, qint64> CheckpointAliases::byKey() const {
    QHash<QString, qint64> aliases;
    auto query = sql::exec(m_db, QStringLiteral("SELECT alias_key, checkpoint_id FROM checkpoint_aliases"));
    if (query) {
        while (query.value().next())
            aliases.insert(query->value(0).toString(), query->value(1).toLongLong());
    }
    return aliases;
}

} // namespace cd
