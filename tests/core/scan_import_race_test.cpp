// SPDX-License-Identifier: GPL-3.0-or-later
// An import that meets another writer storing one of its scans at the same moment. On a server the import
// copies a new export straight into the scans once it has seen that none of them is stored; a scan
// another connection has written but not committed is not seen, and the copy fails on its key when that
// one commits. The import must then be run again the careful way, and end as if it had come second. On
// SQLite the import waits for the other writer's lock, and ends the same way.
#include "TestSupport.h"

#include "Workspace.h"
#include "database/Dialect.h"
#include "database/SqlQuery.h"
#include "demo/DemoDatabase.h"
#include "scans/PersonKey.h"
#include "scans/ScanImport.h"
#include "scans/ScanTime.h"

#include <QTemporaryDir>
#include <QThread>

#include <future>

using namespace cd;

namespace {

const qint64 kNow = 1700000000; // 14/11/2023

qint64 scalar(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values = {}) {
    auto value = sql::scalar(db, statement, values);
    INFO(statement.toStdString());
    REQUIRE(value.ok());
    return value.value().toLongLong();
}

// Waits until another session of this database waits for a lock (on a server), or a moment (SQLite, where
// the import waits for the write lock in its busy handler).
void untilAnotherWaits(const QSqlDatabase &db) {
    if (!sql::isServer(db)) {
        QThread::msleep(700);
        return;
    }
    for (int tries = 0; tries < 200; ++tries) {
        // pg_locks, not pg_stat_activity: the latter is read once per transaction, and this one is open.
        if (scalar(db, QStringLiteral("SELECT count(*) FROM pg_locks WHERE NOT granted")) > 0)
            return;
        QThread::msleep(50);
    }
    FAIL("the import never waited for the other connection's scan");
}

} // namespace

TEST_CASE("an import that meets another writer's uncommitted scan ends as if it had come second",
          "[scans][concurrency]") {
    QTemporaryDir dir;
    const QString location = test::databaseLocation(dir.filePath(QStringLiteral("office.sqlite")));
    auto office = openWorkspace(location);
    REQUIRE(office.ok());
    REQUIRE(DemoDatabase::populate(office.value()->connection()).ok());
    const QSqlDatabase other = office.value()->connection();

    // Three scans at one checkpoint, on a day the demo has none of.
    const QString code =
        sql::scalar(other, QStringLiteral("SELECT code FROM checkpoints ORDER BY id LIMIT 1"))
            .value()
            .toString();
    const qint64 checkpointId =
        scalar(other, QStringLiteral("SELECT id FROM checkpoints WHERE code = ?"), {code});
    const QString file = dir.filePath(QStringLiteral("desk.csv"));
    test::writeFile(file, QStringLiteral("Thời gian quét,Mã điểm,Họ và tên,Số điện thoại\n"
                                         "02/03/2022 07:00:00,%1,Nguyễn Văn An,0912345678\n"
                                         "02/03/2022 07:05:00,%1,Trần Thị Bình,0987654321\n"
                                         "02/03/2022 07:10:00,%1,Lê Hoài Nam,0912345679\n")
                              .arg(code)
                              .toUtf8());
    const qint64 scansBefore = scalar(other, QStringLiteral("SELECT count(*) FROM scans"));
    const qint64 countedBefore = scalar(other, QStringLiteral("SELECT sum(scans) FROM daily_counts"));

    // The other writer: Trần Thị Bình's scan, stored and not committed yet.
    const qint64 second = scantime::parse(QStringLiteral("02/03/2022 07:05:00"), kNow).value();
    const QString key = personKey(QStringLiteral("0987654321"), {}, {}).value().key;
    REQUIRE(
        sql::exec(other, sql::isServer(other) ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"))
            .ok());
    REQUIRE(
        sql::exec(other,
                  QStringLiteral("INSERT INTO scans (checkpoint_id, scanned_at, person_key, person_name, "
                                 "phone) VALUES (?, ?, ?, ?, ?)"),
                  {checkpointId, second, key, QStringLiteral("Trần Thị Bình"), QStringLiteral("0987654321")})
            .ok());

    // The import, on a connection of its own in a thread of its own (a connection stays in its thread).
    auto imported = std::async(std::launch::async, [&]() -> Result<ScanImportReport> {
        auto desk = openWorkspace(location);
        if (!desk)
            return desk.error();
        ScanImportOptions options;
        options.now = kNow;
        return ScanImporter(desk.value()->connection()).run(file, options);
    });
    untilAnotherWaits(other);
    REQUIRE(sql::exec(other, QStringLiteral("COMMIT")).ok());

    const auto report = imported.get();
    INFO((report ? QString() : report.error().toString()).toStdString());
    REQUIRE(report.ok());
    CHECK(report->rowsRead == 3);
    CHECK(report->added == 2);
    CHECK(report->duplicates == 1);
    // Three scans more, once each; the daily counts rose by what the import added, and by nothing else.
    CHECK(scalar(other, QStringLiteral("SELECT count(*) FROM scans")) == scansBefore + 3);
    CHECK(scalar(other,
                 QStringLiteral("SELECT count(*) FROM scans WHERE checkpoint_id = ? AND scanned_at = ?"),
                 {checkpointId, second}) == 1);
    CHECK(scalar(other, QStringLiteral("SELECT sum(scans) FROM daily_counts")) == countedBefore + 2);
    CHECK(scalar(other, QStringLiteral("SELECT count(*) FROM imports WHERE added = 2 AND duplicates = 1")) ==
          1);
}
