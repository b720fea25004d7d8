// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlQuery.h"

#include <QCoreApplication>
#include <QSqlError>

namespace cd::sql {

Error errorOf(const QSqlQuery &query) {
    return makeError(
        QCoreApplication::translate("cd::sql", "database error: %1").arg(query.lastError().text()));
}

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
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
