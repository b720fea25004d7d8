// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchInsert.h"

#include "database/SqlQuery.h"

#include <QStringList>

namespace cd {

BatchInsert::BatchInsert(QSqlDatabase db, QString head, int columns, QString tail, int batchRows)
    : m_db(std::move(db))
    , m_head(std::move(head))
    , m_columns(columns)
    , m_tail(std::move(tail))
    , m_batchRows(batchRows)
    , m_full(m_db) {}

QString BatchInsert::statement(int rows) const {
    QStringList marks(m_columns, QStringLiteral("?"));
    const QString row = QStringLiteral("(") + marks.join(u',') + QStringLiteral(")");
    return m_head + QStringList(rows, row).join(u',') + m_tail;
}

Status BatchInsert::add(const QVariantList &row) {
    m_pending += row;
    if (m_pending.size() >= qsizetype(m_batchRows) * m_columns)
        return flush();
    return success();
}

Status BatchInsert::flush() {
    if (m_pending.isEmpty())
        return success();
    const int rows = int(m_pending.size() / m_columns);
    QSqlQuery partial(m_db);
    QSqlQuery &query = rows == m_batchRows ? m_full : partial;
    if (&query == &partial || !m_fullPrepared) {
        if (!query.prepare(statement(rows)))
            return sql::errorOf(query);
        m_fullPrepared = m_fullPrepared || &query == &m_full;
    }
    for (qsizetype i = 0; i < m_pending.size(); ++i)
        query.bindValue(int(i), m_pending.at(i));
    m_pending.clear();
    if (!query.exec())
        return sql::errorOf(query);
    if (onReturned) {
        while (query.next())
            onReturned(query);
    }
    m_affected += query.numRowsAffected() > 0 ? query.numRowsAffected() : 0;
    query.finish();
    return success();
}

} // namespace cd
