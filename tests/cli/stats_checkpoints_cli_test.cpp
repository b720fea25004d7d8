// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace cd;
using test::runCli;

namespace {

QString demoDatabase(const QTemporaryDir &dir) {
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("create")}).exitCode ==
            0);
    return db;
}

QJsonDocument jsonOf(const test::CliRun &run) {
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out.toUtf8());
}

QSet<QString> keysOf(const QJsonObject &object) {
    const QStringList keys = object.keys();
    return {keys.cbegin(), keys.cend()};
}

} // namespace

TEST_CASE("stats communes keeps its JSON keys and adds columns only when asked", "[cli][stats]") {
    QTemporaryDir dir;
    const QString db = demoDatabase(dir);
    const QStringList base{QStringLiteral("--db"),     db,
                           QStringLiteral("stats"),    QStringLiteral("communes"),
                           QStringLiteral("--as-of"),  QStringLiteral("2021-08-24"),
                           QStringLiteral("--format"), QStringLiteral("json")};
    const QJsonObject plain = jsonOf(runCli(base)).object();
    CHECK(keysOf(plain) == QSet<QString>{QStringLiteral("from"), QStringLiteral("as_of"),
                                         QStringLiteral("rows"), QStringLiteral("total")});
    CHECK(keysOf(plain[QStringLiteral("rows")].toArray().first().toObject()) ==
          QSet<QString>{QStringLiteral("stt"), QStringLiteral("code"), QStringLiteral("name"),
                        QStringLiteral("checkpoints"), QStringLiteral("active_7d"), QStringLiteral("scans")});
    CHECK(keysOf(plain[QStringLiteral("total")].toObject()) ==
          QSet<QString>{QStringLiteral("checkpoints"), QStringLiteral("active_7d"), QStringLiteral("scans")});

    const QJsonObject wide =
        jsonOf(runCli(base + QStringList{QStringLiteral("--columns"),
                                         QStringLiteral("with_scans,without_scans,scans_7d")}))
            .object();
    qint64 scans7d = 0;
    for (const QJsonValue &row : wide[QStringLiteral("rows")].toArray()) {
        CHECK(row[QStringLiteral("with_scans")].toInt() + row[QStringLiteral("without_scans")].toInt() ==
              row[QStringLiteral("checkpoints")].toInt());
        CHECK(row[QStringLiteral("scans_7d")].toInt() <= row[QStringLiteral("scans")].toInt());
        scans7d += row[QStringLiteral("scans_7d")].toInt();
    }
    CHECK(wide[QStringLiteral("total")][QStringLiteral("scans_7d")].toInt() == scans7d);
    CHECK(runCli(base + QStringList{QStringLiteral("--columns"), QStringLiteral("nonsense")}).exitCode == 2);
    // A district database has no districts to drill into.
    CHECK(runCli(base + QStringList{QStringLiteral("--district"), QStringLiteral("Bù Gia Mập")}).exitCode ==
          1);
}

TEST_CASE("stats checkpoints lists every checkpoint and the ones that stopped", "[cli][stats]") {
    QTemporaryDir dir;
    const QString db = demoDatabase(dir);
    const QStringList base{QStringLiteral("--db"),     db,
                           QStringLiteral("stats"),    QStringLiteral("checkpoints"),
                           QStringLiteral("--as-of"),  QStringLiteral("24/08/2021"),
                           QStringLiteral("--format"), QStringLiteral("json")};
    const QJsonArray all = jsonOf(runCli(base)).array();
    REQUIRE(all.size() == 189);
    qint64 scans = 0;
    for (const QJsonValue &row : all)
        scans += row[QStringLiteral("scans")].toInt();
    CHECK(scans == 8832);
    CHECK(keysOf(all.first().toObject()).contains(QStringLiteral("last_scan")));

    const QJsonArray commune =
        jsonOf(runCli(base + QStringList{QStringLiteral("--unit"), QStringLiteral("TT Đức Phong")})).array();
    CHECK(commune.size() == 45);

    // Three days of silence: sorted by the last scan day, every one at least 3 days back.
    const QJsonArray stopped =
        jsonOf(runCli(base + QStringList{QStringLiteral("--inactive-days"), QStringLiteral("3")})).array();
    REQUIRE_FALSE(stopped.isEmpty());
    QString previous;
    for (const QJsonValue &row : stopped) {
        const QString last = row[QStringLiteral("last_scan")].toString();
        CHECK(last <= QStringLiteral("2021-08-21"));
        CHECK(last >= previous);
        CHECK(row[QStringLiteral("phone")].toString().size() == 10);
        previous = last;
    }
    const auto table =
        runCli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("checkpoints"),
                QStringLiteral("--as-of"), QStringLiteral("24/08/2021"), QStringLiteral("--inactive-days"),
                QStringLiteral("3")});
    CHECK(table.out.contains(QStringLiteral("%1 checkpoint").arg(stopped.size())));
    CHECK(runCli(base + QStringList{QStringLiteral("--inactive-days"), QStringLiteral("0")}).exitCode == 2);
    const auto unknown = runCli(base + QStringList{QStringLiteral("--unit"), QStringLiteral("Hoàn Kiếm")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("--unit")));
}
