// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckpointTypes.h"

#include "common/PhraseMatcher.h"
#include "common/VietnameseText.h"
#include "database/SqlQuery.h"
#include "database/Transaction.h"
#include "vocabulary/Vocabulary.h"

namespace cd {
namespace {

// The national types' names and synonyms, compiled once.
const text::PhraseMatcher &nationalTypes() {
    static const text::PhraseMatcher matcher = [] {
        text::PhraseMatcher m;
        const auto &types = Vocabulary::instance().checkpointTypes();
        for (int i = 0; i < types.size(); ++i) {
            m.add(types[i].name, i);
            for (const QString &synonym : types[i].synonyms)
                m.add(synonym, i);
        }
        return m;
    }();
    return matcher;
}

Result<CheckpointType> byName(const QVector<CheckpointType> &types, const QString &written) {
    const QString key = text::matchKey(written);
    for (const CheckpointType &type : types) {
        if (text::matchKey(type.name) == key || QString::number(type.id) == written)
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
    return makeError({});
}

} // namespace

QStringList CheckpointTypes::defaults() {
    QStringList names;
    for (const Vocabulary::CheckpointType &type : Vocabulary::instance().checkpointTypes())
        names.append(type.name);
    return names;
}

QString CheckpointTypes::nationalTypeFor(const QString &written) {
    const auto match = nationalTypes().match(written);
    if (!match || match.tied)
        return {};
    return Vocabulary::instance().checkpointTypes().at(match.target).name;
}

Result<QVector<CheckpointType>> CheckpointTypes::all() const {
    auto query = sql::exec(
        m_db, QStringLiteral("SELECT id, name, position FROM checkpoint_types ORDER BY position, id"));
    if (!query)
        return query.error();
    QVector<CheckpointType> types;
    while (query.value().next())
        types.append({query.value().value(0).toLongLong(), query.value().value(1).toString(),
                      query.value().value(2).toInt()});
    return types;
}

Result<CheckpointType> CheckpointTypes::find(const QString &name) const {
    const auto types = all();
    if (!types)
        return types.error();
    const QString written = text::normalized(name);
    if (auto found = byName(types.value(), written))
        return found;
    // A synonym of a national type the office still has under its name.
    if (const QString national = nationalTypeFor(written); !national.isEmpty()) {
        if (auto found = byName(types.value(), national))
            return found;
    }
    QStringList names;
    for (const CheckpointType &type : types.value())
        names << type.name;
    return makeError(tr("%1 is not a checkpoint type. Types: %2")
                         .arg(text::quoted(written), names.join(QStringLiteral("; "))),
                     {}, 0, QStringLiteral("type"));
}

Result<CheckpointType> CheckpointTypes::findOrAdd(const QString &name) {
    const QString written = text::normalized(name);
    const QString wanted = written.isEmpty() ? Vocabulary::instance().unclassifiedType() : written;
    if (auto found = find(wanted))
        return found;
    return add(wanted);
}

Result<CheckpointType> CheckpointTypes::add(const QString &name) {
    const QString written = text::normalized(name);
    if (written.isEmpty())
        return makeError(tr("a type needs a name"), {}, 0, QStringLiteral("type"));
    const auto types = all();
    if (!types)
        return types.error();
    if (byName(types.value(), written).ok())
        return makeError(tr("the type %1 exists already").arg(text::quoted(written)), {}, 0,
                         QStringLiteral("type"));
    int position = 0;
    for (const CheckpointType &type : types.value())
        position = qMax(position, type.position);
    auto query = sql::exec(
        m_db, QStringLiteral("INSERT INTO checkpoint_types (name, position) VALUES (?, ?) RETURNING id"),
        {written, position + 1});
    if (!query)
        return query.error();
    if (!query.value().next())
        return makeError(tr("the type could not be stored"));
    return CheckpointType{query.value().value(0).toLongLong(), written, position + 1};
}

Status CheckpointTypes::rename(qint64 id, const QString &name) {
    const QString written = text::normalized(name);
    if (written.isEmpty())
        return makeError(tr("a type needs a name"), {}, 0, QStringLiteral("type"));
    const auto types = all();
    if (!types)
        return types.error();
    if (const auto existing = byName(types.value(), written); existing && existing->id != id)
        return makeError(tr("the type %1 exists already; merge the two instead").arg(text::quoted(written)),
                         {}, 0, QStringLiteral("type"));
    auto query =
        sql::exec(m_db, QStringLiteral("UPDATE checkpoint_types SET name = ? WHERE id = ?"), {written, id});
    if (!query)
        return query.error();
    if (query.value().numRowsAffected() != 1)
        return makeError(tr("type #%1 does not exist").arg(id), {}, 0, QStringLiteral("type"));
    return success();
}

Status CheckpointTypes::merge(qint64 fromId, qint64 intoId) {
    if (fromId == intoId)
        return makeError(tr("a type cannot be merged into itself"), {}, 0, QStringLiteral("type"));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return makeError(tr("cannot start a transaction"));
    auto into =
        sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM checkpoint_types WHERE id = ?"), {intoId});
    if (!into)
        return into.error();
    if (into.value().toLongLong() != 1)
        return makeError(tr("type #%1 does not exist").arg(intoId), {}, 0, QStringLiteral("type"));
    auto moved = sql::exec(m_db, QStringLiteral("UPDATE checkpoints SET type_id = ? WHERE type_id = ?"),
                           {intoId, fromId});
    if (!moved)
        return moved.error();
    auto removed = sql::exec(m_db, QStringLiteral("DELETE FROM checkpoint_types WHERE id = ?"), {fromId});
    if (!removed)
        return removed.error();
    if (removed.value().numRowsAffected() != 1)
        return makeError(tr("type #%1 does not exist").arg(fromId), {}, 0, QStringLiteral("type"));
    if (!transaction.commit())
        return makeError(tr("the merge could not be committed: %1").arg(transaction.failure()));
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

Result<QHash<qint64, int>> CheckpointTypes::usage() const {
    auto query =
        sql::exec(m_db, QStringLiteral("SELECT type_id, count(*) FROM checkpoints GROUP BY type_id"));
    if (!query)
        return query.error();
    QHash<qint64, int> counts;
    while (query.value().next())
        counts.insert(query.value().value(0).toLongLong(), query.value().value(1).toInt());
    return counts;
}

TypeResolver::TypeResolver(QSqlDatabase db)
    : m_types(std::move(db)) {}

Result<CheckpointType> TypeResolver::resolve(const QString &written) {
    const QString spelling = text::normalized(written);
    if (const auto it = m_bySpelling.constFind(spelling); it != m_bySpelling.constEnd()) {
        if (m_added.contains(it->name))
            ++m_added[it->name];
        return it.value();
    }
    const auto existing =
        m_types.find(spelling.isEmpty() ? Vocabulary::instance().unclassifiedType() : spelling);
    auto type = existing ? existing : m_types.findOrAdd(spelling);
    if (!type)
        return type.error();
    // Another spelling of a type this import added counts for it too.
    if (!existing || m_added.contains(type->name))
        ++m_added[type->name];
    m_bySpelling.insert(spelling, type.value());
    return type;
}

} // namespace cd
