// SPDX-License-Identifier: GPL-3.0-or-later
// Imports large enough to run through many batches of the reading and writing threads.
#include "TestSupport.h"

#include "database/SqlQuery.h"
#include "demo/ScanGenerator.h"
#include "scans/ScanImport.h"
#include "scans/ScanTime.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <atomic>

using namespace cd;

namespace {

const qint64 kNow = 1700000000; // 14/11/2023

qint64 count(const Database &db, const QString &statement) {
    auto query = sql::exec(db.connection(), statement);
    REQUIRE(query.ok());
    REQUIRE(query.value().next());
    return query.value().value(0).toLongLong();
}

std::unique_ptr<Database> registerOnly() {
    auto db = test::demoWorkspace();
    for (const char *table : {"daily_counts", "scans", "imports"})
        REQUIRE(sql::exec(db->connection(), QStringLiteral("DELETE FROM ") + QLatin1String(table)).ok());
    return db;
}

using DailyCounts = QMap<QPair<qint64, qint64>, qint64>;

// The daily counts as the core computes them from the stored scans (Vietnam days), to compare with the
// counts the imports stored.
DailyCounts dailyCountsOfScans(const Database &db) {
    auto query = sql::exec(db.connection(), QStringLiteral("SELECT checkpoint_id, scanned_at FROM scans"));
    REQUIRE(query.ok());
    DailyCounts counts;
    while (query.value().next())
        counts[qMakePair(query.value().value(0).toLongLong(),
                         scantime::vietnamDay(query.value().value(1).toLongLong()))] += 1;
    return counts;
}

DailyCounts storedDailyCounts(const Database &db) {
    auto query =
        sql::exec(db.connection(), QStringLiteral("SELECT checkpoint_id, day, scans FROM daily_counts"));
    REQUIRE(query.ok());
    DailyCounts counts;
    while (query.value().next())
        counts[qMakePair(query.value().value(0).toLongLong(), query.value().value(1).toLongLong())] =
            query.value().value(2).toLongLong();
    return counts;
}

QByteArray csvLine(QStringList cells) {
    for (QString &cell : cells) {
        if (cell.contains(u',') || cell.contains(u'"'))
            cell = u'"' + cell.replace(u'"', QStringLiteral("\"\"")) + u'"';
    }
    return cells.join(u',').toUtf8() + "\n";
}

// 30,000 rows of the demo register; every 997th has a time that is not one. Returns the bad lines.
QSet<qint64> writeExport(const Database &db, const QString &path) {
    ScanGenerator generator(db.connection(), 11);
    const auto scans = generator.chronological(30000, QDate(2021, 3, 1), QDate(2021, 9, 30));
    QByteArray text = ScanGenerator::headers().join(u',').toUtf8() + "\n";
    QSet<qint64> bad;
    for (qint64 i = 0; i < scans.size(); ++i) {
        QStringList cells = generator.cells(scans[i], i);
        if (i % 997 == 500) {
            cells[1] = QStringLiteral("hôm qua");
            bad.insert(i + 2); // line 1 is the header
        }
        for (QString &cell : cells) {
            if (cell.contains(u','))
                cell = u'"' + cell + u'"';
        }
        text += cells.join(u',').toUtf8() + "\n";
    }
    test::writeFile(path, text);
    return bad;
}

} // namespace

TEST_CASE("a large import with --skip-invalid stores every good row and rejects exactly the bad ones",
          "[scans][pipeline]") {
    auto db = registerOnly();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    const QSet<qint64> bad = writeExport(*db, path);

    ScanImportOptions options;
    options.now = kNow;
    options.skipInvalid = true;
    qint64 lastProgress = 0;
    bool progressOrdered = true;
    qint64 lastBytes = 0;
    options.progress = [&](qint64 rows, qint64 bytes) {
        progressOrdered = progressOrdered && rows >= lastProgress && bytes >= lastBytes;
        lastProgress = rows;
        lastBytes = bytes;
    };
    const auto report = ScanImporter(db->connection()).run(path, options);
    REQUIRE(report.ok());
    CHECK(report->written);
    CHECK(report->rowsRead == 30000);
    CHECK(lastProgress == 30000);
    CHECK(lastBytes == QFileInfo(path).size());
    CHECK(progressOrdered);
    CHECK(report->rejected == bad.size());
    QSet<qint64> rejectedLines;
    for (const ScanRejectedRow &row : report->rejectedRows) {
        rejectedLines.insert(row.line);
        CHECK(row.field == QStringLiteral("time"));
    }
    CHECK(rejectedLines == bad);
    CHECK(report->added + report->duplicates + report->rejected == report->rowsRead);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM scans")) == report->added);
    CHECK(count(*db, QStringLiteral("SELECT sum(scans) FROM daily_counts")) == report->added);
    CHECK(dailyCountsOfScans(*db) == storedDailyCounts(*db));
    // On SQLite the import checks its own references; the connection checks them again afterwards, and
    // they hold. A server checks them on every row.
    if (!test::onServer()) {
        CHECK(count(*db, QStringLiteral("PRAGMA foreign_keys")) == 1);
        CHECK_FALSE(sql::exec(db->connection(), QStringLiteral("PRAGMA foreign_key_check")).value().next());
    }
    // The rejects file beside the input holds the same rows.
    QFile rejects(report->rejectsFile);
    REQUIRE(rejects.open(QIODevice::ReadOnly));
    CHECK(rejects.readAll().count('\n') == bad.size() + 1);

    const auto again = ScanImporter(db->connection()).run(path, options);
    REQUIRE(again.ok());
    CHECK(again->added == 0);
    CHECK(again->duplicates == report->added);
    CHECK_FALSE(again->previousImport.isEmpty());
}

TEST_CASE("cancelling a large import part-way stores nothing and records no import", "[scans][pipeline]") {
    auto db = registerOnly();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    writeExport(*db, path);

    std::atomic_bool cancel = false;
    ScanImportOptions options;
    options.now = kNow;
    options.skipInvalid = true;
    options.cancel = &cancel;
    options.progress = [&](qint64 rows, qint64) {
        if (rows >= 8000)
            cancel = true;
    };
    const auto report = ScanImporter(db->connection()).run(path, options);
    REQUIRE(report.ok());
    CHECK(report->cancelled);
    CHECK_FALSE(report->written);
    CHECK(report->rowsRead < 30000);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM scans")) == 0);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM daily_counts")) == 0);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM imports")) == 0);
    if (!test::onServer())
        CHECK(count(*db, QStringLiteral("PRAGMA foreign_keys")) == 1);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("big.rejects.csv"))));
}

TEST_CASE("a scan written twice in one file is stored once as first written, and counted a duplicate",
          "[scans][pipeline]") {
    auto db = registerOnly();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("twice.csv"));
    ScanGenerator generator(db->connection(), 13);
    const auto scans = generator.chronological(20000, QDate(2021, 5, 1), QDate(2021, 8, 31));
    // Every 50th scan comes again later in the file (its phone written another way, its direction the
    // other one): once right after itself, once at the end.
    QByteArray text = ScanGenerator::headers().join(u',').toUtf8() + "\n";
    QVector<QStringList> repeated;
    // COPY's own escapes written in a value: a backslash, and a backslash before a "t" (a tab, unescaped).
    const QString oddName = QStringLiteral("Trần \\ Thị \\tBé");
    for (qint64 i = 0; i < scans.size(); ++i) {
        QStringList cells = generator.cells(scans[i], i);
        if (i == 7)
            cells[5] = oddName;
        text += csvLine(cells);
        if (i % 50 == 0) {
            QStringList again = generator.cells(scans[i], i + 1);
            again[8] = cells[8] == QLatin1String("Check-in") ? QStringLiteral("Check-out")
                                                             : QStringLiteral("Check-in");
            text += csvLine(again);
            repeated.append(again);
        }
    }
    for (const QStringList &again : std::as_const(repeated))
        text += csvLine(again);
    test::writeFile(path, text);

    ScanImportOptions options;
    options.now = kNow;
    const auto report = ScanImporter(db->connection()).run(path, options);
    REQUIRE(report.ok());
    REQUIRE(report->written);
    const qint64 distinct = count(*db, QStringLiteral("SELECT count(*) FROM scans"));
    CHECK(report->rowsRead == scans.size() + 2 * repeated.size());
    CHECK(report->added == distinct);
    CHECK(report->duplicates == report->rowsRead - distinct);
    CHECK(report->duplicates >= 2 * repeated.size());
    CHECK(dailyCountsOfScans(*db) == storedDailyCounts(*db));
    // The first of each pair kept its direction (the generator writes every 11th scan as a check-out).
    QSqlQuery directions(db->connection());
    REQUIRE(
        directions.prepare(QStringLiteral("SELECT s.direction FROM scans s JOIN checkpoints c ON "
                                          "c.id = s.checkpoint_id WHERE c.code = ? AND s.scanned_at = ?")));
    qint64 checked = 0;
    for (qint64 i = 0; i < scans.size(); i += 50) {
        directions.bindValue(0, generator.checkpoints()[scans[i].checkpoint].code);
        directions.bindValue(1, scans[i].when);
        REQUIRE(directions.exec());
        QStringList stored;
        while (directions.next())
            stored << directions.value(0).toString();
        if (stored.size() != 1)
            continue; // another person at the same checkpoint and second
        CHECK(stored.first() == (i % 11 == 0 ? QStringLiteral("out") : QStringLiteral("in")));
        ++checked;
    }
    CHECK(checked > repeated.size() * 9 / 10);
    auto odd = sql::exec(db->connection(), QStringLiteral("SELECT count(*) FROM scans WHERE person_name = ?"),
                         {oddName});
    REQUIRE(odd.ok());
    REQUIRE(odd.value().next());
    CHECK(odd.value().value(0).toLongLong() == 1);

    const auto again = ScanImporter(db->connection()).run(path, options);
    REQUIRE(again.ok());
    CHECK(again->added == 0);
    CHECK(again->duplicates == again->rowsRead);
    CHECK(dailyCountsOfScans(*db) == storedDailyCounts(*db));
}
