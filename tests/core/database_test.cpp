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

TEST_CASE("a new database gets the latest schema, WAL and foreign keys", "[sqlite][database]") {
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

TEST_CASE("a file that is not a database is refused and left byte-identical", "[sqlite][database]") {
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

TEST_CASE("an SQLite file of another program is refused and left byte-identical", "[sqlite][database]") {
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

TEST_CASE("a database written by a newer version is refused and left byte-identical", "[sqlite][database]") {
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

TEST_CASE("a damaged database is refused and left byte-identical", "[sqlite][database]") {
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

TEST_CASE("an older database is backed up, then migrated in a transaction", "[sqlite][database]") {
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

TEST_CASE("an empty file is taken as a new database", "[sqlite][database]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    test::writeFile(path, {});
    auto db = openWorkspace(path);
    REQUIRE(db.ok());
    CHECK(db.value()->schemaVersion() == schema::latestVersion());
}

TEST_CASE("a version 3 database keeps its scans through the scan table's rebuild", "[sqlite][database][scans]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
    // Version 3 as the previous release left it, with a checkpoint and three scans, one with an ID number.
    QStringList v3;
    for (const schema::Migration &migration : schema::migrations()) {
        if (migration.version <= 3) {
            for (const QString &statement : migration.statements)
                v3 << schema::portable(statement, QStringLiteral("QSQLITE"));
        }
    }
    v3 << QStringLiteral("INSERT INTO admin_units VALUES ('25426', 3, NULL, 'Xã', 'Đăng Hà', 'Xã Đăng Hà')")
       << QStringLiteral("INSERT INTO checkpoint_types (id, name, position) VALUES (1, 'Chợ', 1)")
       << QStringLiteral(
              "INSERT INTO checkpoints (id, code, name, type_id, phone, commune_code, address, status, "
              "registered_on, created_at, updated_at, duplicate_key) VALUES (7, '25426-001', "
              "'Chợ Đăng Hà', 1, '0912345678', '25426', 'Thôn 1', 'active', '2021-01-01', "
              "'2021-01-01', '2021-01-01', 'k')")
       << QStringLiteral("INSERT INTO imports VALUES (1, 'scans', 'a.csv', 1, 'x', '2021-08-24', 3, 3, 0, 0)")
       << QStringLiteral(
              "INSERT INTO scans (checkpoint_id, scanned_at, person_key, phone, id_number, import_id) "
              "VALUES (7, 1629770000, 'p:0912345678', '0912345678', '079123456789', 1), "
              "(7, 1629770060, 'p:0987654321', '0987654321', '', 1), "
              "(7, 1629770120, 'i:079123456780', '', '079123456780', 1)")
       << QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId)
       << QStringLiteral("PRAGMA user_version = 3");
    makeRawSqlite(path, v3);

    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK(db.value()->schemaVersion() == schema::latestVersion());
    const QSqlDatabase connection = db.value()->connection();
    CHECK(sql::scalar(connection, QStringLiteral("SELECT count(*) FROM scans")).value().toInt() == 3);
    CHECK(sql::scalar(connection, QStringLiteral("SELECT count(*) FROM scans WHERE checkpoint_id = 7 AND "
                                                 "import_id = 1"))
              .value()
              .toInt() == 3);
    // Who gave which ID number, for ID searches.
    auto ids =
        sql::exec(connection, QStringLiteral("SELECT id_number, person_key FROM person_ids ORDER BY 1"));
    REQUIRE(ids.ok());
    QStringList pairs;
    while (ids.value().next())
        pairs << ids.value().value(0).toString() + u' ' + ids.value().value(1).toString();
    CHECK(pairs == QStringList{QStringLiteral("079123456780 i:079123456780"),
                               QStringLiteral("079123456789 p:0912345678")});
    // The scans are kept in their key's order, without a row id, and the person index is back.
    CHECK(sql::scalar(connection, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'scans'"))
              .value()
              .toString()
              .contains(QStringLiteral("WITHOUT ROWID")));
    CHECK(sql::scalar(connection,
                      QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'scans_by_person'"))
              .value()
              .toInt() == 1);
    CHECK(sql::scalar(connection, QStringLiteral("PRAGMA foreign_key_check")).value().isNull());
}

TEST_CASE("a version 5 database keeps its register through the rebuild that frees the registration day",
          "[sqlite][database][registry]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
    QStringList v5;
    for (const schema::Migration &migration : schema::migrations()) {
        if (migration.version <= 5) {
            for (const QString &statement : migration.statements) {
                if (const QString portable = schema::portable(statement, QStringLiteral("QSQLITE"));
                    !portable.isEmpty())
                    v5 << portable;
            }
        }
    }
    v5 << QStringLiteral("INSERT INTO admin_units VALUES ('25426', 3, NULL, 'Xã', 'Đăng Hà', 'Xã Đăng Hà')")
       << QStringLiteral("INSERT INTO checkpoint_types (id, name, position) VALUES (1, 'Chợ', 1)")
       << QStringLiteral(
              "INSERT INTO checkpoints (id, code, name, type_id, phone, commune_code, address, status, "
              "registered_on, created_at, updated_at, duplicate_key) VALUES (7, '25426-001', 'Chợ', 1, "
              "'0912345678', '25426', 'Thôn 1', 'active', '2021-01-01', '2021-01-01', '2021-01-01', 'a')")
       << QStringLiteral(
              "INSERT INTO checkpoints (id, code, name, type_id, phone, commune_code, address, "
              "parent_id, status, registered_on, created_at, updated_at, duplicate_key) VALUES (8, "
              "'25426-002', 'Kiốt 1', 1, '0912345678', '25426', 'Thôn 1', 7, 'active', '2021-02-01', "
              "'2021-01-01', '2021-01-01', 'b')")
       << QStringLiteral("INSERT INTO daily_counts VALUES (7, 18863, 5), (8, 18863, 2)")
       << QStringLiteral("INSERT INTO checkpoint_aliases VALUES ('k', 'Chợ cũ', 8, '2021-01-01')")
       << QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId)
       << QStringLiteral("PRAGMA user_version = 5");
    makeRawSqlite(path, v5);

    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK(db.value()->schemaVersion() == schema::latestVersion());
    const QSqlDatabase c = db.value()->connection();
    CHECK(sql::scalar(c, QStringLiteral("SELECT count(*) FROM checkpoints")).value().toInt() == 2);
    CHECK(sql::scalar(c, QStringLiteral("SELECT parent_id FROM checkpoints WHERE id = 8")).value().toInt() ==
          7);
    CHECK(sql::scalar(c, QStringLiteral("SELECT sum(scans) FROM daily_counts")).value().toInt() == 7);
    CHECK(sql::scalar(c, QStringLiteral("PRAGMA foreign_key_check")).value().isNull());
    CHECK(sql::scalar(c, QStringLiteral("PRAGMA foreign_keys")).value().toInt() == 1);
    CHECK(sql::exec(c, QStringLiteral("UPDATE checkpoints SET registered_on = NULL WHERE id = 7")).ok());
    // The keys still hold: a scan of a checkpoint that does not exist is refused.
    CHECK_FALSE(sql::exec(c, QStringLiteral("INSERT INTO daily_counts VALUES (99, 1, 1)")).ok());
    CHECK(sql::scalar(c,
                      QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE 'checkpoints_by_%'"))
              .value()
              .toInt() == 3);
}
