// SPDX-License-Identifier: GPL-3.0-or-later
// Check-in desk benchmark: 1,000 people recorded one after the other, each record its own transaction
// (read the line, the repeat check, the scan, its daily count, the ID index), as a desk at a market gate
// records them, against the baseline of the same 1,000 scans inserted by a bare INSERT each in its own
// transaction on the same database file. The target: 1,000 records within 5 s.
//
//   checkin_bench
#include "Workspace.h"
#include "checkin/CheckinDesk.h"
#include "database/SqlQuery.h"
#include "database/Transaction.h"
#include "demo/DemoDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace cd;

namespace {

constexpr int kRecords = 1000;

QString cardLine(int person) {
    return QStringLiteral("0791%1|28%2|Nguyễn Thị Hòa|01011990|Nữ|Thôn 5, xã Đăng Hà|15082021")
        .arg(person, 8, 10, QLatin1Char('0'))
        .arg(person, 7, 10, QLatin1Char('0'));
}

std::unique_ptr<Database> demoAt(const QString &path) {
    auto opened = openWorkspace(path);
    if (!opened || !DemoDatabase::populate(opened.value()->connection())) {
        std::fprintf(stderr, "cannot build %s\n", qPrintable(path));
        std::exit(1);
    }
    return std::move(opened).value();
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const qint64 base = QDateTime(QDate(2021, 8, 24), QTime(7, 0), Qt::UTC).toSecsSinceEpoch();

    // Baseline: the bare INSERT of a scan, one transaction each.
    auto plain = demoAt(dir.filePath(QStringLiteral("baseline.sqlite")));
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kRecords; ++i) {
        Transaction transaction(plain->connection());
        const auto inserted =
            sql::exec(plain->connection(),
                      QStringLiteral("INSERT INTO scans (checkpoint_id, scanned_at, person_key, "
                                     "person_name, phone, id_number, direction) "
                                     "VALUES (1, ?, ?, 'Nguyễn Thị Hòa', '', ?, 'in')"),
                      {base + i, QStringLiteral("i:0791%1").arg(i, 8, 10, QLatin1Char('0')),
                       QStringLiteral("0791%1").arg(i, 8, 10, QLatin1Char('0'))});
        if (!inserted || !transaction.commit()) {
            std::fprintf(stderr, "baseline insert failed\n");
            return 1;
        }
    }
    const double baselineSeconds = timer.nsecsElapsed() / 1e9;

    // The desk: every line read, checked for a repeat, stored with its count and index.
    auto office = demoAt(dir.filePath(QStringLiteral("desk.sqlite")));
    auto desk =
        checkin::CheckinDesk::open(office->connection(), QStringLiteral("25426-001"), QStringLiteral("in"));
    if (!desk) {
        std::fprintf(stderr, "%s\n", qPrintable(desk.error().message));
        return 1;
    }
    timer.restart();
    for (int i = 0; i < kRecords; ++i) {
        const auto input = checkin::readDeskInput(cardLine(i));
        const auto done =
            input
                ? desk.value().recordAt(input.value(), {},
                                        QDateTime::fromSecsSinceEpoch(base + i, Qt::OffsetFromUTC, 7 * 3600))
                : Result<checkin::DeskRecord>(input.error());
        if (!done || done->repeat) {
            std::fprintf(stderr, "record %d failed\n", i);
            return 1;
        }
    }
    const double deskSeconds = timer.nsecsElapsed() / 1e9;
    std::printf("check-in desk benchmark: %d records, each its own transaction\n", kRecords);
    std::printf("  baseline (bare INSERT per transaction): %.3f s\n", baselineSeconds);
    std::printf(
        "  desk (read, repeat check, scan, daily count, ID index): %.3f s  = %.2fx baseline  (target: "
        "<= 5 s: %s)\n",
        deskSeconds, deskSeconds / baselineSeconds, deskSeconds <= 5.0 ? "met" : "MISSED");
    return 0;
}
