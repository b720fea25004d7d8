// SPDX-License-Identifier: GPL-3.0-or-later
// Acceptance: the Bù Đăng annex of seed 000, reproduced from the register and the scan export as an
// office has them, not from the demo database itself.
#include "CliRunner.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cd;
using test::runCli;

namespace {

// The register the demo exports, rewritten the way an office writes its own: no codes and no
// registration days, its own headers, abbreviated units, free-text types, title and totals rows.
QByteArray officeRegister(const QByteArray &exported) {
    QList<QByteArray> lines = exported.mid(3).split('\n'); // without the BOM
    QStringList out{QStringLiteral("UBND HUYỆN BÙ ĐĂNG"), QStringLiteral("DANH SÁCH ĐIỂM KIỂM DỊCH"),
                    QStringLiteral("STT;Tên cơ sở (*);Loại hình;SĐT liên hệ;Xã/Phường/Thị trấn;Địa chỉ")};
    const QHash<QString, QString> types{
        {QStringLiteral("Chốt kiểm dịch"), QStringLiteral("Chốt kiểm soát")},
        {QStringLiteral("Bến xe, bến tàu"), QStringLiteral("Bến xe")},
        {QStringLiteral("Siêu thị, cửa hàng tiện lợi"), QStringLiteral("Tạp hóa")}};
    int stt = 0;
    for (const QByteArray &raw : lines.mid(1)) {
        if (raw.trimmed().isEmpty())
            continue;
        // name, type, phone, commune and address are fields 1, 2, 3, 6 and 8 of the export; quoted commas.
        QStringList cells;
        QString cell;
        bool quoted = false;
        for (const QChar ch : QString::fromUtf8(raw.trimmed())) {
            if (ch == u'"')
                quoted = !quoted;
            else if (ch == u',' && !quoted) {
                cells << cell;
                cell.clear();
            } else
                cell += ch;
        }
        cells << cell;
        QString commune = cells.value(6);
        commune.replace(QStringLiteral("Xã "), QStringLiteral("X. "))
            .replace(QStringLiteral("Thị trấn "), QStringLiteral("TT."));
        out << QStringList{QString::number(++stt),
                           cells.value(1),
                           types.value(cells.value(2), cells.value(2)),
                           cells.value(3),
                           commune,
                           cells.value(8)}
                   .join(u';');
    }
    out << QStringLiteral(";Tổng cộng;;;;%1").arg(stt);
    return out.join(QStringLiteral("\r\n")).toUtf8();
}

} // namespace

TEST_CASE("the Bù Đăng annex is reproduced to the digit from the register and exports an office has",
          "[cli][stats][intake][acceptance]") {
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(
        runCli({QStringLiteral("--db"), demo, QStringLiteral("demo"), QStringLiteral("create")}).exitCode ==
        0);
    const QString exported = dir.filePath(QStringLiteral("export.csv"));
    REQUIRE(runCli({QStringLiteral("--db"), demo, QStringLiteral("checkpoints"), QStringLiteral("export"),
                    QStringLiteral("--out"), exported})
                .exitCode == 0);
    const QString registerFile = dir.filePath(QStringLiteral("danh-sach.csv"));
    test::writeFile(registerFile, officeRegister(test::readFile(exported)));
    const auto scans =
        runCli({QStringLiteral("--db"), demo, QStringLiteral("scans"), QStringLiteral("list"),
                QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--show-phones"),
                QStringLiteral("--limit"), QStringLiteral("1000000")});
    REQUIRE(scans.exitCode == 0);
    const QString scanFile = dir.filePath(QStringLiteral("luot-quet.csv"));
    test::writeFile(scanFile, scans.out.toUtf8());

    const QString office = dir.filePath(QStringLiteral("office.sqlite"));
    const auto run = [&](const QStringList &args) {
        return runCli(QStringList{QStringLiteral("--db"), office} + args);
    };
    REQUIRE(run({QStringLiteral("init"), QStringLiteral("--province"), QStringLiteral("Bình Phước"),
                 QStringLiteral("--district"), QStringLiteral("Bù Đăng")})
                .exitCode == 0);
    const auto imported = run({QStringLiteral("checkpoints"), QStringLiteral("import"), registerFile});
    INFO(imported.err.left(2000).toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("189 added")));
    const auto scanned = run({QStringLiteral("scans"), QStringLiteral("import"), scanFile});
    INFO(scanned.err.left(2000).toStdString());
    REQUIRE(scanned.exitCode == 0);

    const auto stats =
        run({QStringLiteral("stats"), QStringLiteral("communes"), QStringLiteral("--as-of"),
             QStringLiteral("24/08/2021"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject table = QJsonDocument::fromJson(stats.out.toUtf8()).object();
    QHash<QString, QJsonObject> rows;
    for (const QJsonValue &row : table[QStringLiteral("rows")].toArray())
        rows.insert(row[QStringLiteral("code")].toString(), row.toObject());
    // The annex as the district printed it (resources/data/bu-dang-annex-2021-08-24.csv).
    const QList<QByteArray> annex =
        test::readFile(QStringLiteral(CD_RESOURCES_DIR "/data/bu-dang-annex-2021-08-24.csv")).split('\n');
    int communes = 0;
    for (const QByteArray &line : annex.mid(1)) {
        const QList<QByteArray> cells = line.trimmed().split(',');
        if (cells.size() < 5)
            continue;
        ++communes;
        const QString code = QString::fromUtf8(cells[1]);
        INFO(code.toStdString());
        CHECK(rows.value(code)[QStringLiteral("checkpoints")].toInt() == cells[3].toInt());
        CHECK(rows.value(code)[QStringLiteral("scans")].toInt() == cells[4].toInt());
    }
    CHECK(communes == 16);
    CHECK(table[QStringLiteral("total")][QStringLiteral("checkpoints")].toInt() == 189);
    CHECK(table[QStringLiteral("total")][QStringLiteral("scans")].toInt() == 8832);
}
