// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace cd {

struct CheckpointType {
    qint64 id = 0;
    QString name;
    int position = 0;
};

// The office's list of checkpoint types: the national form's, seeded from the vocabulary
// (resources/vocabulary/checkpoint-types.json), and the office's own, which imports add when a file names
// a type that matches none. Types are an open vocabulary: a written type is never a reason to refuse.
class CheckpointTypes {
    Q_DECLARE_TR_FUNCTIONS(CheckpointTypes)

public:
    // The national form's types, in the order the register offers them.
    static QStringList defaults();
    // The national type a written type means by the vocabulary's synonyms ("Bến xe" -> "Bến xe, bến tàu"),
    // or empty when it names none.
    static QString nationalTypeFor(const QString &written);

    explicit CheckpointTypes(QSqlDatabase db)
        : m_db(std::move(db)) {}

    Result<QVector<CheckpointType>> all() const;
    // By name as people write it (case, diacritics, tone placement), by a synonym of a national type, or
    // by id given as text. The error lists the types.
    Result<CheckpointType> find(const QString &name) const;
    // The type a written type means; a new type of the office, named as written, when it means none; the
    // vocabulary's "unclassified" type when nothing is written.
    Result<CheckpointType> findOrAdd(const QString &written);
    Result<CheckpointType> add(const QString &name);
    Status rename(qint64 id, const QString &name);
    // Moves every checkpoint of one type to another and removes the first, in one transaction.
    Status merge(qint64 fromId, qint64 intoId);
    // Refused while a checkpoint has the type.
    Status remove(qint64 id);
    // Checkpoints per type id.
    Result<QHash<qint64, int>> usage() const;

private:
    QSqlDatabase m_db;
};

// Resolves written types for an import: each distinct spelling once, new types added as they come. Holds
// the list in memory; the connection must be in the import's transaction.
class TypeResolver {
public:
    explicit TypeResolver(QSqlDatabase db);

    Result<CheckpointType> resolve(const QString &written);
    // The types the resolver added, by name, with how many rows named each.
    const QHash<QString, int> &added() const { return m_added; }

private:
    CheckpointTypes m_types;
    QHash<QString, CheckpointType> m_bySpelling;
    QHash<QString, int> m_added;
};

} // namespace cd
