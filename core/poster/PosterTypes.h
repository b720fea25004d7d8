// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qr/QrCode.h"

#include <QByteArray>
#include <QImage>
#include <QString>

// What a QR poster shows. These are plain data, filled by whoever owns the checkpoints, so that posters
// render without the database.
namespace cd {

// One checkpoint's part of a poster.
struct PosterContent {
    QString checkpointCode; // printed as "Mã điểm: …" for manual entry
    QString checkpointName;
    QString address;
    QString communeName; // with its type: "Xã Đoàn Kết"
    QByteArray payload;  // UTF-8, e.g. https://tokhaiyte.vn/?page=Group.checkin&groupId=<24 hex digits>
};

// The wording shared by every poster of an office. Each text may hold the placeholders {district},
// {province}, {commune}, {code} and {name}, replaced per poster by expandedFor().
struct PosterTexts {
    QString issuer; // one line per body, top of the poster; printed in capitals like an official header
    QString title;
    QString instructions;
    QString hotline;
    QString fiveK;
    QImage logo;      // optional, left of the issuer
    QString district; // with its type, "Huyện Bù Đăng": the value of {district}
    QString province; // with its type, "Tỉnh Bình Phước": the value of {province}

    // The wording of the Bù Đăng posters, for any district.
    static PosterTexts defaults(const QString &districtNameWithType,
                                const QString &provinceNameWithType = {});

    // A copy with every placeholder replaced for one checkpoint. Replacement is a single pass: a
    // checkpoint name that contains "{code}" stays as it is.
    PosterTexts expandedFor(const PosterContent &content) const;
};

struct PosterLayout {
    enum class PageSize { A4, A5, A3 };

    PageSize pageSize = PageSize::A4; // the sheet that goes into the printer
    // 1: one poster fills the sheet (portrait). 2: two posters, each half the sheet, side by side on the
    // sheet turned landscape (two A5 posters on A4). 4: four stickers on a portrait sheet, 2 × 2. Both
    // multi-up layouts print cut marks.
    int perPage = 1;
    QrCode::Ecc ecc = QrCode::Ecc::Q;

    bool isValid() const { return perPage == 1 || perPage == 2 || perPage == 4; }
};

} // namespace cd
