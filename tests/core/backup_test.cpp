// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "Workspace.h"
#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "database/Backup.h"
#include "database/Schema.h"
#include "database/SqlQuery.h"
#include "demo/DemoDatabase.h"
#include "registry/CheckpointRegistry.h"
#include "retention/Retention.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <atomic>
#include <thread>

using namespace cd;

namespace {

qint64 count(const Database &db, const QString &table) {
    return sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table))
        .value()
        .toLongLong();
}

std::unique_ptr<Database> demoFile(const QString &path) {
    auto opened = openWorkspace(path);
    REQUIRE(opened.ok());
    REQUIRE(DemoDatabase::populate(opened.value()->connection()).ok());
    return std::move(opened).value();
}

Checkpoint market() {
    Checkpoint c;
    c.name = QStringLiteral("Chợ đêm Đức Phong");
    c.typeName = QStringLiteral("Chợ");
    c.phone = QStringLiteral("0271 3888 123");
    c.communeCode = QStringLiteral("25396");
    c.address = QStringLiteral("Khu phố Tân Hưng");
    return c;
}

} // namespace

TEST_CASE("backup: a consistent copy while another connection writes, then restored", "[sqlite][backup]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.sqlite"));
    auto db = demoFile(path);
    const qint64 scans = count(*db, QStringLiteral("scans"));
    const qint64 checkpoints = count(*db, QStringLiteral("checkpoints"));

    // A second connection adds checkpoints the whole time the backup runs.
    std::atomic_bool stop = false;
    std::atomic_int added = 0;
    std::thread writer([&] {
        auto other = db->openAnotherConnection();
        REQUIRE(other.ok());
        CheckpointRegistry registry(other.value()->connection());
        while (!stop) {
            Checkpoint c = market();
            c.name += QStringLiteral(" %1").arg(added.load());
            if (registry.add(c).ok())
                ++added;
        }
    });
    const QString copy = dir.filePath(QStringLiteral("sao-luu/ban-sao.sqlite"));
    const auto written = Backup(*db).write(copy);
    stop = true;
    writer.join();
    REQUIRE(written.ok());
    CHECK(written->bytes == QFileInfo(copy).size());
    CHECK(added > 0);
    REQUIRE(Backup::examine(copy).value() == schema::latestVersion());
    CHECK_FALSE(QFileInfo::exists(copy + QStringLiteral("-wal")));
    {
        auto opened = Database::open(copy);
        REQUIRE(opened.ok());
        CHECK(opened.value()->checkIntegrity().value().isEmpty());
        CHECK(count(*opened.value(), QStringLiteral("scans")) == scans);
        const qint64 copied = count(*opened.value(), QStringLiteral("checkpoints"));
        CHECK(copied >= checkpoints);
        CHECK(copied <= checkpoints + added);
    }
    // Nothing but the copy is left in the folder.
    CHECK(QDir(dir.filePath(QStringLiteral("sao-luu"))).entryList(QDir::Files | QDir::Hidden).size() == 1);
    audit::Filter backups;
    backups.action = audit::Action::Backup;
    CHECK(audit::AuditLog(db->connection()).entries(backups).value().size() == 1);

    // Later: a checkpoint deleted by mistake, then the backup restored.
    const qint64 before = count(*db, QStringLiteral("checkpoints"));
    REQUIRE(
        sql::exec(db->connection(), QStringLiteral("DELETE FROM checkpoints WHERE id = (SELECT max(id) FROM "
                                                   "checkpoints)"))
            .ok());
    REQUIRE(audit::AuditLog(db->connection())
                .record(audit::Action::Trace, {{QStringLiteral("query"), QStringLiteral("phone")}},
                        {QStringLiteral("p:0912345678")})
                .ok());
    const auto restored = Backup(*db).restore(copy);
    REQUIRE(restored.ok());
    CHECK(restored->schemaVersion == schema::latestVersion());
    CHECK(count(*db, QStringLiteral("checkpoints")) ==
          count(*Database::open(copy).value(), QStringLiteral("checkpoints")));
    CHECK(db->checkIntegrity().value().isEmpty());
    // The database as it was is kept, whole.
    REQUIRE(QFileInfo::exists(restored->keptAs));
    CHECK(QFileInfo(restored->keptAs).fileName().startsWith(QStringLiteral("office.sqlite.before-restore-")));
    {
        auto kept = Database::open(restored->keptAs);
        REQUIRE(kept.ok());
        CHECK(count(*kept.value(), QStringLiteral("checkpoints")) == before - 1);
    }
    // The log keeps what happened since the backup, and the restore itself.
    CHECK(restored->auditCarried >= 1);
    const auto log = audit::AuditLog(db->connection()).entries();
    REQUIRE(log.ok());
    CHECK(log->last().action == audit::Action::Restore);
    CHECK(log->at(log->size() - 2).action == audit::Action::Trace);
    CHECK(Backup(*db).knownBackups().contains(restored->keptAs));
}

TEST_CASE("backup: a restore refuses a damaged, foreign or newer file and changes nothing", "[sqlite][backup]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.sqlite"));
    auto db = demoFile(path);
    const QString good = dir.filePath(QStringLiteral("good.sqlite"));
    REQUIRE(Backup(*db).write(good).ok());
    const qint64 checkpoints = count(*db, QStringLiteral("checkpoints"));

    // A copy with its pages damaged in the middle.
    QByteArray bytes = test::readFile(good);
    for (qsizetype i = bytes.size() / 2; i < bytes.size() / 2 + 20000 && i < bytes.size(); ++i)
        bytes[i] = char(0x5A);
    const QString damaged = dir.filePath(QStringLiteral("damaged.sqlite"));
    test::writeFile(damaged, bytes);
    const QString text = dir.filePath(QStringLiteral("notes.sqlite"));
    test::writeFile(text, "not a database");
    const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
    REQUIRE(QFile::copy(good, newer));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        raw.setDatabaseName(newer);
        REQUIRE(raw.open());
        REQUIRE(
            sql::exec(raw, QStringLiteral("PRAGMA user_version = %1").arg(schema::latestVersion() + 1)).ok());
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));

    const QStringList before = QDir(dir.path()).entryList(QDir::Files);
    for (const QString &bad : {damaged, text, newer, dir.filePath(QStringLiteral("missing.sqlite"))}) {
        INFO(bad.toStdString());
        const auto refused = Backup(*db).restore(bad);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().file == bad);
        CHECK(count(*db, QStringLiteral("checkpoints")) == checkpoints);
    }
    CHECK(Backup::examine(damaged).error().message.contains(QStringLiteral("damaged")));
    CHECK(Backup::examine(newer).error().message.contains(QStringLiteral("newer")));
    // No copy was kept for a restore that never started.
    CHECK(QDir(dir.path()).entryList(QDir::Files) == before);
}

TEST_CASE("backup: a restore of an old backup keeps purged days purged", "[sqlite][backup][retention]") {
    const clock::FixedForTesting today(
        QDateTime(QDate(2022, 1, 31), QTime(12, 0), QTimeZone(7 * 3600)).toSecsSinceEpoch());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.sqlite"));
    auto db = demoFile(path);
    const QString old = dir.filePath(QStringLiteral("old.sqlite"));
    REQUIRE(Backup(*db).write(old).ok());
    REQUIRE(count(*db, QStringLiteral("scans")) > 0);
    REQUIRE(Retention(*db).purge(28, false).ok());
    REQUIRE(count(*db, QStringLiteral("scans")) == 0);
    const QString daily = sql::scalar(db->connection(), QStringLiteral("SELECT sum(scans) FROM daily_counts"))
                              .value()
                              .toString();

    const auto restored = Backup(*db).restore(old);
    REQUIRE(restored.ok());
    CHECK(restored->purgedAgain);
    CHECK(count(*db, QStringLiteral("scans")) == 0);
    CHECK(Retention(*db).purgedBefore() == QDate(2022, 1, 3));
    CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT sum(scans) FROM daily_counts"))
              .value()
              .toString() == daily);
}

TEST_CASE("backup: automatic backups go daily to their folder, the newest N kept", "[sqlite][backup]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.sqlite"));
    auto opened = openWorkspace(path);
    REQUIRE(opened.ok());
    Database &db = *opened.value();
    Backup backup(db);
    CHECK_FALSE(backup.autoBackupDue());
    AutoBackupSettings settings;
    settings.enabled = true;
    settings.folder = dir.path();
    CHECK_FALSE(backup.setAutoSettings(settings).ok()); // beside the database: refused
    settings.folder = dir.filePath(QStringLiteral("tu-dong"));
    settings.keep = 2;
    REQUIRE(backup.setAutoSettings(settings).ok());
    CHECK(backup.autoBackupDue());

    const QDir folder(settings.folder);
    REQUIRE(folder.mkpath(QStringLiteral(".")));
    // Older backups of this database, and a file of another that must never be touched.
    for (const QString &name :
         {QStringLiteral("office-20220101-080000.sqlite"), QStringLiteral("office-20220102-080000.sqlite"),
          QStringLiteral("other-20210101-080000.sqlite"), QStringLiteral("ghi-chu.txt")})
        test::writeFile(folder.filePath(name), "x");
    const auto made = backup.writeAutomatic();
    REQUIRE(made.ok());
    CHECK(QFileInfo(made->file).fileName().startsWith(QStringLiteral("office-")));
    CHECK(made->removed == QStringList{folder.filePath(QStringLiteral("office-20220101-080000.sqlite"))});
    CHECK_FALSE(backup.autoBackupDue());
    CHECK(backup.autoSettings().lastDay == clock::today());
    QStringList left = folder.entryList(QDir::Files);
    CHECK(left.size() == 4);
    CHECK(left.contains(QStringLiteral("other-20210101-080000.sqlite")));
    CHECK(left.contains(QStringLiteral("ghi-chu.txt")));
    CHECK(Backup::examine(made->file).ok());
}
