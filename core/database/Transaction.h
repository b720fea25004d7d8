// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database/SqlQuery.h"
#include "database/SqliteHandle.h"

#include <QSqlDatabase>
#include <QSqlDriver>

namespace cd {

// Rolls back unless commit() succeeded, so every early return of a multi-statement write is safe.
class Transaction {
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db)) {
        m_active = m_db.transaction();
    }
    ~Transaction() {
        if (m_active)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit() {
        if (!m_active)
            return false;
        m_active = false;
        if (m_db.commit())
            return true;
        // A COMMIT that failed (a full disk, a lock) may leave SQLite's transaction open: end it, so the
        // connection is not left inside it, and keep what went wrong to say it.
        m_failure = m_db.lastError();
        m_failureCode = sql::lastSqliteCode(m_db);
        m_db.rollback();
        return false;
    }
    // Why commit() failed, explained (a full disk, a busy database), for the caller's message.
    QString failure() const {
        const QString explained = m_failureCode ? sql::explainSqliteCode(m_failureCode) : QString();
        if (!explained.isEmpty())
            return QStringLiteral("%1 (%2)").arg(explained, m_failure.text());
        return sql::errorOf(m_failure, m_db.driver()->dbmsType()).message;
    }
    void rollback() {
        if (m_active)
            m_db.rollback();
        m_active = false;
    }

private:
    QSqlDatabase m_db;
    QSqlError m_failure;
    int m_failureCode = 0;
    bool m_active = false;
};

} // namespace cd
