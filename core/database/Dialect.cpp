// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dialect.h"

#include <QUrl>

namespace cd::sql {

Backend backendOf(const QSqlDatabase &db) {
    return db.driverName() == QLatin1String("QPSQL") ? Backend::PostgreSQL : Backend::SQLite;
}

bool isServerLocation(const QString &location) {
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString displayLocation(const QString &location) {
    if (!isServerLocation(location))
        return location;
    QUrl url(location);
    url.setPassword(QString());
    return url.toString();
}

} // namespace cd::sql
