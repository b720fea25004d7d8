// SPDX-License-Identifier: GPL-3.0-or-later
// Database on a PostgreSQL server: connecting through a libpq URI, and the schema's version and
// migrations, which there are shared by every office that connects.
#include "Database.h"

#include "Dialect.h"
#include "PgConnection.h"
#include "Schema.h"
#include "SqlQuery.h"
#include "Transaction.h"

#include <QAtomicInteger>
#include <QScopeGuard>
#include <QSqlError>
#include <QUrl>

namespace cd {
namespace {

QString nextServerConnectionName() {
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("checkpoint-desk-server-%1").arg(++counter);
}

// The schema's version, in the database itself: PostgreSQL has no user_version.
const char *const kVersionTable = "checkpoint_desk_schema";

} // namespace

Result<std::unique_ptr<Database>> Database::openServer(const QString &uri, const QString &password) {
    auto database = connectServer(uri, password);
    if (!database)
        return database.error();
    if (auto status = database.value()->migrate(); !status)
        return Error{status.error().message, sql::displayLocation(uri), 0, {}};
    return database;
}

Result<std::unique_ptr<Database>> Database::connectServer(const QString &uri, const QString &password) {
    const QString shown = sql::displayLocation(uri);
    const QUrl url(uri);
    if (!url.isValid() || url.path().size() <= 1)
        return makeError(
            tr("%1 is not a server address: write postgresql://USER@HOST[:PORT]/DATABASE").arg(shown), shown);
    if (!url.password().isEmpty())
        return makeError(tr("%1: a password is not taken in the address, where other users of the "
                            "computer could read it. Put it in the PostgreSQL password file (~/.pgpass, "
                            "or the file PGPASSFILE names), or connect from File → Connect to server…")
                             .arg(shown),
                         shown);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return makeError(tr("this installation cannot reach a PostgreSQL server: Qt's PostgreSQL driver "
                            "is missing (the Debian package libqt6sql6-psql)"),
                         shown);

    std::unique_ptr<Database> database(new Database(uri, nextServerConnectionName()));
    database->m_server = true;
    database->m_password = password;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), database->m_connectionName);
        // Without a password libpq reads the password file itself.
        if (auto configured = sql::configureServerConnection(db, uri); !configured)
            return Error{configured.error().message, shown, 0, {}};
        if (!password.isEmpty())
            db.setPassword(password);
        if (!db.open())
            return makeError(tr("cannot connect to %1: %2").arg(shown, db.lastError().text().trimmed()),
                             shown);
    }
    if (auto status = database->configure(); !status)
        return status.error();
    return database;
}

int Database::serverSchemaVersion() const {
    const QSqlDatabase db = connection();
    auto table = sql::scalar(db, QStringLiteral("SELECT to_regclass(?) IS NOT NULL"),
                             {QString::fromLatin1(kVersionTable)});
    if (!table)
        return -1;
    if (!table.value().toBool())
        return 0;
    auto version = sql::scalar(db, QStringLiteral("SELECT version FROM checkpoint_desk_schema"));
    return version ? version.value().toInt() : -1;
}

Status Database::migrateServer() {
    const QSqlDatabase db = connection();
    // Every client migrates under one lock of the schema (a session-level advisory lock, keyed by the
    // schema's name): two offices starting the new version at once do not both migrate, and the second
    // finds the schema up to date once the first is done.
    if (auto locked = sql::exec(
            db, QStringLiteral(
                    "SELECT pg_advisory_lock(hashtext('checkpoint-desk schema ' || current_schema()))"));
        !locked)
        return makeError(tr("cannot lock the schema for its upgrade: %1").arg(locked.error().message));
    const auto unlock = qScopeGuard([&] {
        sql::exec(db,
                  QStringLiteral(
                      "SELECT pg_advisory_unlock(hashtext('checkpoint-desk schema ' || current_schema()))"));
    });

    int current = serverSchemaVersion();
    if (current < 0)
        return makeError(tr("cannot read the schema version: %1").arg(db.lastError().text()));
    if (current == 0) {
        // Refuse a schema that holds another program's tables rather than mix ours into it.
        auto tables = sql::scalar(
            db, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"));
        if (!tables)
            return tables.error();
        if (tables.value().toLongLong() > 0)
            return makeError(
                tr("the database's schema holds tables of another program, not of Checkpoint "
                   "Desk; it was left unchanged. Create an empty database for Checkpoint Desk."));
        Transaction transaction(db);
        auto created = sql::exec(db, QStringLiteral("CREATE TABLE checkpoint_desk_schema (version INTEGER "
                                                    "NOT NULL, application_id INTEGER NOT NULL)"));
        if (!created)
            return created.error();
        auto inserted = sql::exec(db,
                                  QStringLiteral("INSERT INTO checkpoint_desk_schema (version, "
                                                 "application_id) VALUES (0, ?)"),
                                  {kApplicationId});
        if (!inserted)
            return inserted.error();
        if (!transaction.commit())
            return makeError(tr("cannot create the schema: %1").arg(transaction.failure()));
    }
    if (current > schema::latestVersion())
        return makeError(tr("the server's database was upgraded by a newer version of Checkpoint Desk "
                            "(schema %1; this version knows up to %2). Update the program.")
                             .arg(current)
                             .arg(schema::latestVersion()));

    for (const schema::Migration &migration : schema::migrations()) {
        if (migration.version <= current)
            continue;
        Transaction transaction(db);
        if (!transaction.isActive())
            return makeError(tr("cannot start a transaction for migration %1").arg(migration.version));
        if (auto applied = applyMigration(migration); !applied)
            return applied.error();
        if (!transaction.commit())
            return makeError(tr("migration %1 could not be committed: %2")
                                 .arg(migration.version)
                                 .arg(transaction.failure()));
    }
    return success();
}

} // namespace cd
