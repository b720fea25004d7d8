// SPDX-License-Identifier: GPL-3.0-or-later
// Imports large enough to run through many batches of the reading and writing threads.
#include "TestSupport.h"

#include "database/SqlQuery.h"
#include "demo/ScanGenerator.h"
#include "scans/ScanImport.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
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
    // The import checks its own references; the connection checks them again afterwards, and they hold.
    CHECK(count(*db, QStringLiteral("PRAGMA foreign_keys")) == 1);
    CHECK_FALSE(sql::exec(db->connection(), QStringLiteral("PRAGMA foreign_key_check")).value().next());
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
    CHECK(count(*db, QStringLiteral("PRAGMA foreign_keys")) == 1);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("big.rejects.csv"))));
}
