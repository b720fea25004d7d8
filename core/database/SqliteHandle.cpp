// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteHandle.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace cd::sql {

sqlite3 *sqliteHandleOf(const QSqlDatabase &db) {
    if (db.driverName() != QLatin1String("QSQLITE") || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection || sqlite3_libversion_number() != SQLITE_VERSION_NUMBER)
        return nullptr;
    return connection;
}

int lastSqliteCode(const QSqlDatabase &db) {
    sqlite3 *connection = sqliteHandleOf(db);
    return connection ? sqlite3_extended_errcode(connection) : 0;
}

QString explainSqliteCode(int extendedCode) {
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("cd::sql", text);
    };
    switch (extendedCode & 0xFF) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return tr("the database is busy: another Checkpoint Desk window or a long import is writing to it. "
                  "Nothing was changed; try again when it has finished");
    case SQLITE_FULL:
        return tr("the disk is full. Nothing was stored; free some space and try again");
    case SQLITE_READONLY:
        return tr("the database file cannot be written (it is read-only for this user, or on a read-only "
                  "disk). Nothing was changed");
    case SQLITE_IOERR:
        return tr("writing to the disk failed (it may be full, or removed). Nothing was stored");
    case SQLITE_CANTOPEN:
        return tr("the database file or its folder cannot be opened");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return tr("the database file is damaged. Restore it from a backup");
    default:
        return {};
    }
}

} // namespace cd::sql
