// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "TestSupport.h"

#include <QFileInfo>
#include <QProcess>

using namespace cd;
using test::runCli;

namespace {

QString pdfText(const QString &path) {
    QProcess process;
    process.start(QStringLiteral("/usr/bin/pdftotext"), {path, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

} // namespace

TEST_CASE("report writes the PDF, XLSX and CSV and remembers texts only when told", "[cli][report]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("create")}).exitCode ==
            0);
    const auto report = [&](const QString &file, const QStringList &more = {}) {
        return runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("report"),
                                  QStringLiteral("--as-of"), QStringLiteral("24/08/2021"),
                                  QStringLiteral("--out"), dir.filePath(file)} +
                      more);
    };

    const auto csv = report(QStringLiteral("bang.csv"));
    INFO(csv.err.toStdString());
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.contains(QStringLiteral("189 checkpoints, 8.832 scans")));
    const QString csvText = QString::fromUtf8(test::readFile(dir.filePath(QStringLiteral("bang.csv"))));
    CHECK(csvText.contains(QStringLiteral("6,Thị trấn Đức Phong,45,2436\r\n")));
    CHECK(csvText.endsWith(QStringLiteral(",Tổng cộng,189,8832\r\n")));

    const auto xlsx =
        report(QStringLiteral("bang.xlsx"), {QStringLiteral("--columns"), QStringLiteral("active_7d")});
    REQUIRE(xlsx.exitCode == 0);
    CHECK(test::readFile(dir.filePath(QStringLiteral("bang.xlsx"))).startsWith("PK"));

    CHECK(report(QStringLiteral("bang.doc")).exitCode == 2);
    CHECK(report(QStringLiteral("bang.pdf"), {QStringLiteral("--columns"), QStringLiteral("x")}).exitCode ==
          2);
    CHECK(report(QStringLiteral("bang.pdf"), {QStringLiteral("--from"), QStringLiteral("2021-09-01")})
              .exitCode == 1);

    if (!QFileInfo::exists(QStringLiteral("/usr/bin/pdftotext"))) {
        WARN("pdftotext is missing: the PDFs are not read back");
        return;
    }
    // Given once without --remember: used, not kept.
    const auto once =
        report(QStringLiteral("once.pdf"),
               {QStringLiteral("--signer"), QStringLiteral("Trần Thị Một Lần"), QStringLiteral("--charts"),
                QStringLiteral("--date"), QStringLiteral("26/08/2021")});
    REQUIRE(once.exitCode == 0);
    const QString onceText = pdfText(dir.filePath(QStringLiteral("once.pdf")));
    CHECK(onceText.contains(QStringLiteral("Trần Thị Một Lần")));
    CHECK(onceText.contains(QStringLiteral("Bù Đăng, ngày 26 tháng 8 năm 2021")));
    CHECK(onceText.contains(QStringLiteral("Biểu đồ 1")));
    CHECK(onceText.contains(QStringLiteral("8.832")));

    REQUIRE(report(QStringLiteral("kept.pdf"),
                   {QStringLiteral("--signer"), QStringLiteral("Nguyễn Văn Lưu"),
                    QStringLiteral("--signer-title"), QStringLiteral("KT. CHỦ TỊCH\\nPHÓ CHỦ TỊCH"),
                    QStringLiteral("--remember")})
                .exitCode == 0);
    const auto later = report(QStringLiteral("later.pdf"));
    REQUIRE(later.exitCode == 0);
    const QString laterText = pdfText(dir.filePath(QStringLiteral("later.pdf")));
    CHECK(laterText.contains(QStringLiteral("Nguyễn Văn Lưu")));
    CHECK(laterText.contains(QStringLiteral("KT. CHỦ TỊCH PHÓ CHỦ TỊCH")));
    CHECK_FALSE(laterText.contains(QStringLiteral("Trần Thị Một Lần")));
    CHECK_FALSE(laterText.contains(QStringLiteral("Biểu đồ 1")));
}
