// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

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
        return m_db.commit();
    }
    void rollback() {
        if (m_active)
            m_db.rollback();
        m_active = false;
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace cd
