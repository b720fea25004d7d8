// SPDX-License-Identifier: GPL-3.0-or-later
#include "PosterTypes.h"

#include <QRegularExpression>

namespace cd {

PosterTexts PosterTexts::defaults(const QString &districtNameWithType, const QString &provinceNameWithType) {
    PosterTexts texts;
    texts.district = districtNameWithType;
    texts.province = provinceNameWithType;
    // The way district steering committees signed their notices in 2021.
    texts.issuer = districtNameWithType.isEmpty()
                       ? QStringLiteral("BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19")
                       : QStringLiteral("UBND {district}\nBAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19");
    texts.title = QStringLiteral("ĐIỂM KIỂM SOÁT RA VÀO — QUÉT MÃ QR KHI ĐẾN");
    texts.instructions = QStringLiteral(
        "Mở ứng dụng PC-Covid, VNEID hoặc Bluezone, chọn “Quét mã QR” và đưa camera vào mã trên. "
        "Nếu không quét được, nhập mã điểm {code} trong ứng dụng.");
    texts.hotline = QStringLiteral("19009095");
    texts.fiveK = QStringLiteral("5K: Khẩu trang – Khử khuẩn – Khoảng cách – Không tụ tập – Khai báo y tế");
    return texts;
}

PosterTexts PosterTexts::expandedFor(const PosterContent &content) const {
    static const QRegularExpression placeholder(
        QStringLiteral("\\{(district|province|commune|code|name)\\}"));
    const auto expand = [&](const QString &text) {
        QString result;
        qsizetype copied = 0;
        for (auto it = placeholder.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            result += QStringView(text).mid(copied, match.capturedStart() - copied);
            const QStringView key = match.capturedView(1);
            if (key == u"district")
                result += district;
            else if (key == u"province")
                result += province;
            else if (key == u"commune")
                result += content.communeName;
            else if (key == u"code")
                result += content.checkpointCode;
            else
                result += content.checkpointName;
            copied = match.capturedEnd();
        }
        result += QStringView(text).mid(copied);
        return result;
    };
    PosterTexts expanded = *this;
    for (QString *text :
         {&expanded.issuer, &expanded.title, &expanded.instructions, &expanded.hotline, &expanded.fiveK})
        *text = expand(*text);
    return expanded;
}

} // namespace cd
