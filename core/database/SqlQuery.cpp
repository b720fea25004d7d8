// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlQuery.h"

#include "Dialect.h"
#include "SqliteHandle.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

namespace cd::sql {

Error errorOf(const QSqlQuery &query) {
    return errorOf(query.lastError(), query.driver() ? query.driver()->dbmsType() : QSqlDriver::UnknownDbms);
}

Error errorOf(const QSqlError &error, QSqlDriver::DbmsType dbms) {
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    const QString explained = dbms == QSqlDriver::SQLite && numeric ? explainSqliteCode(code) : QString();
    if (!explained.isEmpty())
        return makeError(QStringLiteral("%1 (%2)").arg(explained, error.text()));
    return makeError(QCoreApplication::translate("cd::sql", "database error: %1").arg(error.text()));
}

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values,
                       Fetch fetch) {
    QSqlQuery query(db);
    // Qt's PostgreSQL driver reads a forward-only query in single-row mode.
    query.setForwardOnly(fetch == Fetch::RowByRow || !isServer(db));
    // PostgreSQL prepares only queries and row changes, not SET or DDL: a statement without values runs
    // as it is there.
    if (values.isEmpty() && isServer(db)) {
        if (!query.exec(statement))
            return errorOf(query);
        return query;
    }
    if (!query.prepare(statement))
        return errorOf(query);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return errorOf(query);
    return query;
}

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement,
                       std::initializer_list<QVariant> values) {
    return exec(db, statement, QVariantList(values));
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement,
                        std::initializer_list<QVariant> values) {
    auto query = exec(db, statement, values);
    if (!query)
        return query.error();
    if (!query.value().next())
        return QVariant();
    return query.value().value(0);
}

} // namespace cd::sql
