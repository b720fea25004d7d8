// SPDX-License-Identifier: GPL-3.0-or-later
// `district add|list|remove` and a district office's `trace` on a province's server; refused in a file.
#include "CliRunner.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QProcess>
#include <QUrl>

using namespace cd;
using test::runCli;

TEST_CASE("district offices are refused in an SQLite file from the command line", "[cli][province]") {
    if (test::onServer())
        return;
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.sqlite"));
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("create")}).exitCode ==
            0);
    const auto added =
        runCli({QStringLiteral("--db"), db, QStringLiteral("district"), QStringLiteral("add"),
                QStringLiteral("bu_dang"), QStringLiteral("--district"), QStringLiteral("696")});
    CHECK(added.exitCode == 1);
    CHECK(added.err.contains(QStringLiteral("PostgreSQL")));
    const auto requested =
        runCli({QStringLiteral("--db"), db, QStringLiteral("trace"), QStringLiteral("request"),
                QStringLiteral("--phone"), QStringLiteral("0912345678"), QStringLiteral("--reason"),
                QStringLiteral("F0")});
    CHECK(requested.exitCode == 1);
    CHECK(requested.err.contains(QStringLiteral("server")));
}

TEST_CASE("a district office's trace says what it cannot see and how to ask", "[cli][province][postgresql]") {
    if (!test::onServer())
        return;
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("province.sqlite"));
    auto run = [&](QStringList args) {
        return runCli(QStringList{QStringLiteral("--db"), db} + args);
    };
    REQUIRE(run({QStringLiteral("demo"), QStringLiteral("create")}).exitCode == 0);
    const QString role = QStringLiteral("cd_test_cli_") + QString::number(QCoreApplication::applicationPid());
    const auto added = run({QStringLiteral("district"), QStringLiteral("add"), role,
                            QStringLiteral("--district"), QStringLiteral("696")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    QUrl asDistrict(test::databaseLocation(db));
    asDistrict.setUserName(role);
    const auto listed = run({QStringLiteral("district"), QStringLiteral("list"), QStringLiteral("--format"),
                             QStringLiteral("csv")});
    CHECK(listed.out.contains(role + QStringLiteral(",696,")));

    // Nobody by that phone in the district: maybe in another, which the district is told how to ask about.
    const auto traced =
        test::runCliAsIs({QStringLiteral("--db"), asDistrict.toString(), QStringLiteral("trace"),
                          QStringLiteral("--phone"), QStringLiteral("0900000001")});
    CHECK(traced.exitCode == 1);
    CHECK(traced.err.contains(QStringLiteral("visits in other districts")));
    CHECK(traced.err.contains(QStringLiteral("trace request --phone")));
    // The district cannot manage offices; the province removes it.
    const auto byDistrict = test::runCliAsIs({QStringLiteral("--db"), asDistrict.toString(),
                                              QStringLiteral("district"), QStringLiteral("remove"), role});
    CHECK(byDistrict.exitCode == 1);
    const auto requested =
        test::runCliAsIs({QStringLiteral("--db"), asDistrict.toString(), QStringLiteral("trace"),
                          QStringLiteral("request"), QStringLiteral("--phone"), QStringLiteral("0900000001"),
                          QStringLiteral("--reason"), QStringLiteral("F0 on 24/08")});
    INFO(requested.err.toStdString());
    CHECK(requested.exitCode == 0);
    const auto requests = run({QStringLiteral("trace"), QStringLiteral("requests"),
                               QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(requests.out.contains(QStringLiteral("phone 0900000001")));
    const auto approved = run({QStringLiteral("trace"), QStringLiteral("approve"), QStringLiteral("1")});
    INFO(approved.err.toStdString());
    CHECK(approved.exitCode == 0);
    const auto answer =
        test::runCliAsIs({QStringLiteral("--db"), asDistrict.toString(), QStringLiteral("trace"),
                          QStringLiteral("answer"), QStringLiteral("1")});
    CHECK(answer.out.contains(QStringLiteral("0 visit(s) in other districts")));
    CHECK(run({QStringLiteral("district"), QStringLiteral("remove"), role}).exitCode == 0);
    // The role is the server's: this test's own is dropped.
    QProcess psql;
    psql.start(QStringLiteral("psql"), {test::serverUri(), QStringLiteral("-qc"),
                                        QStringLiteral("DROP OWNED BY %1; DROP ROLE %1").arg(role)});
    CHECK(psql.waitForFinished(30000));
    CHECK(psql.exitCode() == 0);
}
