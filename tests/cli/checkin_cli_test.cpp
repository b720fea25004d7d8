// SPDX-License-Identifier: GPL-3.0-or-later
// The check-in desk from the command line: a thousand scanner lines of every kind piped in, each one's
// outcome checked, and the desk's people found by tracing together with the imported scans.
#include "CliRunner.h"
#include "TestSupport.h"

#include "Workspace.h"
#include "common/Clock.h"
#include "database/SqlQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <random>

using namespace cd;
using test::runCli;

namespace {

qint64 count(const QString &db, const QString &statement) {
    auto opened = openWorkspace(test::databaseLocation(db));
    REQUIRE(opened.ok());
    return sql::scalar(opened.value()->connection(), statement).value().toLongLong();
}

// The Bù Đăng demo as an office's database in `dir`.
QString demoOffice(const QTemporaryDir &dir) {
    const QString db = dir.filePath(QStringLiteral("office.sqlite"));
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("create")}).exitCode ==
            0);
    return db;
}

QString cardOf(int person) {
    const QStringList families{QStringLiteral("Nguyễn"), QStringLiteral("Trần"), QStringLiteral("Lê"),
                               QStringLiteral("Phạm"), QStringLiteral("Đỗ")};
    const QString id = QStringLiteral("0791%1").arg(person, 8, 10, QLatin1Char('0'));
    // A name of its own for each person, in syllables (names hold no digits).
    const QStringList syllables{QStringLiteral("An"),   QStringLiteral("Bình"),  QStringLiteral("Châu"),
                                QStringLiteral("Dũng"), QStringLiteral("Đức"),   QStringLiteral("Giang"),
                                QStringLiteral("Hòa"),  QStringLiteral("Khánh"), QStringLiteral("Lan"),
                                QStringLiteral("Minh")};
    const QString name = families[person % families.size()] + u' ' + syllables[person / 100 % 10] + u' ' +
                         syllables[person / 10 % 10] + u' ' + syllables[person % 10];
    // Half the cards are the 7-field kind with an old CMND number, half the 6-field kind.
    return person % 2 ? QStringLiteral("%1|%2|%3|01011990|Nữ|Thôn %4, xã Đăng Hà|15082021")
                            .arg(id, QStringLiteral("28%1").arg(person, 7, 10, QLatin1Char('0')), name)
                            .arg(person % 9 + 1)
                      : QStringLiteral("%1|%2|12121985|Nam|Khu phố %3, thị trấn Đức Phong|01072021")
                            .arg(id, name)
                            .arg(person % 5 + 1);
}

} // namespace

TEST_CASE("a thousand scanner lines: every record, every repeat and every refusal as it should be",
          "[cli][desk]") {
    QTemporaryDir dir;
    const QString db = demoOffice(dir);
    const qint64 scansBefore = count(db, QStringLiteral("SELECT count(*) FROM scans"));
    const qint64 dailyBefore = count(db, QStringLiteral("SELECT sum(scans) FROM daily_counts"));

    // What each line is, decided as it is written: a card or a phone of one of 300 people (a person seen
    // before is a repeat: all lines fall within the ten minutes), or a line the desk must refuse.
    std::mt19937 random(14);
    QStringList lines;
    QSet<QString> seen;
    QList<int> refusedLines;
    int repeats = 0;
    for (int i = 0; i < 1000; ++i) {
        const int kind = int(random() % 10);
        const int person = int(random() % 300);
        QString line;
        QString who;
        if (kind < 5) {
            line = cardOf(person);
            who = QStringLiteral("card %1").arg(person);
        } else if (kind < 8) {
            const QString phone = QStringLiteral("09%1").arg(person, 8, 10, QLatin1Char('0'));
            line = kind == 5
                       ? phone
                       : QStringLiteral("+84 %1 %2 %3").arg(phone.mid(1, 3), phone.mid(4, 3), phone.mid(7));
            who = QStringLiteral("phone %1").arg(person);
        } else if (kind == 8) {
            // The card through a scanner on the wrong layout: the separators turned into backslashes.
            line = cardOf(person).replace(u'|', u'\\');
        } else {
            line = QStringLiteral("##%1!!").arg(person);
        }
        lines << line;
        if (who.isEmpty())
            refusedLines << i + 1;
        else if (seen.contains(who))
            ++repeats;
        else
            seen.insert(who);
    }
    const auto run = runCli({QStringLiteral("--db"), db, QStringLiteral("checkin"),
                             QStringLiteral("--checkpoint"), QStringLiteral("25426-001")},
                            lines.join(u'\n').toUtf8() + '\n');
    CHECK(run.exitCode == 1); // some lines were refused
    const QStringList results = run.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(results.size() == 1000);
    QList<int> refused;
    int recorded = 0, repeated = 0;
    for (const QString &result : results) {
        const int line = result.section(u':', 0, 0).toInt();
        if (result.contains(QStringLiteral(": refused: ")))
            refused << line;
        else if (result.contains(QStringLiteral(": repeat: ")))
            ++repeated;
        else if (result.contains(QStringLiteral(": recorded ")))
            ++recorded;
    }
    CHECK(refused == refusedLines);
    CHECK(repeated == repeats);
    CHECK(recorded == seen.size());
    CHECK(run.err.contains(QStringLiteral("%1 recorded, %2 repeats, %3 refused.")
                               .arg(seen.size())
                               .arg(repeats)
                               .arg(refusedLines.size())));
    // The wrong layout is explained, the rest named as unreadable.
    CHECK(run.out.count(QStringLiteral("keyboard language")) > 0);

    CHECK(count(db, QStringLiteral("SELECT count(*) FROM scans")) == scansBefore + seen.size());
    CHECK(count(db, QStringLiteral("SELECT sum(scans) FROM daily_counts")) == dailyBefore + seen.size());
    // Nothing of a card but its number and name.
    CHECK(count(db, QStringLiteral(
                        "SELECT count(*) FROM scans WHERE person_name LIKE '%Thôn%' OR person_name LIKE "
                        "'%1990%' OR person_name LIKE '%|%'")) == 0);
}

TEST_CASE("trace by ID number finds a desk record together with the imported scans of the person",
          "[cli][desk][trace]") {
    QTemporaryDir dir;
    const QString db = demoOffice(dir);
    // An export of the same person, yesterday (Vietnam time), at another checkpoint: keyed by the phone,
    // with the ID number given beside it.
    const QDate today = clock::today();
    const QString csv = dir.filePath(QStringLiteral("luot-quet.csv"));
    const QString day = today.addDays(-1).toString(QStringLiteral("dd/MM/yyyy"));
    test::writeFile(csv, QStringLiteral("Mã điểm,Thời gian,Họ tên,Số điện thoại,CCCD\n"
                                        "25420-001,%1 07:00,Nguyễn Thị Hoa,0912345678,079123456789\n")
                             .arg(day)
                             .toUtf8());
    const auto imported =
        runCli({QStringLiteral("--db"), db, QStringLiteral("scans"), QStringLiteral("import"), csv});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    // The annex of today, before and after: the desk's record counts on the day it was taken.
    const auto annexRow = [&] {
        const auto stats =
            runCli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("communes"),
                    QStringLiteral("--as-of"), today.toString(Qt::ISODate), QStringLiteral("--format"),
                    QStringLiteral("json")});
        REQUIRE(stats.exitCode == 0);
        for (const QJsonValue &row :
             QJsonDocument::fromJson(stats.out.toUtf8()).object().value(QStringLiteral("rows")).toArray())
            if (row.toObject().value(QStringLiteral("code")).toString() == QLatin1String("25426"))
                return row.toObject();
        FAIL("no row for Xã Đăng Hà");
        return QJsonObject();
    };
    const QJsonObject before = annexRow();
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("checkin"), QStringLiteral("--checkpoint"),
                    QStringLiteral("25426-001")},
                   "079123456789|281234567|Nguyễn Thị Hoa|01011990|Nữ|Thôn 5, xã Đăng Hà|15082021\n")
                .exitCode == 0);
    const QJsonObject after = annexRow();
    CHECK(after.value(QStringLiteral("scans")).toInt() == before.value(QStringLiteral("scans")).toInt() + 1);
    CHECK(after.value(QStringLiteral("active_7d")).toInt() >= 1);
    const auto traced =
        runCli({QStringLiteral("--db"), db, QStringLiteral("trace"), QStringLiteral("--id"),
                QStringLiteral("079123456789"), QStringLiteral("--from"),
                today.addDays(-1).toString(Qt::ISODate), QStringLiteral("--to"), today.toString(Qt::ISODate),
                QStringLiteral("--format"), QStringLiteral("json")});
    INFO(traced.err.toStdString());
    REQUIRE(traced.exitCode == 0);
    const QJsonObject result = QJsonDocument::fromJson(traced.out.toUtf8()).object();
    QStringList places;
    for (const QJsonValue &visit : result.value(QStringLiteral("visits")).toArray())
        places << visit.toObject().value(QStringLiteral("checkpoint_code")).toString();
    places.sort();
    CHECK(places == QStringList{QStringLiteral("25420-001"), QStringLiteral("25426-001")});
}

TEST_CASE("scans export writes the desk's records as a national export that imports back",
          "[cli][desk][export]") {
    QTemporaryDir dir;
    const QString db = demoOffice(dir);
    const QDate today = clock::today();
    // An imported name that is a formula: written neutralised.
    const QString csv = dir.filePath(QStringLiteral("luot-quet.csv"));
    test::writeFile(csv, QStringLiteral("Mã điểm,Thời gian,Họ tên,Số điện thoại\n"
                                        "25420-001,%1 07:00,\"=HYPERLINK(\"\"http://x\"\")\",0911222333\n")
                             .arg(today.addDays(-1).toString(QStringLiteral("dd/MM/yyyy")))
                             .toUtf8());
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("scans"), QStringLiteral("import"), csv})
                .exitCode == 0);
    REQUIRE(
        runCli(
            {QStringLiteral("--db"), db, QStringLiteral("checkin"), QStringLiteral("--checkpoint"),
             QStringLiteral("25426-001")},
            "079123456789|281234567|Nguyễn Thị Hoa|01011990|Nữ|Thôn 5, xã Đăng Hà|15082021\n0912 345 678\n")
            .exitCode == 0);
    const QStringList period{QStringLiteral("--from"), today.addDays(-1).toString(Qt::ISODate),
                             QStringLiteral("--to"), today.toString(Qt::ISODate)};

    const QString masked = dir.filePath(QStringLiteral("xuat.csv"));
    const auto exported = runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("scans"),
                                             QStringLiteral("export"), QStringLiteral("--out"), masked} +
                                 period);
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    const QString text = QString::fromUtf8(test::readFile(masked));
    // The national exports' own header row (after the BOM Excel needs).
    CHECK(text.section(u'\n', 0, 0)
              .trimmed()
              .endsWith(QStringLiteral("STT,Thời gian,Mã điểm,Tên điểm kiểm dịch,Xã/Phường,Họ và tên,Số điện "
                                       "thoại,CCCD/CMND,Chiều")));
    CHECK(text.count(u'\n') == 4);
    CHECK_FALSE(text.contains(QStringLiteral("0912345678")));
    CHECK_FALSE(text.contains(QStringLiteral("079123456789")));
    CHECK(text.contains(QStringLiteral("0912***678")));
    CHECK(text.contains(QStringLiteral("'=HYPERLINK")));
    CHECK(text.contains(QStringLiteral("Xã Đăng Hà")));

    // In full (audited), as XLSX: a new office imports it whole, the same people.
    const QString full = dir.filePath(QStringLiteral("xuat.xlsx"));
    REQUIRE(runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("scans"), QStringLiteral("export"),
                               QStringLiteral("--out"), full, QStringLiteral("--full-phones")} +
                   period)
                .exitCode == 0);
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    REQUIRE(
        runCli({QStringLiteral("--db"), other, QStringLiteral("demo"), QStringLiteral("create")}).exitCode ==
        0);
    const qint64 before = count(other, QStringLiteral("SELECT count(*) FROM scans"));
    const auto reimported =
        runCli({QStringLiteral("--db"), other, QStringLiteral("scans"), QStringLiteral("import"), full});
    INFO(reimported.err.toStdString());
    REQUIRE(reimported.exitCode == 0);
    CHECK(count(other, QStringLiteral("SELECT count(*) FROM scans")) == before + 3);
    CHECK(count(other, QStringLiteral("SELECT count(*) FROM scans WHERE person_key IN ('i:079123456789', "
                                      "'p:0912345678', 'p:0911222333')")) == 3);
    const auto audit = runCli({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("list"),
                               QStringLiteral("--action"), QStringLiteral("export"),
                               QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(audit.out.count(QStringLiteral("Scans written to")) == 2);
    CHECK(audit.out.count(QStringLiteral("in full")) == 1);
    CHECK_FALSE(runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("scans"),
                                   QStringLiteral("export"), QStringLiteral("--out"), masked,
                                   QStringLiteral("--format"), QStringLiteral("xlsx")} +
                       period)
                    .exitCode == 0);
}
