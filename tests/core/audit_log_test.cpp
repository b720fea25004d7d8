// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "Workspace.h"
#include "audit/AuditLog.h"
#include "audit/PersonHash.h"
#include "common/Clock.h"
#include "database/Schema.h"
#include "database/SqlQuery.h"

#include <QDateTime>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QTimeZone>

using namespace cd;

namespace {

struct Sqlite3Run {
    int exitCode = -1;
    QString output;
};

// The sqlite3 shell: what anyone with the file could run, outside the program.
Sqlite3Run sqlite3(const QString &path, const QString &statement) {
    QProcess shell;
    shell.setProcessChannelMode(QProcess::MergedChannels);
    shell.start(QStringLiteral("sqlite3"), {path, statement});
    REQUIRE(shell.waitForFinished(30000));
    return {shell.exitCode(), QString::fromUtf8(shell.readAll())};
}

} // namespace

TEST_CASE("audit: the database refuses to change or delete the log, whoever asks", "[audit]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.sqlite"));
    {
        auto db = openWorkspace(path);
        REQUIRE(db.ok());
        audit::setOperatorName(QStringLiteral("Nguyễn Thu Hà"));
        const audit::AuditLog log(db.value()->connection());
        REQUIRE(log.record(audit::Action::Trace, {{QStringLiteral("query"), QStringLiteral("phone")}},
                           {QStringLiteral("p:0912345678")})
                    .ok());
        REQUIRE(log.record(audit::Action::Backup, {{QStringLiteral("file"), QStringLiteral("/tmp/a.sqlite")}})
                    .ok());
        audit::setOperatorName({});
        const auto entries = log.entries();
        REQUIRE(entries->size() == 2);
        CHECK(entries->first().operatorName == QStringLiteral("Nguyễn Thu Hà"));
        CHECK(entries->first().osUser == audit::osUser());
        CHECK(entries->first().loggedAt.offsetFromUtc() == 7 * 3600);
        CHECK(qAbs(entries->first().loggedAt.toSecsSinceEpoch() - clock::nowSeconds()) < 60);
        // Through the program's own connection too.
        CHECK_FALSE(sql::exec(db.value()->connection(), QStringLiteral("DELETE FROM audit_log")).ok());
    }
    const QString before = sqlite3(path, QStringLiteral("SELECT * FROM audit_log")).output;
    REQUIRE(before.contains(QStringLiteral("Nguyễn Thu Hà")));

    const Sqlite3Run update = sqlite3(path, QStringLiteral("UPDATE audit_log SET operator = 'ai đó'"));
    CHECK(update.exitCode != 0);
    CHECK(update.output.contains(QStringLiteral("append-only")));
    const Sqlite3Run remove = sqlite3(path, QStringLiteral("DELETE FROM audit_log WHERE action = 'trace'"));
    CHECK(remove.exitCode != 0);
    CHECK(remove.output.contains(QStringLiteral("append-only")));
    CHECK(sqlite3(path, QStringLiteral("SELECT * FROM audit_log")).output == before);
    // Adding is what the log is for.
    CHECK(sqlite3(path, QStringLiteral("INSERT INTO audit_log (logged_at, os_user, operator, action) VALUES "
                                       "('2026-01-01T00:00:00+07:00', 'x', 'x', 'trace')"))
              .exitCode == 0);
}

TEST_CASE("audit: a person is named by a salted hash, the same within a database only", "[audit]") {
    auto first = test::memoryWorkspace();
    auto second = test::memoryWorkspace();
    const QByteArray saltA = audit::saltOf(first->connection()).value();
    CHECK(saltA.size() == 16);
    CHECK(audit::saltOf(first->connection()).value() == saltA);
    const QByteArray saltB = audit::saltOf(second->connection()).value();
    CHECK(saltA != saltB);
    const QString hash = audit::hashPersonKey(QStringLiteral("p:0912345678"), saltA);
    CHECK(hash.startsWith(QStringLiteral("h:")));
    CHECK(hash.size() == 26);
    CHECK(audit::hashPersonKey(QStringLiteral("p:0912345678"), saltA) == hash);
    CHECK(audit::hashPersonKey(QStringLiteral("p:0912345679"), saltA) != hash);
    CHECK(audit::hashPersonKey(QStringLiteral("p:0912345678"), saltB) != hash);
    CHECK_FALSE(hash.contains(QStringLiteral("912345678")));
}

TEST_CASE("audit: the traces of schema 6 move to the log hashed, and health declarations are not kept",
          "[audit][database]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v6.sqlite"));
    {
        QStringList v6;
        for (const schema::Migration &migration : schema::migrations()) {
            if (migration.version <= 6) {
                for (const QString &statement : migration.statements) {
                    if (const QString portable = schema::portable(statement, QStringLiteral("QSQLITE"));
                        !portable.isEmpty())
                        v6 << portable;
                }
            }
        }
        v6 << QStringLiteral(
                  "INSERT INTO admin_units VALUES ('25426', 3, NULL, 'Xã', 'Đăng Hà', 'Xã Đăng Hà')")
           << QStringLiteral("INSERT INTO checkpoint_types (id, name, position) VALUES (1, 'Chợ', 1)")
           << QStringLiteral(
                  "INSERT INTO checkpoints (id, code, name, type_id, phone, commune_code, address, status, "
                  "registered_on, created_at, updated_at, duplicate_key) VALUES (7, '25426-001', 'Chợ', 1, "
                  "'0271000000', '25426', 'Thôn 1', 'active', '2021-01-01', '2021-01-01', '2021-01-01', 'a')")
           << QStringLiteral(
                  "INSERT INTO scans (checkpoint_id, scanned_at, person_key, phone, health_status) VALUES "
                  "(7, 1629770000, 'p:0912345678', '0912345678', 'Ho, sốt')")
           << QStringLiteral(
                  "INSERT INTO trace_audit (traced_at, operator, query_kind, person_key, period_from, "
                  "period_to, window_minutes, visits, contacts, sites) VALUES "
                  "('2021-08-24T01:00:00Z', 'ytebudang', 'phone', 'p:0912345678 i:079123456789', "
                  "'2021-08-10', '2021-08-24', 30, 3, 12, 2), "
                  "('2021-08-25T02:30:00Z', 'ytebudang', 'name', 'n:nguyen van ca', '2021-08-11', "
                  "'2021-08-25', 15, 1, 0, 1)")
           << QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId)
           << QStringLiteral("PRAGMA user_version = 6");
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v6"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        for (const QString &statement : v6)
            REQUIRE(sql::exec(raw, statement).ok());
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v6"));

    auto db = Database::open(path);
    REQUIRE(db.ok());
    const QSqlDatabase c = db.value()->connection();
    CHECK(sql::scalar(c, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'trace_audit'"))
              .value()
              .toInt() == 0);
    CHECK(sql::scalar(c, QStringLiteral("SELECT count(*) FROM pragma_table_info('scans') WHERE name = "
                                        "'health_status'"))
              .value()
              .toInt() == 0);
    CHECK(sql::scalar(c, QStringLiteral("SELECT count(*) FROM scans")).value().toInt() == 1);

    const auto entries = audit::AuditLog(c).entries();
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 2);
    const audit::Entry &moved = entries->first();
    CHECK(moved.action == audit::Action::Trace);
    CHECK(moved.operatorName == QStringLiteral("ytebudang"));
    CHECK(moved.loggedAt == QDateTime(QDate(2021, 8, 24), QTime(8, 0), QTimeZone(7 * 3600)));
    CHECK(moved.details[QStringLiteral("contacts")].toInt() == 12);
    REQUIRE(moved.subjects.size() == 2);
    const QByteArray salt = audit::saltOf(c).value();
    CHECK(moved.subjects[0] == audit::hashPersonKey(QStringLiteral("p:0912345678"), salt));
    CHECK(moved.subjects[1] == audit::hashPersonKey(QStringLiteral("i:079123456789"), salt));
    audit::Filter about;
    about.person = QStringLiteral("0912 345 678");
    CHECK(audit::AuditLog(c).entries(about).value().size() == 1);
    // The health declaration and the phones of the old log are gone from the file's bytes.
    const QByteArray bytes = test::readFile(path) + test::readFile(path + QStringLiteral("-wal"));
    CHECK_FALSE(bytes.contains(QStringLiteral("Ho, sốt").toUtf8()));
    CHECK_FALSE(bytes.contains("i:079123456789"));
    CHECK_FALSE(bytes.contains("n:nguyen van ca"));
}
