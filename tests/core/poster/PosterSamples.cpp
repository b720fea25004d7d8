// SPDX-License-Identifier: GPL-3.0-or-later
#include "PosterSamples.h"

namespace cd::test {

QString longCheckpointName() {
    return QStringLiteral("Chốt kiểm soát dịch bệnh liên ngành tại cổng chính Trung tâm Y tế huyện "
                          "Bù Đăng và khu điều trị bệnh nhân Covid-19 số 02");
}

QList<PosterContent> samplePosters() {
    const auto poster = [](const char16_t *code, const QString &name, const char16_t *address,
                           const char16_t *commune, const QByteArray &payload) {
        return PosterContent{QString::fromUtf16(code), name, QString::fromUtf16(address),
                             QString::fromUtf16(commune), payload};
    };
    const QByteArray link = "https://tokhaiyte.vn/?page=Group.checkin&groupId=";
    return {
        poster(u"BD-001", QStringLiteral("Trạm Y tế xã Đoàn Kết"), u"Thôn 3, đường ĐT 760", u"Xã Đoàn Kết",
               link + "61204c1a9b8f7e0012d3a4f5"),
        poster(u"BD-002", longCheckpointName(), u"Khu phố Đức Lập, quốc lộ 14", u"Thị trấn Đức Phong",
               link + "6120a4c1e5b7d90012f3c8aa"),
        poster(u"BD-003", QStringLiteral("Chợ Đức Phong – cổng Bắc"), u"Số 12 đường Lê Quý Đôn",
               u"Thị trấn Đức Phong", link + "5f3e2d1c0b9a887766554433"),
        poster(u"BD-004", QStringLiteral("Bến xe khách Bù Đăng"), u"Quốc lộ 14, ấp Thống Nhất",
               u"Xã Thống Nhất", link + "612f0e9d8c7b6a5948372615"),
        poster(u"BD-005", QStringLiteral("Trường THCS Lê Hồng Phong"), u"Thôn Bù Tốt", u"Xã Đường 10",
               QStringLiteral("CHỐT BD-005 · Xã Đường 10 · Khai báo y tế: tokhaiyte.vn").toUtf8()),
        poster(u"BD-006", QStringLiteral("Nhà văn hoá bon Bù Dốt"), u"Bon Bù Dốt", u"Xã Bom Bo",
               link + "60ffeeddccbbaa9988776655"),
    };
}

PosterTexts sampleTexts() {
    return PosterTexts::defaults(QStringLiteral("Huyện Bù Đăng"), QStringLiteral("Tỉnh Bình Phước"));
}

} // namespace cd::test
