// SPDX-License-Identifier: GPL-3.0-or-later
// Every CSV the program writes neutralises text a spreadsheet would run as a formula.
#include "CliRunner.h"
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

using namespace cd;
using test::runCli;

namespace {

const QString kFormula = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"Bấm vào đây\")");

// No cell of the CSV begins with a formula character, and the formula is there, neutralised.
void checkNeutralised(const QString &csv, const QString &what) {
    INFO(what.toStdString());
    INFO(csv.left(800).toStdString());
    CHECK(csv.contains(QStringLiteral("'=HYPERLINK")));
    static const QRegularExpression dangerous(QStringLiteral(R"re((^|[,\n])"?[=+@])re"));
    CHECK_FALSE(dangerous.match(csv).hasMatch());
}

} // namespace

TEST_CASE("every CSV the program writes neutralises a name written =HYPERLINK(…)", "[cli][csv][security]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    const auto run = [&](const QStringList &args) {
        return runCli(QStringList{QStringLiteral("--db"), db} + args);
    };
    REQUIRE(run({QStringLiteral("demo"), QStringLiteral("create")}).exitCode == 0);
    const auto added =
        run({QStringLiteral("checkpoints"), QStringLiteral("add"), QStringLiteral("--name"), kFormula,
             QStringLiteral("--type"), QStringLiteral("Chợ"), QStringLiteral("--phone"),
             QStringLiteral("0912345678"), QStringLiteral("--commune"), QStringLiteral("Đăng Hà"),
             QStringLiteral("--address"), QStringLiteral("@Thôn 1"), QStringLiteral("--registered"),
             QStringLiteral("2021-01-05")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QString code = added.out.section(u' ', 0, 0);
    // A scan of it by a person whose name is a formula too.
    const QString scans = dir.filePath(QStringLiteral("quet.csv"));
    test::writeFile(scans,
                    QStringLiteral("Thời gian,Mã điểm,Họ tên,SĐT\n20/08/2021 08:00,%1,\"%2\",0911111111\n"
                                   "20/08/2021 08:05,%1,\"%2\",0922222222\n")
                        .arg(code, QString(kFormula).replace(u'"', QStringLiteral("\"\"")))
                        .toUtf8());
    REQUIRE(run({QStringLiteral("scans"), QStringLiteral("import"), scans}).exitCode == 0);

    checkNeutralised(run({QStringLiteral("checkpoints"), QStringLiteral("list"), QStringLiteral("--format"),
                          QStringLiteral("csv")})
                         .out,
                     QStringLiteral("checkpoints list"));
    const QString exported = dir.filePath(QStringLiteral("register.csv"));
    REQUIRE(run({QStringLiteral("checkpoints"), QStringLiteral("export"), QStringLiteral("--out"), exported})
                .exitCode == 0);
    checkNeutralised(QString::fromUtf8(test::readFile(exported)), QStringLiteral("checkpoints export"));
    checkNeutralised(run({QStringLiteral("scans"), QStringLiteral("list"), QStringLiteral("--format"),
                          QStringLiteral("csv")})
                         .out,
                     QStringLiteral("scans list"));
    checkNeutralised(run({QStringLiteral("stats"), QStringLiteral("checkpoints"), QStringLiteral("--as-of"),
                          QStringLiteral("24/08/2021"), QStringLiteral("--format"), QStringLiteral("csv")})
                         .out,
                     QStringLiteral("stats checkpoints"));
    const QString trace = dir.filePath(QStringLiteral("truy-vet.csv"));
    const auto traced = run({QStringLiteral("trace"), QStringLiteral("--phone"), QStringLiteral("0911111111"),
                             QStringLiteral("--from"), QStringLiteral("2021-08-01"), QStringLiteral("--to"),
                             QStringLiteral("2021-08-24"), QStringLiteral("--format"), QStringLiteral("csv"),
                             QStringLiteral("--out"), trace});
    INFO(traced.err.toStdString());
    REQUIRE(traced.exitCode == 0);
    QString traceFiles;
    for (const QFileInfo &file : QDir(dir.path()).entryInfoList({QStringLiteral("truy-vet*.csv")}))
        traceFiles += QString::fromUtf8(test::readFile(file.filePath()));
    checkNeutralised(traceFiles, QStringLiteral("trace"));

    // The rejects file of an import keeps the refused rows' own cells, neutralised.
    const QString bad = dir.filePath(QStringLiteral("sai.csv"));
    test::writeFile(bad,
                    QStringLiteral("Tên điểm;Xã;SĐT\n%1;Xã Không Có;0912345678\nChợ B;Đăng Hà;0912345679\n")
                        .arg(kFormula)
                        .toUtf8());
    CHECK(
        run({QStringLiteral("checkpoints"), QStringLiteral("import"), bad, QStringLiteral("--skip-invalid")})
            .exitCode == 3);
    checkNeutralised(QString::fromUtf8(test::readFile(dir.filePath(QStringLiteral("sai.rejects.csv")))),
                     QStringLiteral("rejects file"));
    // And what was neutralised reads back as written.
    const auto reimported =
        run({QStringLiteral("checkpoints"), QStringLiteral("list"), QStringLiteral("--search"),
             QStringLiteral("HYPERLINK"), QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(reimported.out.contains(QStringLiteral("=HYPERLINK")));
}
