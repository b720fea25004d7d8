// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "Workspace.h"
#include "database/Schema.h"
#include "database/SqlQuery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>

using namespace cd;

namespace {

// Writes a plain SQLite file with a raw connection, outside the Database class.
void makeRawSqlite(const QString &path, const QStringList &statements) {
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        for (const QString &statement : statements)
            REQUIRE(sql::exec(raw, statement).ok());
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

TEST_CASE("a new database gets the latest schema, WAL and foreign keys", "[database]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.sqlite"));
    auto db = openWorkspace(path);
    REQUIRE(db.ok());
    const QSqlDatabase c = db.value()->connection();
    CHECK(db.value()->schemaVersion() == schema::latestVersion());
    CHECK(sql::scalar(c, QStringLiteral("PRAGMA journal_mode")).value().toString() == QStringLiteral("wal"));
    CHECK(sql::scalar(c, QStringLiteral("PRAGMA foreign_keys")).value().toInt() == 1);
    CHECK(sql::scalar(c, QStringLiteral("PRAGMA application_id")).value().toInt() ==
          Database::kApplicationId);
    CHECK(db.value()->checkIntegrity().value().isEmpty());
    CHECK(db.value()->backupPath().isEmpty());
}

TEST_CASE("a file that is not a database is refused and left byte-identical", "[database]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    const QByteArray bytes = "Danh sách điểm kiểm dịch\nthis is a text file, not a database\n";
    test::writeFile(path, bytes);

    const auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().file == path);
    CHECK(db.error().message.contains(QStringLiteral("not an SQLite file")));
    CHECK(test::readFile(path) == bytes);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("an SQLite file of another program is refused and left byte-identical", "[database]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    makeRawSqlite(path, {QStringLiteral("CREATE TABLE songs (title TEXT)"),
                         QStringLiteral("INSERT INTO songs VALUES ('Bèo dạt mây trôi')")});
    const QByteArray before = test::readFile(path);

    const auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.contains(QStringLiteral("another program")));
    CHECK(test::readFile(path) == before);
}

TEST_CASE("a database written by a newer version is refused and left byte-identical", "[database]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    makeRawSqlite(path, {QStringLiteral("CREATE TABLE future (x INTEGER)"),
                         QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId),
                         QStringLiteral("PRAGMA user_version = %1").arg(schema::latestVersion() + 1)});
    const QByteArray before = test::readFile(path);

    const auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.contains(QStringLiteral("newer version")));
    CHECK(test::readFile(path) == before);
}

TEST_CASE("a damaged database is refused and left byte-identical", "[database]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    {
        auto db = openWorkspace(path);
        REQUIRE(db.ok());
        // Checkpoint the WAL so that the main file holds everything, then close.
        REQUIRE(sql::exec(db.value()->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    }
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));

    // Overwrite the middle of the file (index and table pages) with garbage, keeping the header.
    QByteArray bytes = test::readFile(path);
    REQUIRE(bytes.size() > 64 * 1024);
    for (qsizetype i = 8 * 4096; i < 24 * 4096; ++i)
        bytes[i] = char((i * 7919) & 0xff);
    test::writeFile(path, bytes);

    const auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.contains(QStringLiteral("damaged")));
    CHECK(test::readFile(path) == bytes);
}

TEST_CASE("an older database is backed up, then migrated in a transaction", "[database]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    // Version 1 as an earlier release left it: the first migration only.
    QStringList v1 = schema::migrations().first().statements;
    v1 << QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId)
       << QStringLiteral("PRAGMA user_version = 1");
    makeRawSqlite(path, v1);

    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK(db.value()->schemaVersion() == schema::latestVersion());
    if (schema::latestVersion() > 1) {
        REQUIRE_FALSE(db.value()->backupPath().isEmpty());
        CHECK(QFileInfo::exists(db.value()->backupPath()));
    } else {
        CHECK(db.value()->backupPath().isEmpty());
    }
}

TEST_CASE("an empty file is taken as a new database", "[database]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    test::writeFile(path, {});
    auto db = openWorkspace(path);
    REQUIRE(db.ok());
    CHECK(db.value()->schemaVersion() == schema::latestVersion());
}
