// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "Dialect.h"
#include "Schema.h"
#include "SqlQuery.h"
#include "Transaction.h"
#include "common/Clock.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <sqlite3.h>

namespace cd {
namespace {

QString nextConnectionName() {
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("checkpoint-desk-%1").arg(++counter);
}

// Removes a Qt Sql connection when the scope ends, after every QSqlDatabase copy is gone.
class ScopedConnection {
public:
    explicit ScopedConnection(QString name)
        : m_name(std::move(name)) {}
    ~ScopedConnection() { QSqlDatabase::removeDatabase(m_name); }
    const QString &name() const { return m_name; }

private:
    QString m_name;
};

// Set before SQLite's first use in the process: its memory statistics take a global mutex on every
// allocation, and nothing here reads them. A million-row import allocates for every row.
void configureSqlite() {
    static const bool configured = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return true;
    }();
    Q_UNUSED(configured)
}

bool hasSqliteHeader(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName)) {}

Database::~Database() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/checkpoint-desk.sqlite");
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::displayLocation() const {
    return sql::displayLocation(m_path);
}

int Database::schemaVersion() const {
    if (m_server)
        return serverSchemaVersion();
    auto version = sql::scalar(connection(), QStringLiteral("PRAGMA user_version"));
    return version ? version.value().toInt() : -1;
}

Result<QString> Database::peekSetting(const QString &path, const QString &key) {
    if (sql::isServerLocation(path)) {
        auto server = connectServer(path, {});
        if (!server)
            return server.error();
        if (server.value()->schemaVersion() <= 0)
            return makeError(tr("%1 holds no Checkpoint Desk database").arg(sql::displayLocation(path)));
        auto value = sql::scalar(server.value()->connection(),
                                 QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
        if (!value)
            return value.error();
        return value.value().isValid() ? value.value().toString() : QString();
    }
    if (!hasSqliteHeader(path))
        return makeError(tr("%1 is not a Checkpoint Desk database (it is not an SQLite file)").arg(path),
                         path);
    const ScopedConnection probe(nextConnectionName());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probe.name());
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return makeError(tr("%1 cannot be opened: %2").arg(path, db.lastError().text()), path);
    const auto appId = sql::scalar(db, QStringLiteral("PRAGMA application_id"));
    if (!appId || appId.value().toInt() != kApplicationId) {
        db.close();
        return makeError(tr("%1 is not a Checkpoint Desk database").arg(path), path);
    }
    auto value = sql::scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    db.close();
    if (!value)
        return Error{value.error().message, path, 0, {}};
    return value.value().isValid() ? value.value().toString() : QString();
}

Status Database::examineExisting(const QString &path) {
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return success();
    if (!info.isFile())
        return makeError(tr("%1 is not a file").arg(path), path);
    if (!hasSqliteHeader(path))
        return makeError(tr("%1 is not a Checkpoint Desk database (it is not an SQLite file); it was left "
                            "unchanged")
                             .arg(path),
                         path);

    const ScopedConnection probe(nextConnectionName());
    Status verdict = success();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probe.name());
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return makeError(tr("%1 cannot be opened: %2").arg(path, db.lastError().text()), path);

        auto check = sql::exec(db, QStringLiteral("PRAGMA quick_check"));
        QStringList problems;
        if (!check) {
            // The check could not run (a full disk for the journal's index, a lock): that says nothing
            // of the file, which must not be called damaged.
            return makeError(tr("%1 could not be checked before opening: %2. It was left unchanged.")
                                 .arg(path, check.error().message),
                             path);
        } else {
            while (check.value().next()) {
                const QString line = check.value().value(0).toString();
                if (line != QLatin1String("ok"))
                    problems << line;
            }
        }
        if (!problems.isEmpty()) {
            verdict =
                makeError(tr("%1 is damaged and was left unchanged (quick_check: %2). Restore it from a "
                             "backup.")
                              .arg(path, problems.mid(0, 3).join(QStringLiteral("; "))),
                          path);
        } else {
            const auto versionRead = sql::scalar(db, QStringLiteral("PRAGMA user_version"));
            const auto appIdRead = sql::scalar(db, QStringLiteral("PRAGMA application_id"));
            const auto tablesRead = sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
            const int version = versionRead ? versionRead.value().toInt() : 0;
            const int appId = appIdRead ? appIdRead.value().toInt() : 0;
            const int tables = tablesRead ? tablesRead.value().toInt() : 0;
            if (!versionRead || !appIdRead || !tablesRead) {
                // A file SQLite opens but cannot read is not taken for an empty one.
                const Error &failed = !versionRead ? versionRead.error()
                                      : !appIdRead ? appIdRead.error()
                                                   : tablesRead.error();
                verdict = makeError(
                    tr("%1 cannot be read (%2); it was left unchanged").arg(path, failed.message), path);
            } else if (appId != kApplicationId && (appId != 0 || version != 0 || tables > 0)) {
                verdict = makeError(
                    tr("%1 is an SQLite database of another program, not of Checkpoint Desk; it was left "
                       "unchanged")
                        .arg(path),
                    path);
            } else if (version > schema::latestVersion()) {
                verdict =
                    makeError(tr("%1 was written by a newer version of Checkpoint Desk (schema %2; this "
                                 "version knows up to %3). Update the program; the file was left "
                                 "unchanged.")
                                  .arg(path)
                                  .arg(version)
                                  .arg(schema::latestVersion()),
                              path);
            }
        }
        db.close();
    }
    return verdict;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path) {
    configureSqlite();
    if (path == QLatin1String(":memory:"))
        return openInMemory();
    if (sql::isServerLocation(path))
        return openServer(path);
    // SQLite would open a file it cannot write read-only without a word, and fail later at the first
    // import or at its journal; say so now. The journal (-wal, -shm) is written beside the file.
    if (const QFileInfo info(path); info.exists() && info.size() > 0 &&
                                    (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()))
        return makeError(
            tr("%1 cannot be written by this user (%2): Checkpoint Desk writes to its "
               "database and keeps its journal in the same folder. Ask for write access to "
               "the file and its folder, or copy the file to a folder of yours; it was left "
               "unchanged.")
                .arg(path, !info.isWritable() ? tr("the file is read-only") : tr("its folder is read-only")),
            path);
    if (auto verdict = examineExisting(path); !verdict)
        return verdict.error();
    if (const QFileInfo info(path); !info.dir().exists() && !QDir().mkpath(info.absolutePath()))
        return makeError(tr("cannot create the folder %1").arg(info.absolutePath()), path);

    std::unique_ptr<Database> database(new Database(path, nextConnectionName()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return makeError(tr("%1 cannot be opened: %2").arg(path, db.lastError().text()), path);
    }
    if (auto status = database->configure(); !status)
        return status.error();
    if (auto status = database->migrate(); !status)
        return Error{status.error().message, path, 0, {}};
    return database;
}

Result<std::unique_ptr<Database>> Database::openInMemory() {
    configureSqlite();
    std::unique_ptr<Database> database(new Database(QStringLiteral(":memory:"), nextConnectionName()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open())
            return makeError(tr("cannot open an in-memory database: %1").arg(db.lastError().text()));
    }
    if (auto status = database->configure(); !status)
        return status.error();
    if (auto status = database->migrate(); !status)
        return status.error();
    return database;
}

Result<std::unique_ptr<Database>> Database::openAnotherConnection() const {
    if (isInMemory())
        return makeError(tr("an in-memory database cannot be shared between connections"));
    if (m_server)
        return connectServer(m_path, m_password);
    std::unique_ptr<Database> database(new Database(m_path, nextConnectionName()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return makeError(tr("%1 cannot be opened: %2").arg(m_path, db.lastError().text()), m_path);
    }
    if (auto status = database->configure(); !status)
        return status.error();
    return database;
}

Status Database::configure() {
    const QSqlDatabase db = connection();
    if (m_server) {
        // The server's notices (an index that exists already) are not the office's business.
        if (auto result = sql::exec(db, QStringLiteral("SET client_min_messages TO warning")); !result)
            return result.error();
        // The program's reads are index ranges of a few thousand rows, which the planner, not knowing
        // the ranges' bounds, takes for a million: it would compile each (JIT) for longer than the
        // read takes, some 50 ms a trace at 10 M scans (docs/scale.md).
        if (auto result = sql::exec(db, QStringLiteral("SET jit = off")); !result)
            return result.error();
        return success();
    }
    const QStringList pragmas{
        // 8 KB pages for new files (an existing file keeps its own): a million-scan import spends its time
        // in B-tree inserts, about a tenth less with pages twice SQLite's default.
        QStringLiteral("PRAGMA page_size = 8192"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = 5000"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        // 64 MB of page cache: imports insert into large unique indexes in no particular order.
        QStringLiteral("PRAGMA cache_size = -65536"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        // What is deleted is overwritten, not left in free pages: purged personal data must not stay
        // readable in the file (see Retention). The program deletes rarely, so this costs next to nothing.
        QStringLiteral("PRAGMA secure_delete = ON"),
    };
    for (const QString &pragma : pragmas) {
        if (auto result = sql::exec(db, pragma); !result)
            return result.error();
    }
    if (!isInMemory()) {
        if (auto result = sql::exec(db, QStringLiteral("PRAGMA journal_mode = WAL")); !result)
            return result.error();
    }
    return success();
}

Status Database::migrate() {
    if (m_server)
        return migrateServer();
    const QSqlDatabase db = connection();
    const int current = schemaVersion();
    if (current < 0)
        return makeError(tr("cannot read the schema version"));
    if (current >= schema::latestVersion())
        return success();

    if (current > 0 && !isInMemory()) {
        // A copy of the file as it was, in case a migration does something the office did not expect.
        m_backupPath = QStringLiteral("%1.v%2-%3.bak")
                           .arg(m_path)
                           .arg(current)
                           .arg(clock::nowInVietnam().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        if (auto result = sql::exec(db, QStringLiteral("VACUUM INTO ?"), {m_backupPath}); !result)
            return makeError(
                tr("could not back up the database before upgrading it: %1").arg(result.error().message));
    }

    for (const schema::Migration &migration : schema::migrations()) {
        if (migration.version <= current)
            continue;
        const bool keysOff = migration.rebuildsReferencedTable && db.driverName() == QLatin1String("QSQLITE");
        if (keysOff) {
            if (auto result = sql::exec(db, QStringLiteral("PRAGMA foreign_keys = OFF")); !result)
                return result.error();
        }
        // Back on whatever happens: every other statement of the program relies on the check.
        const auto keysOn = qScopeGuard([&] {
            if (keysOff)
                sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
        });
        Transaction transaction(db);
        if (!transaction.isActive())
            return makeError(tr("cannot start a transaction for migration %1").arg(migration.version));
        if (auto applied = applyMigration(migration); !applied)
            return applied.error();
        if (keysOff) {
            auto broken = sql::exec(db, QStringLiteral("PRAGMA foreign_key_check"));
            if (!broken)
                return broken.error();
            if (broken.value().next())
                return makeError(tr("migration %1 (%2) would break a reference from %3")
                                     .arg(migration.version)
                                     .arg(migration.description, broken.value().value(0).toString()));
        }
        if (!transaction.commit())
            return makeError(tr("migration %1 could not be committed: %2")
                                 .arg(migration.version)
                                 .arg(transaction.failure()));
    }
    // Migrations drop what must not be kept (schema 7: health declarations, phones in the old trace log):
    // move the rewritten pages into the file now, so that the old ones do not wait there for a checkpoint.
    if (!isInMemory())
        sql::exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return success();
}

Status Database::applyMigration(const schema::Migration &migration) {
    const QSqlDatabase db = connection();
    for (const QString &statement : migration.statements) {
        const QString portable = schema::portable(statement, db.driverName());
        if (portable.isEmpty())
            continue;
        if (auto result = sql::exec(db, portable); !result)
            return makeError(tr("migration %1 (%2) failed: %3")
                                 .arg(migration.version)
                                 .arg(migration.description, result.error().message));
    }
    if (migration.populate) {
        if (auto status = migration.populate(db); !status)
            return makeError(tr("migration %1 (%2) failed: %3")
                                 .arg(migration.version)
                                 .arg(migration.description, status.error().message));
    }
    if (m_server) {
        auto recorded = sql::exec(db, QStringLiteral("UPDATE checkpoint_desk_schema SET version = ?"),
                                  {migration.version});
        return recorded ? success() : Status(recorded.error());
    }
    // PRAGMA takes no bound parameters; the values are our own integers.
    if (auto r = sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version)); !r)
        return r.error();
    if (auto r = sql::exec(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)); !r)
        return r.error();
    return success();
}

Result<QStringList> Database::checkIntegrity() const {
    QStringList problems;
    // The server checks its own pages and every foreign key as it writes them.
    if (m_server)
        return problems;
    auto integrity = sql::exec(connection(), QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return integrity.error();
    while (integrity.value().next()) {
        const QString line = integrity.value().value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    auto foreignKeys = sql::exec(connection(), QStringLiteral("PRAGMA foreign_key_check"));
    if (!foreignKeys)
        return foreignKeys.error();
    while (foreignKeys.value().next())
        problems << tr("row %1 of table %2 refers to a missing row of %3")
                        .arg(foreignKeys.value().value(1).toString(), foreignKeys.value().value(0).toString(),
                             foreignKeys.value().value(2).toString());
    return problems;
}

} // namespace cd
