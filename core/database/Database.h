// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace cd {
namespace schema {
struct Migration;
}

// Owns one named Qt Sql connection to a Checkpoint Desk database and brings its schema up to date.
// Opening never writes to a file it refuses: a file that is not SQLite, a damaged one and one written
// by a newer version are first examined through a read-only connection and left byte-identical.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr int kApplicationId = 0x43504B44; // "CPKD" in the SQLite header

    // A file path, ":memory:", or a PostgreSQL server's libpq URI (postgresql://USER@HOST[:PORT]/DBNAME,
    // sslmode and other libpq parameters in its query). A server's password comes from the libpq
    // password file (~/.pgpass, PGPASSFILE), or from the GUI's dialog through openServer; never from the
    // URI, which a command line would show to every user of the machine.
    static Result<std::unique_ptr<Database>> open(const QString &path);
    static Result<std::unique_ptr<Database>> openServer(const QString &uri, const QString &password = {});
    static Result<std::unique_ptr<Database>> openInMemory();
    // The file used when no --db is given: AppDataLocation/checkpoint-desk.sqlite.
    static QString defaultPath();
    // One office setting of a database file, read without opening it for writing (no migration, no
    // backup): empty when the file has no such setting; an error when it is no Checkpoint Desk database.
    static Result<QString> peekSetting(const QString &path, const QString &key);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    const QString &path() const { return m_path; }
    bool isInMemory() const { return m_path == QLatin1String(":memory:"); }
    // On a PostgreSQL server rather than in an SQLite file.
    bool isServer() const { return m_server; }
    // The path, or the server's URI without a password.
    QString displayLocation() const;
    // The copy taken before the last migration, empty when none was needed.
    const QString &backupPath() const { return m_backupPath; }
    int schemaVersion() const;

    // Another connection to the same file, for a worker thread (each thread needs its own).
    Result<std::unique_ptr<Database>> openAnotherConnection() const;

    // Brings the schema up to date, as opening does: after a restore put an older one in place.
    Status upgradeSchema() { return migrate(); }

    // Full integrity and foreign-key check; an empty list means the database is sound.
    Result<QStringList> checkIntegrity() const;

private:
    explicit Database(QString path, QString connectionName);
    static Status examineExisting(const QString &path);
    static Result<std::unique_ptr<Database>> connectServer(const QString &uri, const QString &password);
    Status configure();
    Status migrate();
    Status migrateServer();
    int serverSchemaVersion() const;
    // One migration's statements and rows, and the version recorded, inside the caller's transaction.
    Status applyMigration(const schema::Migration &migration);

    QString m_path;
    QString m_connectionName;
    QString m_backupPath;
    // Kept for openAnotherConnection when the GUI's dialog gave it; never written anywhere.
    QString m_password;
    bool m_server = false;
};

} // namespace cd
