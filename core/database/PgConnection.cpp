// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgConnection.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QStringList>
#include <QVariant>

#include <libpq-fe.h>

namespace cd::sql {
namespace {

// A value as libpq's connection strings quote it.
QString quoted(QString value) {
    value.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + value + u'\'';
}

} // namespace

Status configureServerConnection(QSqlDatabase &db, const QString &uri) {
    char *failure = nullptr;
    PQconninfoOption *options = PQconninfoParse(uri.toUtf8().constData(), &failure);
    if (!options) {
        const QString said = failure ? QString::fromUtf8(failure).trimmed() : QString();
        PQfreemem(failure);
        return makeError(
            QCoreApplication::translate("cd::sql", "the server address is not valid: %1").arg(said));
    }
    QStringList rest;
    for (PQconninfoOption *option = options; option->keyword; ++option) {
        if (!option->val)
            continue;
        const QString key = QString::fromLatin1(option->keyword);
        const QString value = QString::fromUtf8(option->val);
        if (key == QLatin1String("host"))
            db.setHostName(value);
        else if (key == QLatin1String("port"))
            db.setPort(value.toInt());
        else if (key == QLatin1String("dbname"))
            db.setDatabaseName(value);
        else if (key == QLatin1String("user"))
            db.setUserName(value);
        else if (key == QLatin1String("password"))
            continue; // refused before; never passed on
        else if (!value.contains(u';'))
            // Qt's driver turns the separators of its options into spaces.
            rest << key + u'=' + quoted(value);
    }
    PQconninfoFree(options);
    db.setConnectOptions(rest.join(u';'));
    return success();
}

pg_conn *pgHandleOf(const QSqlDatabase &db) {
    if (db.driverName() != QLatin1String("QPSQL") || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // Qt 6 names the type by libpq's struct (pg_conn*); Qt 5 named it by the typedef.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<pg_conn *const *>(handle.constData());
}

} // namespace cd::sql
