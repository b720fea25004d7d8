// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace cd {

struct CheckpointType {
    qint64 id = 0;
    QString name;
    int position = 0;
};

// The office's list of checkpoint types, seeded from the places the dispatches name and editable.
class CheckpointTypes {
    Q_DECLARE_TR_FUNCTIONS(CheckpointTypes)

public:
    static QStringList defaults();

    explicit CheckpointTypes(QSqlDatabase db)
        : m_db(std::move(db)) {}

    QVector<CheckpointType> all() const;
    // By name as people write it (case, diacritics, tone placement), or by id given as text.
    Result<CheckpointType> find(const QString &name) const;
    Result<CheckpointType> add(const QString &name);
    Status rename(qint64 id, const QString &name);
    // Refused while a checkpoint has the type.
    Status remove(qint64 id);

private:
    QSqlDatabase m_db;
};

} // namespace cd
