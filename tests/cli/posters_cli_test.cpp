// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "TestSupport.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

using namespace cd;
using test::runCli;

namespace {

QString runTool(const QString &program, const QStringList &args) {
    QProcess process;
    process.start(program, args);
    process.waitForFinished(120000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("posters --commune: one page per checkpoint, each scanning to its qr_payload", "[cli][posters]") {
    // Independent tools read what we wrote: poppler rasterises, zbar decodes.
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    if (pdftoppm.isEmpty() || zbarimg.isEmpty()) {
        WARN("pdftoppm or zbarimg missing: run packaging/install-deps.sh");
        return;
    }
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("create")}).exitCode ==
            0);

    const auto list =
        runCli({QStringLiteral("--db"), db, QStringLiteral("checkpoints"), QStringLiteral("list"),
                QStringLiteral("--commune"), QStringLiteral("Xã Nghĩa Bình"), QStringLiteral("--format"),
                QStringLiteral("json")});
    REQUIRE(list.exitCode == 0);
    QStringList expected;
    QStringList sources;
    for (const QJsonValue &row : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
        expected << row[QStringLiteral("qr_payload")].toString();
        sources << row[QStringLiteral("qr_source")].toString();
    }
    REQUIRE(expected.size() == 9);
    CHECK(sources.contains(QStringLiteral("issued")));
    CHECK(sources.contains(QStringLiteral("template")));

    const QString pdf = dir.filePath(QStringLiteral("nghia-binh.pdf"));
    const auto posters =
        runCli({QStringLiteral("--db"), db, QStringLiteral("posters"), QStringLiteral("--commune"),
                QStringLiteral("Nghĩa Bình"), QStringLiteral("--out"), pdf});
    INFO(posters.err.toStdString());
    REQUIRE(posters.exitCode == 0);

    runTool(pdftoppm, {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"), pdf,
                       dir.filePath(QStringLiteral("page"))});
    QStringList pages = QDir(dir.path()).entryList({QStringLiteral("page-*.png")}, QDir::Files, QDir::Name);
    REQUIRE(pages.size() == expected.size());
    for (int i = 0; i < pages.size(); ++i) {
        const QString decoded =
            runTool(zbarimg, {QStringLiteral("-q"), QStringLiteral("--raw"), dir.filePath(pages[i])})
                .trimmed();
        INFO(pages[i].toStdString());
        CHECK(decoded == expected[i]);
    }
}

TEST_CASE("set-qr stores an issued payload read from an image and qr decode refuses images without a code",
          "[cli][posters]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("create")}).exitCode ==
            0);
    // A poster page of another checkpoint is a real image of a QR code.
    const QString pdf = dir.filePath(QStringLiteral("one.pdf"));
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("posters"), QStringLiteral("--codes"),
                    QStringLiteral("25411-002"), QStringLiteral("--out"), pdf})
                .exitCode == 0);
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty()) {
        WARN("pdftoppm missing");
        return;
    }
    runTool(pdftoppm, {QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-png"),
                       QStringLiteral("-singlefile"), pdf, dir.filePath(QStringLiteral("poster"))});
    const QString image = dir.filePath(QStringLiteral("poster.png"));
    const auto decoded = runCli({QStringLiteral("qr"), QStringLiteral("decode"), image});
    REQUIRE(decoded.exitCode == 0);
    const QString payload = decoded.out.trimmed();
    CHECK(payload.startsWith(QStringLiteral("https://tokhaiyte.vn/?page=Group.checkin&groupId=")));

    auto setQr = [&](const QString &code, const QString &option, const QString &value) {
        return runCli({QStringLiteral("--db"), db, QStringLiteral("checkpoints"), QStringLiteral("set-qr"),
                       code, option, value});
    };
    // The code belongs to 25411-002: another checkpoint may not take it while it has it.
    const auto taken = setQr(QStringLiteral("25411-001"), QStringLiteral("--from-image"), image);
    CHECK(taken.exitCode == 1);
    CHECK(taken.err.contains(QStringLiteral("25411-002")));
    REQUIRE(setQr(QStringLiteral("25411-002"), QStringLiteral("--payload"), QString()).exitCode == 0);
    REQUIRE(setQr(QStringLiteral("25411-001"), QStringLiteral("--from-image"), image).exitCode == 0);
    const auto list = runCli({QStringLiteral("--db"), db, QStringLiteral("checkpoints"),
                              QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("25411-001"),
                              QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject row = QJsonDocument::fromJson(list.out.toUtf8()).array().first().toObject();
    CHECK(row[QStringLiteral("qr_payload")].toString() == payload);
    CHECK(row[QStringLiteral("qr_source")].toString() == QStringLiteral("issued"));

    const QString blank = dir.filePath(QStringLiteral("blank.png"));
    QImage white(400, 300, QImage::Format_RGB32);
    white.fill(Qt::white);
    REQUIRE(white.save(blank));
    const auto none = runCli({QStringLiteral("qr"), QStringLiteral("decode"), blank});
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains(QStringLiteral("blank.png")));

    const auto tooLong =
        runCli({QStringLiteral("--db"), db, QStringLiteral("checkpoints"), QStringLiteral("set-qr"),
                QStringLiteral("25411-001"), QStringLiteral("--payload"), QString(3000, u'x')});
    CHECK(tooLong.exitCode == 1);
    CHECK(tooLong.err.contains(QStringLiteral("qr_payload")));
}
