// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoCheckpoints.h"

#include <QRandomGenerator>

namespace cd::demo {
namespace {

struct Template {
    const char16_t *type;
    const char16_t *name; // %1: commune name with type, %2: a place or family name, %3: a number
};

// The first templates are what every commune has; the rest are drawn at random.
const Template kFixed[] = {
    {u"Cơ quan, đơn vị", u"Trụ sở UBND %1"},
    {u"Cơ sở y tế", u"Trạm Y tế %1"},
    {u"Trường học", u"Trường THCS %2"},
    {u"Chợ", u"Chợ %2"},
    {u"Chốt kiểm dịch", u"Chốt kiểm soát dịch số %3 – %1"},
};
const Template kDrawn[] = {
    {u"Trường học", u"Trường Tiểu học %2"},
    {u"Trường học", u"Trường Mầm non %2"},
    {u"Cơ quan, đơn vị", u"Công an %1"},
    {u"Cơ quan, đơn vị", u"Bưu điện văn hóa %1"},
    {u"Siêu thị, cửa hàng tiện lợi", u"Cửa hàng tạp hóa %2"},
    {u"Siêu thị, cửa hàng tiện lợi", u"Cửa hàng tiện lợi %2"},
    {u"Siêu thị, cửa hàng tiện lợi", u"Đại lý vật tư nông nghiệp %2"},
    {u"Nhà hàng, quán ăn, cà phê", u"Quán cà phê %2"},
    {u"Nhà hàng, quán ăn, cà phê", u"Quán cơm %2"},
    {u"Nhà hàng, quán ăn, cà phê", u"Nhà hàng %2"},
    {u"Khách sạn, cơ sở lưu trú", u"Nhà nghỉ %2"},
    {u"Cơ sở sản xuất, kinh doanh", u"Cơ sở thu mua điều %2"},
    {u"Cơ sở sản xuất, kinh doanh", u"Xưởng chế biến gỗ %2"},
    {u"Cơ sở sản xuất, kinh doanh", u"Tiệm thuốc tây %2"},
    {u"Cơ sở y tế", u"Phòng khám đa khoa %2"},
    {u"Bến xe, bến tàu", u"Điểm đón trả khách %2"},
    {u"Khu dân cư", u"Nhà văn hóa thôn %3"},
    {u"Chốt kiểm dịch", u"Chốt kiểm soát dịch số %3 – %1"},
    {u"Đám cưới, đám tang, sự kiện", u"Nhà thờ giáo xứ %2"},
};
const char16_t *const kPlaceNames[] = {
    u"Minh Anh",   u"Hoàng Long", u"Phúc Thịnh",  u"Thanh Hương", u"Bình An",   u"Kim Ngân", u"Tân Phát",
    u"Hồng Nhung", u"Đức Thành",  u"Quang Vinh",  u"Thu Hà",      u"Ngọc Lan",  u"Hải Đăng", u"Mỹ Linh",
    u"Trường Sơn", u"Sao Mai",    u"Hưng Thịnh",  u"Phương Nam",  u"Thành Đạt", u"Gia Bảo",  u"Lộc Phát",
    u"Hòa Bình",   u"Xuân Mai",   u"Thảo Nguyên", u"Bảo Châu",    u"An Khang",  u"Việt Hà",  u"Tâm Đức",
};
const char16_t *const kStreets[] = {u"Quốc lộ 14",          u"ĐT 760",           u"Đường Lê Quý Đôn",
                                    u"Đường Trần Hưng Đạo", u"Đường Hùng Vương", u"Đường ĐT 755",
                                    u"Đường liên xã"};
const char16_t *const kMobilePrefixes[] = {u"097", u"098", u"086", u"091", u"094", u"088", u"090",
                                           u"093", u"070", u"079", u"035", u"036", u"039", u"085"};

QString pick(QRandomGenerator &random, const char16_t *const *items, int count) {
    return QString::fromUtf16(items[random.bounded(count)]);
}

} // namespace

Checkpoints checkpointsFor(const QString &communeCode, const QString &communeNameWithType, int count) {
    QRandomGenerator random(communeCode.toUInt() * 2654435761u);
    const bool isTown = communeNameWithType.startsWith(QStringLiteral("Thị trấn"));
    const QString commune = communeNameWithType.section(u' ', isTown ? 2 : 1);
    // Mid-sentence the unit's type is written in lower case: "UBND xã Đăng Hà", "Thôn 5, xã Đăng Hà".
    const QString inSentence = communeNameWithType.left(1).toLower() + communeNameWithType.mid(1);
    Checkpoints result;
    QStringList usedNames;
    int controlPosts = 0;
    for (int i = 0; i < count; ++i) {
        const Template &shape =
            i < int(std::size(kFixed)) ? kFixed[i] : kDrawn[random.bounded(int(std::size(kDrawn)))];
        Checkpoint c;
        c.typeName = QString::fromUtf16(shape.type);
        const bool isControlPost = c.typeName == QLatin1String("Chốt kiểm dịch");
        QString name = QString::fromUtf16(shape.name);
        name.replace(QStringLiteral("%1"), inSentence);
        name.replace(QStringLiteral("%2"),
                     i == 2 || i == 3 ? commune : pick(random, kPlaceNames, int(std::size(kPlaceNames))));
        name.replace(QStringLiteral("%3"),
                     QString::number(isControlPost ? ++controlPosts : random.bounded(1, 12)));
        while (usedNames.contains(name))
            name += QStringLiteral(" ") + QString::number(random.bounded(2, 9));
        usedNames << name;
        c.name = name;

        const QString hamlet = isTown ? QStringLiteral("Khu phố %1").arg(random.bounded(1, 9))
                                      : QStringLiteral("Thôn %1").arg(random.bounded(1, 12));
        c.address = random.bounded(3) == 0
                        ? QStringLiteral("%1, %2, %3")
                              .arg(pick(random, kStreets, int(std::size(kStreets))), hamlet, inSentence)
                        : QStringLiteral("%1, %2").arg(hamlet, inSentence);
        c.phone = pick(random, kMobilePrefixes, int(std::size(kMobilePrefixes))) +
                  QStringLiteral("%1").arg(random.bounded(1000000, 9999999), 7, 10, QChar(u'0'));
        c.communeCode = communeCode;
        // Bù Đăng lies around 11.8° N, 107.2° E.
        c.latitude = 11.65 + random.bounded(30000) / 100000.0;
        c.longitude = 107.05 + random.bounded(40000) / 100000.0;
        // Offices registered from January 2021; the annex counts scans from 01/01/2021.
        c.registeredOn = QDate(2021, 1, 4).addDays(random.bounded(150));
        if (random.bounded(100) < 55) {
            QString groupId;
            for (int h = 0; h < 24; ++h)
                groupId += QString::number(random.bounded(16), 16);
            c.issuedQrPayload = QStringLiteral("https://tokhaiyte.vn/?page=Group.checkin&groupId=") + groupId;
        }
        c.description =
            isControlPost ? QStringLiteral("Chốt kiểm soát người ra vào địa bàn, trực 24/24.") : QString();
        result.append(c);
    }
    return result;
}

} // namespace cd::demo
