// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>

namespace cd {

// Rows inserted many to a statement ("INSERT … VALUES (?,?),(?,?) ON CONFLICT …"): one round trip to a
// server per batch instead of per row. The statement's tail may say RETURNING; each returned row is
// given to onReturned.
class BatchInsert {
public:
    BatchInsert(QSqlDatabase db, QString head, int columns, QString tail, int batchRows);

    Status add(const QVariantList &row);
    Status flush();
    qint64 affected() const { return m_affected; }
    std::function<void(const QSqlQuery &)> onReturned;

private:
    QString statement(int rows) const;

    QSqlDatabase m_db;
    QString m_head;
    int m_columns;
    QString m_tail;
    int m_batchRows;
    QVariantList m_pending;
    QSqlQuery m_full; // prepared once for full batches
    bool m_fullPrepared = false;
    qint64 m_affected = 0;
};

} // namespace cd
