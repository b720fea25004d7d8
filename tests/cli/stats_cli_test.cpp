// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "TestSupport.h"

#include "demo/DemoDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cd;
using test::runCli;

TEST_CASE("stats communes on the demo as of 24/08/2021 gives the annex of seed 000", "[cli][stats]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("create")}).exitCode ==
            0);
    const auto run = runCli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("communes"),
                             QStringLiteral("--as-of"), QStringLiteral("24/08/2021"),
                             QStringLiteral("--format"), QStringLiteral("json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject document = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(document[QStringLiteral("from")].toString() == QStringLiteral("2021-01-01"));
    CHECK(document[QStringLiteral("as_of")].toString() == QStringLiteral("2021-08-24"));
    const QJsonArray rows = document[QStringLiteral("rows")].toArray();
    const QVector<AnnexRow> annex = DemoDatabase::annex();
    REQUIRE(rows.size() == annex.size());
    for (int i = 0; i < annex.size(); ++i) {
        CHECK(rows[i][QStringLiteral("stt")].toInt() == annex[i].stt);
        CHECK(rows[i][QStringLiteral("code")].toString() == annex[i].code);
        CHECK(rows[i][QStringLiteral("checkpoints")].toInt() == annex[i].checkpoints);
        CHECK(rows[i][QStringLiteral("scans")].toInt() == annex[i].scans);
    }
    CHECK(document[QStringLiteral("total")][QStringLiteral("checkpoints")].toInt() == 189);
    CHECK(document[QStringLiteral("total")][QStringLiteral("scans")].toInt() == 8832);

    const auto table =
        runCli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("communes"),
                QStringLiteral("--as-of"), QStringLiteral("2021-08-24")});
    CHECK(table.out.contains(QStringLiteral("8.832")));
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("communes"),
                  QStringLiteral("--as-of"), QStringLiteral("24/13/2021")})
              .exitCode == 1);
}
