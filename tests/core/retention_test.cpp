// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "Workspace.h"
#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "common/VnFormat.h"
#include "database/Backup.h"
#include "database/SqlQuery.h"
#include "demo/DemoDatabase.h"
#include "retention/Retention.h"
#include "scans/ScanImport.h"
#include "stats/UnitStatistics.h"
#include "trace/ContactTracer.h"
#include "trace/PersonSearch.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTimeZone>

using namespace cd;

namespace {

// Today, for every test here: a month after the demo's year, so that all of 2021 is past 28 days.
const QDate kToday{2022, 1, 31};

qint64 noonOf(const QDate &day) {
    return QDateTime(day, QTime(12, 0), QTimeZone(7 * 3600)).toSecsSinceEpoch();
}

struct Person {
    QString name;
    QString phone;
    QString idNumber;
};
// Scanned long ago: their data goes. Scanned last week: theirs stays.
const Person kOld{QStringLiteral("Trần Thị Cũ Xưa"), QStringLiteral("0977111222"),
                  QStringLiteral("079000111222")};
const Person kRecent{QStringLiteral("Lê Văn Mới Đây"), QStringLiteral("0966333444"),
                     QStringLiteral("079000333444")};

struct Fixture {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("office.sqlite"));
    std::unique_ptr<Database> db;
    QString csv = dir.filePath(QStringLiteral("export.csv"));
    QString checkpoint;

    Fixture() {
        auto opened = openWorkspace(path);
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        REQUIRE(DemoDatabase::populate(db->connection()).ok());
        checkpoint = sql::scalar(db->connection(),
                                 QStringLiteral("SELECT code FROM checkpoints ORDER BY code LIMIT 1"))
                         .value()
                         .toString();
        QStringList lines{QStringLiteral("Thời gian,Mã điểm,Họ và tên,Số điện thoại,CCCD")};
        const auto scan = [&](const QDate &day, const QString &time, const Person &p) {
            lines << QStringLiteral("%1 %2,%3,%4,%5,%6")
                         .arg(day.toString(QStringLiteral("dd/MM/yyyy")), time, checkpoint, p.name, p.phone,
                              p.idNumber);
        };
        scan(kToday.addDays(-60), QStringLiteral("08:00"), kOld);
        scan(kToday.addDays(-45), QStringLiteral("09:30"), kOld);
        scan(kToday.addDays(-60), QStringLiteral("08:10"), kRecent);
        scan(kToday.addDays(-3), QStringLiteral("10:00"), kRecent);
        scan(kToday.addDays(-2), QStringLiteral("10:05"), kRecent);
        test::writeFile(csv, lines.join(u'\n').toUtf8());
        const auto imported = ScanImporter(db->connection()).run(csv);
        REQUIRE(imported.ok());
        REQUIRE(imported->added == 5);
    }

    qint64 count(const QString &statement) const {
        return sql::scalar(db->connection(), statement).value().toLongLong();
    }

    QStringList dailyCounts() const {
        auto rows = sql::exec(db->connection(), QStringLiteral("SELECT checkpoint_id, day, scans FROM "
                                                               "daily_counts ORDER BY checkpoint_id, day"));
        REQUIRE(rows.ok());
        QStringList out;
        while (rows.value().next())
            out << QStringLiteral("%1/%2/%3")
                       .arg(rows.value().value(0).toLongLong())
                       .arg(rows.value().value(1).toLongLong())
                       .arg(rows.value().value(2).toLongLong());
        return out;
    }

    QString annex(const QDate &asOf, const QDate &from = {}) const {
        const auto table = UnitStatisticsQuery(db->connection()).table(asOf, from);
        REQUIRE(table.ok());
        QStringList rows;
        for (const UnitStatisticsRow &row : table->rows)
            rows << QStringLiteral("%1:%2/%3/%4/%5/%6")
                        .arg(row.unit.code)
                        .arg(row.checkpoints)
                        .arg(row.active7d)
                        .arg(row.scans)
                        .arg(row.withScans)
                        .arg(row.scans7d);
        return rows.join(u' ');
    }
};

// The bytes of the database file and its journal, where deleted data could linger.
QByteArray storedBytes(const QString &path) {
    return test::readFile(path) + test::readFile(path + QStringLiteral("-wal"));
}

QStringList tracesOf(const Person &p) {
    return {p.phone, p.idNumber, p.name, QStringLiteral("p:") + p.phone};
}

} // namespace

TEST_CASE("retention: a purge deletes the people of old scans and keeps every figure", "[retention]") {
    const clock::FixedForTesting today(noonOf(kToday));
    Fixture f;
    Retention retention(*f.db);
    REQUIRE(retention.days() == 28);
    const qint64 scansBefore = f.count(QStringLiteral("SELECT count(*) FROM scans"));
    const QStringList countsBefore = f.dailyCounts();
    const QString annexOfAugust = f.annex(QDate(2021, 8, 24));
    const QString annexOfYear = f.annex(QDate(2021, 12, 31));
    const QString annexNow = f.annex(kToday, kToday.addDays(-60));
    for (const QString &text : tracesOf(kOld))
        REQUIRE(storedBytes(f.path).contains(text.toUtf8()));

    const auto overdue = retention.overdue();
    REQUIRE(overdue.ok());
    CHECK(overdue->cutoff == kToday.addDays(-28));
    CHECK(overdue->scans == scansBefore - 2);

    // A dry run counts and changes nothing.
    const auto dry = retention.purge(28, true);
    REQUIRE(dry.ok());
    CHECK(dry->scans == scansBefore - 2);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM scans")) == scansBefore);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'purge'")) == 0);

    const auto purged = retention.purge(28, false);
    REQUIRE(purged.ok());
    CHECK(purged->before == kToday.addDays(-28));
    CHECK(purged->scans == scansBefore - 2);
    CHECK(purged->people > 2);
    CHECK(purged->warnings.isEmpty());

    // Only the two recent scans are left; every figure is as it was.
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM scans")) == 2);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM person_ids")) == 1);
    CHECK(f.dailyCounts() == countsBefore);
    CHECK(f.annex(QDate(2021, 8, 24)) == annexOfAugust);
    CHECK(f.annex(QDate(2021, 12, 31)) == annexOfYear);
    CHECK(f.annex(kToday, kToday.addDays(-60)) == annexNow);

    // Nothing of the purged person stays readable in the file or its journal; the recent one is there.
    const QByteArray bytes = storedBytes(f.path);
    for (const QString &text : tracesOf(kOld)) {
        INFO(text.toStdString());
        CHECK_FALSE(bytes.contains(text.toUtf8()));
    }
    CHECK(bytes.contains(kRecent.phone.toUtf8()));

    // The purge is in the log, the person in it by nobody.
    audit::Filter purges;
    purges.action = audit::Action::Purge;
    const auto logged = audit::AuditLog(f.db->connection()).entries(purges);
    REQUIRE(logged.ok());
    REQUIRE(logged->size() == 1);
    CHECK(logged->first().details[QStringLiteral("scans")].toInteger() == scansBefore - 2);
    CHECK(logged->first().subjects.isEmpty());

    // Tracing the purged days says so instead of "nobody".
    CHECK(trace::PersonSearch(f.db->connection())
              .find(trace::QueryKind::Phone, kOld.phone, kToday.addDays(-61), kToday.addDays(-44))
              .value()
              .isEmpty());
    CHECK(trace::purgedPeriodNote(retention.purgedBefore(), kToday.addDays(-61), kToday.addDays(-44))
              .contains(QStringLiteral("nobody can be traced")));
    const auto recent = trace::PersonSearch(f.db->connection()).find(trace::QueryKind::Phone, kRecent.phone);
    REQUIRE(recent.value().size() == 1);
    trace::TraceOptions options;
    options.from = kToday.addDays(-40);
    options.to = kToday;
    const auto traced = trace::ContactTracer(f.db->connection()).trace(recent->first(), options);
    REQUIRE(traced.ok());
    CHECK(traced->purgedBefore == kToday.addDays(-28));
    CHECK(traced->visits.size() == 2);

    // The same export imported again brings back nobody, and counts nothing twice.
    const auto again = ScanImporter(f.db->connection()).run(f.csv);
    REQUIRE(again.ok());
    CHECK(again->beforePurge == 3);
    CHECK(again->added == 0);
    CHECK(again->duplicates == 2);
    CHECK(again->notices.join(u' ').contains(format::date(kToday.addDays(-28))));
    CHECK(f.dailyCounts() == countsBefore);
    CHECK_FALSE(storedBytes(f.path).contains(kOld.phone.toUtf8()));
}

TEST_CASE("retention: the backups the program keeps are purged with the database", "[retention][backup]") {
    const clock::FixedForTesting today(noonOf(kToday));
    Fixture f;
    Backup backup(*f.db);
    AutoBackupSettings automatic;
    automatic.enabled = true;
    automatic.folder = f.dir.filePath(QStringLiteral("sao-luu"));
    automatic.keep = 3;
    REQUIRE(backup.setAutoSettings(automatic).ok());
    const auto made = backup.writeAutomatic();
    REQUIRE(made.ok());
    REQUIRE(test::readFile(made->file).contains(kOld.phone.toUtf8()));
    // A copy a restore kept, found by its name beside the database.
    const QString kept = f.path + QStringLiteral(".before-restore-20220101-080000.sqlite");
    REQUIRE(QFile::copy(made->file, kept));
    CHECK(backup.knownBackups().size() == 2);

    const auto purged = Retention(*f.db).purge(std::nullopt, false);
    REQUIRE(purged.ok());
    CHECK(purged->backupsPurged.size() == 2);
    for (const QString &file : {made->file, kept}) {
        INFO(file.toStdString());
        const QByteArray bytes = test::readFile(file);
        CHECK(bytes.startsWith("SQLite format 3"));
        for (const QString &text : tracesOf(kOld))
            CHECK_FALSE(bytes.contains(text.toUtf8()));
        CHECK(bytes.contains(kRecent.phone.toUtf8()));
        CHECK(Backup::examine(file).ok());
    }
}

TEST_CASE("retention: the period is the office's, within 14 to 90 days, and every change is logged",
          "[retention]") {
    auto db = test::memoryWorkspace();
    Retention retention(*db);
    CHECK(retention.days() == RetentionPeriod::kDefaultDays);
    CHECK_FALSE(retention.setDays(13).ok());
    CHECK_FALSE(retention.setDays(91).ok());
    REQUIRE(retention.setDays(14).ok());
    CHECK(retention.days() == 14);
    CHECK_FALSE(retention.purge(0, true).ok());
    audit::Filter settings;
    settings.action = audit::Action::Settings;
    CHECK(audit::AuditLog(db->connection()).entries(settings).value().size() == 1);
}
