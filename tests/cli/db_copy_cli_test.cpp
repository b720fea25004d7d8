// SPDX-License-Identifier: GPL-3.0-or-later
// db copy between an office's SQLite file and a server: the file side is always a real SQLite file (the
// CLI is called with its literal path), the server side a schema of its own (test::databaseLocation).
#include "CliRunner.h"
#include "TestBackend.h"

#include "Workspace.h"
#include "database/SqlQuery.h"
#include "scans/ScanTime.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace cd;
using test::runCliAsIs;

namespace {

QStringList on(const QString &db, const QStringList &args) {
    return QStringList{QStringLiteral("--db"), db} + args;
}

// What an office reads of its data: the annex table and a trace of its busiest person.
struct Views {
    QString communes;
    QString trace;
};

Views viewsOf(const QString &db, const QString &phone, const QString &to) {
    const auto communes = runCliAsIs(
        on(db, {QStringLiteral("stats"), QStringLiteral("communes"), QStringLiteral("--from"),
                QStringLiteral("2021-01-01"), QStringLiteral("--as-of"), QStringLiteral("2021-12-31"),
                QStringLiteral("--format"), QStringLiteral("json")}));
    INFO(communes.err.toStdString());
    REQUIRE(communes.exitCode == 0);
    const auto traced =
        runCliAsIs(on(db, {QStringLiteral("trace"), QStringLiteral("--phone"), phone, QStringLiteral("--to"),
                           to, QStringLiteral("--format"), QStringLiteral("json")}));
    INFO(traced.err.toStdString());
    REQUIRE(traced.exitCode == 0);
    return {communes.out, traced.out};
}

qint64 countIn(const QString &location, const QString &statement) {
    auto db = openWorkspace(location);
    REQUIRE(db.ok());
    auto value = sql::scalar(db.value()->connection(), statement);
    REQUIRE(value.ok());
    return value.value().toLongLong();
}

} // namespace

TEST_CASE("db copy without a server is a usage error", "[cli][copy]") {
    QTemporaryDir dir;
    const QString office = dir.filePath(QStringLiteral("office.sqlite"));
    REQUIRE(runCliAsIs(on(office,
                          {QStringLiteral("init"), QStringLiteral("--province"), QStringLiteral("Bình Phước"),
                           QStringLiteral("--district"), QStringLiteral("Bù Đăng")}))
                .exitCode == 0);

    const auto toFile =
        runCliAsIs(on(office, {QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--to"),
                               dir.filePath(QStringLiteral("other.sqlite"))}));
    CHECK(toFile.exitCode == 2);
    CHECK(toFile.err.contains(QStringLiteral("postgresql://")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("other.sqlite"))));

    const auto neither = runCliAsIs(on(office, {QStringLiteral("db"), QStringLiteral("copy")}));
    CHECK(neither.exitCode == 2);
    const auto noArea =
        runCliAsIs(on(office, {QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"),
                               QStringLiteral("postgresql://nobody@127.0.0.1:1/none")}));
    CHECK(noArea.exitCode == 2);
    CHECK(noArea.err.contains(QStringLiteral("--area")));

    // Port 1 on the loopback: nothing listens there.
    const auto unreachable =
        runCliAsIs(on(office, {QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--to"),
                               QStringLiteral("postgresql://nobody@127.0.0.1:1/none")}));
    CHECK(unreachable.exitCode == 1);
    CHECK(unreachable.err.contains(QStringLiteral("cannot open the server")));
    CHECK(countIn(office, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'copy'")) == 0);
}

TEST_CASE("db copy takes an office to the server and a district back, merging with other districts",
          "[cli][copy]") {
    if (!test::onServer())
        return; // the copy needs a server; the case above covers the file-only run
    QTemporaryDir dir;
    const QString office = dir.filePath(QStringLiteral("office.sqlite"));
    const QString server = test::databaseLocation(dir.filePath(QStringLiteral("server")));
    REQUIRE(runCliAsIs(on(office, {QStringLiteral("demo"), QStringLiteral("create")})).exitCode == 0);

    // Another district of the province already on the server: one checkpoint, two desk records.
    const QString other = dir.filePath(QStringLiteral("dong-xoai.sqlite"));
    REQUIRE(runCliAsIs(
                on(other, {QStringLiteral("init"), QStringLiteral("--province"), QStringLiteral("Bình Phước"),
                           QStringLiteral("--district"), QStringLiteral("Đồng Xoài")}))
                .exitCode == 0);
    REQUIRE(
        runCliAsIs(
            on(other, {QStringLiteral("checkpoints"), QStringLiteral("add"), QStringLiteral("--code"),
                       QStringLiteral("DX-001"), QStringLiteral("--name"), QStringLiteral("Chợ Đồng Xoài"),
                       QStringLiteral("--type"), QStringLiteral("Chợ"), QStringLiteral("--phone"),
                       QStringLiteral("02713880000"), QStringLiteral("--commune"), QStringLiteral("Tân Phú"),
                       QStringLiteral("--address"), QStringLiteral("1 Phú Riềng Đỏ")}))
            .exitCode == 0);
    REQUIRE(runCliAsIs(on(other, {QStringLiteral("checkin"), QStringLiteral("--checkpoint"),
                                  QStringLiteral("DX-001")}),
                       "0987654321\n0987654322\n")
                .exitCode == 0);
    const auto first =
        runCliAsIs(on(other, {QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--to"), server}));
    INFO(first.out.toStdString() << first.err.toStdString());
    REQUIRE(first.exitCode == 0);

    // The office's busiest person, and the day of their last scan.
    QString phone, to;
    {
        auto db = openWorkspace(office);
        REQUIRE(db.ok());
        auto busiest =
            sql::exec(db.value()->connection(),
                      QStringLiteral("SELECT person_key, max(scanned_at) FROM scans WHERE person_key LIKE "
                                     "'p:%' GROUP BY person_key ORDER BY count(*) DESC, person_key LIMIT 1"));
        REQUIRE(busiest.ok());
        REQUIRE(busiest.value().next());
        phone = busiest.value().value(0).toString().mid(2);
        to = QDateTime::fromSecsSinceEpoch(busiest.value().value(1).toLongLong(), Qt::OffsetFromUTC, 7 * 3600)
                 .date()
                 .toString(Qt::ISODate);
    }
    const Views before = viewsOf(office, phone, to);

    const auto up = runCliAsIs(
        on(office, {QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--to"), server}));
    INFO(up.out.toStdString() << up.err.toStdString());
    REQUIRE(up.exitCode == 0);
    CHECK(up.out.contains(QStringLiteral("Verified")));
    const qint64 serverScans = countIn(server, QStringLiteral("SELECT count(*) FROM scans"));
    CHECK(serverScans == countIn(office, QStringLiteral("SELECT count(*) FROM scans")) + 2);

    // The server serves the province now; its Bù Đăng drill-down is the office's own table.
    const auto serverCommunes = runCliAsIs(
        on(server, {QStringLiteral("stats"), QStringLiteral("communes"), QStringLiteral("--district"),
                    QStringLiteral("Bù Đăng"), QStringLiteral("--from"), QStringLiteral("2021-01-01"),
                    QStringLiteral("--as-of"), QStringLiteral("2021-12-31"), QStringLiteral("--format"),
                    QStringLiteral("json")}));
    INFO(serverCommunes.err.toStdString());
    REQUIRE(serverCommunes.exitCode == 0);
    CHECK(serverCommunes.out == before.communes);
    const auto serverTrace = runCliAsIs(
        on(server, {QStringLiteral("trace"), QStringLiteral("--phone"), phone, QStringLiteral("--to"), to,
                    QStringLiteral("--format"), QStringLiteral("json")}));
    REQUIRE(serverTrace.exitCode == 0);
    CHECK(serverTrace.out == before.trace);

    // Again: nothing more is written; the other district is as it was.
    const auto again = runCliAsIs(
        on(office, {QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--to"), server}));
    INFO(again.out.toStdString() << again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK(countIn(server, QStringLiteral("SELECT count(*) FROM scans")) == serverScans);
    CHECK(countIn(server, QStringLiteral("SELECT sum(scans) FROM daily_counts d JOIN checkpoints c ON c.id = "
                                         "d.checkpoint_id WHERE c.code = 'DX-001'")) == 2);
    const auto serverAgain = runCliAsIs(
        on(server, {QStringLiteral("stats"), QStringLiteral("communes"), QStringLiteral("--district"),
                    QStringLiteral("Bù Đăng"), QStringLiteral("--from"), QStringLiteral("2021-01-01"),
                    QStringLiteral("--as-of"), QStringLiteral("2021-12-31"), QStringLiteral("--format"),
                    QStringLiteral("json")}));
    CHECK(serverAgain.out == before.communes);
    CHECK(countIn(server, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'copy'")) == 3);

    // Bù Đăng (696) taken offline into a new file: the same tables and trace, nothing of Đồng Xoài.
    const QString offline = dir.filePath(QStringLiteral("offline.sqlite"));
    const auto down =
        runCliAsIs(on(offline, {QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"),
                                server, QStringLiteral("--area"), QStringLiteral("696")}));
    INFO(down.out.toStdString() << down.err.toStdString());
    REQUIRE(down.exitCode == 0);
    const Views after = viewsOf(offline, phone, to);
    CHECK(after.communes == before.communes);
    CHECK(after.trace == before.trace);
    CHECK(countIn(offline, QStringLiteral("SELECT count(*) FROM checkpoints WHERE code = 'DX-001'")) == 0);
    CHECK(countIn(offline, QStringLiteral("SELECT count(*) FROM scans")) ==
          countIn(office, QStringLiteral("SELECT count(*) FROM scans")));
    // By name too, and again: nothing changes.
    const auto byName =
        runCliAsIs(on(offline, {QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"),
                                server, QStringLiteral("--area"), QStringLiteral("Bù Đăng")}));
    INFO(byName.err.toStdString());
    REQUIRE(byName.exitCode == 0);
    CHECK(viewsOf(offline, phone, to).communes == before.communes);
    CHECK(countIn(offline, QStringLiteral("SELECT count(*) FROM scans")) ==
          countIn(office, QStringLiteral("SELECT count(*) FROM scans")));
}
