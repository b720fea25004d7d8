// SPDX-License-Identifier: GPL-3.0-or-later
// The planted-contacts fixture shared by the core and command-line trace tests: a scan export written as
// the national systems write them, imported through the real importer, with the contacts of one case
// planted inside the window, on its edges, just outside, at other checkpoints and at a sub-checkpoint.
#pragma once

#include "database/Database.h"
#include "database/SqlQuery.h"
#include "registry/CheckpointRegistry.h"

#include <QFile>
#include <QStringList>

#include <catch2/catch.hpp>

namespace cd::test {

struct PlantedTrace {
    QString csv;
    QDate day{2022, 3, 10}; // the day of the case's visits
    QString casePhone = QStringLiteral("0912345678");
    QString caseId = QStringLiteral("079123456789");
    QStringList contacts;        // the names that must be found with the defaults (W = 30)
    QString relatedContact;      // found only with the related checkpoints included
    QStringList outsiders;       // scanned near the case but must never be contacts
    QStringList checkpointCodes; // A, B, C, D, E, parent, P1, P2
};

// Registers a parent checkpoint with two sub-checkpoints and writes the export to `dir`/planted.csv.
inline PlantedTrace plantTrace(const Database &db, const QString &dir) {
    PlantedTrace planted;
    CheckpointRegistry registry(db.connection());
    auto codes = sql::exec(
        db.connection(), QStringLiteral("SELECT code FROM checkpoints WHERE parent_id IS NULL ORDER BY code "
                                        "LIMIT 5"));
    REQUIRE(codes.ok());
    while (codes.value().next())
        planted.checkpointCodes << codes.value().value(0).toString();
    REQUIRE(planted.checkpointCodes.size() == 5);
    Checkpoint hospital;
    hospital.name = QStringLiteral("Trung tâm Y tế huyện Bù Đăng");
    hospital.typeName = QStringLiteral("Cơ sở y tế");
    hospital.phone = QStringLiteral("02713 888 999");
    hospital.communeCode = QStringLiteral("25420");
    hospital.address = QStringLiteral("Thôn 5, xã Thống Nhất");
    hospital.registeredOn = QDate(2021, 6, 1);
    const auto parent = registry.add(hospital);
    if (!parent)
        FAIL(parent.error().toString().toStdString());
    planted.checkpointCodes << parent->code;
    for (const QString &ward : {QStringLiteral("Khoa Nội"), QStringLiteral("Khoa Nhi")}) {
        Checkpoint child = hospital;
        child.name = hospital.name + QStringLiteral(" – ") + ward;
        child.parentCode = parent->code;
        const auto added = registry.add(child);
        if (!added)
            FAIL(added.error().toString().toStdString());
        planted.checkpointCodes << added->code;
    }
    const QString A = planted.checkpointCodes[0], B = planted.checkpointCodes[1],
                  C = planted.checkpointCodes[2], D = planted.checkpointCodes[3],
                  E = planted.checkpointCodes[4], P1 = planted.checkpointCodes[6],
                  P2 = planted.checkpointCodes[7];

    const QString day = planted.day.toString(QStringLiteral("dd/MM/yyyy"));
    const QString before = planted.day.addDays(-1).toString(QStringLiteral("dd/MM/yyyy"));
    QStringList lines{QStringLiteral("DANH SÁCH KHAI BÁO QUA MÃ QR"),
                      QStringLiteral("Thời gian,Mã điểm,Họ và tên,Số điện thoại,CCCD,Chiều")};
    auto scan = [&](const QString &time, const QString &code, const QString &name, const QString &phone,
                    const QString &id = {}, const QString &direction = {}, const QString &date = {}) {
        lines << QStringList{(date.isEmpty() ? day : date) + u' ' + time,
                             code,
                             name,
                             u'"' + phone + u'"',
                             id,
                             direction}
                     .join(u',');
    };
    const QString caseName = QStringLiteral("Nguyễn Văn Ca");
    // The case: their phone written the four ways exports write it, and once only their ID number.
    scan(QStringLiteral("08:00:00"), A, caseName, QStringLiteral("0912 345 678"), planted.caseId);
    scan(QStringLiteral("08:02:00"), A, caseName, QStringLiteral("+84912345678")); // a double scan
    scan(QStringLiteral("10:00:00"), B, caseName, QStringLiteral("84912345678"));
    scan(QStringLiteral("14:00:00"), P1, caseName, QStringLiteral("912345678"));
    scan(QStringLiteral("16:00:00"), C, caseName, QStringLiteral("0912345678"), {}, QStringLiteral("Vào"));
    scan(QStringLiteral("18:00:00"), C, caseName, QStringLiteral("0912345678"), {}, QStringLiteral("Ra"));
    scan(QStringLiteral("20:00:00"), D, caseName, QStringLiteral("0912345678"), {},
         QStringLiteral("Check-in"));
    scan(QStringLiteral("20:05:00"), D, caseName, QString(), planted.caseId); // the case again, by ID only

    int next = 1;
    auto person = [&](const QString &name) {
        return std::make_pair(name, QStringLiteral("0987 000 %1").arg(next++, 3, 10, QLatin1Char('0')));
    };
    auto contact = [&](const QString &name) {
        planted.contacts << name;
        return person(name);
    };
    auto outsider = [&](const QString &name) {
        planted.outsiders << name;
        return person(name);
    };
    // At A (case [08:00, 08:02]): inside, scanning twice (one visit); on the early edge.
    const auto inside = contact(QStringLiteral("Trần Thị Trong"));
    scan(QStringLiteral("08:20:00"), A, inside.first, inside.second);
    scan(QStringLiteral("08:21:00"), A, inside.first, inside.second);
    const auto earlyEdge = contact(QStringLiteral("Lê Văn Sớm"));
    scan(QStringLiteral("07:30:00"), A, earlyEdge.first, earlyEdge.second);
    const auto early = outsider(QStringLiteral("Lê Văn Sớm Hơn"));
    scan(QStringLiteral("07:29:59"), A, early.first, early.second);
    // At A and B: two overlaps, ranked first.
    const auto twice = contact(QStringLiteral("Phạm Hai Lần"));
    scan(QStringLiteral("08:05:00"), A, twice.first, twice.second);
    scan(QStringLiteral("10:10:00"), B, twice.first, twice.second);
    // At B (case 10:00): on the late edge (included), one second beyond either edge (excluded).
    const auto lateEdge = contact(QStringLiteral("Võ Thị Biên"));
    scan(QStringLiteral("10:30:00"), B, lateEdge.first, lateEdge.second);
    const auto late = outsider(QStringLiteral("Võ Thị Muộn"));
    scan(QStringLiteral("10:30:01"), B, late.first, late.second);
    const auto earlier = outsider(QStringLiteral("Đỗ Văn Trước"));
    scan(QStringLiteral("09:29:59"), B, earlier.first, earlier.second);
    // The same time at a checkpoint the case never visited; and at B the day before.
    const auto elsewhere = outsider(QStringLiteral("Hoàng Nơi Khác"));
    scan(QStringLiteral("10:00:00"), E, elsewhere.first, elsewhere.second);
    const auto yesterday = outsider(QStringLiteral("Bùi Hôm Qua"));
    scan(QStringLiteral("10:00:00"), B, yesterday.first, yesterday.second, {}, {}, before);
    // Another ward of the hospital the case was in, at the same time.
    const auto ward = person(QStringLiteral("Ngô Khoa Nhi"));
    planted.relatedContact = ward.first;
    scan(QStringLiteral("14:00:00"), P2, ward.first, ward.second);
    // At C the case was in [16:00, 18:00] by check-in and check-out.
    const auto during = contact(QStringLiteral("Đặng Giữa Chừng"));
    scan(QStringLiteral("17:00:00"), C, during.first, during.second);
    const auto after = contact(QStringLiteral("Dương Sau Ra"));
    scan(QStringLiteral("18:20:00"), C, after.first, after.second, {}, QStringLiteral("Vào"));
    const auto afterOut = outsider(QStringLiteral("Dương Quá Muộn"));
    scan(QStringLiteral("18:31:00"), C, afterOut.first, afterOut.second);
    const auto morningShift = contact(QStringLiteral("Lý Ca Sáng")); // [12:00, 15:40]: 20 min before 16:00
    scan(QStringLiteral("12:00:00"), C, morningShift.first, morningShift.second, {}, QStringLiteral("Vào"));
    scan(QStringLiteral("15:40:00"), C, morningShift.first, morningShift.second, {}, QStringLiteral("Ra"));
    const auto earlyShift = outsider(QStringLiteral("Lý Ca Sớm")); // [11:00, 15:20]: 40 min before
    scan(QStringLiteral("11:00:00"), C, earlyShift.first, earlyShift.second, {}, QStringLiteral("Vào"));
    scan(QStringLiteral("15:20:00"), C, earlyShift.first, earlyShift.second, {}, QStringLiteral("Ra"));
    // At D the case checked in at 20:00 and never out: an assumed stay to 21:00.
    const auto stay = contact(QStringLiteral("Mai Trong Giờ"));
    scan(QStringLiteral("21:25:00"), D, stay.first, stay.second);
    const auto pastStay = outsider(QStringLiteral("Mai Quá Giờ"));
    scan(QStringLiteral("21:31:00"), D, pastStay.first, pastStay.second);

    planted.csv = dir + QStringLiteral("/planted.csv");
    QFile file(planted.csv);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("\xEF\xBB\xBF");
    file.write(lines.join(QStringLiteral("\r\n")).toUtf8());
    return planted;
}

} // namespace cd::test
