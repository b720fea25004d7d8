// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace cd {

// A province, district or commune with its GSO code, as in resources/data/vn-admin-units-2021-08.csv.
struct AdminUnit {
    enum class Level { Province = 1, District = 2, Commune = 3 };

    QString code;
    Level level = Level::Commune;
    QString parentCode;
    QString type;         // Tỉnh, Thành phố, Quận, Huyện, Thị xã, Xã, Phường, Thị trấn
    QString name;         // Đức Phong
    QString nameWithType; // Thị trấn Đức Phong
    QString parentNameWithType; // Huyện Bù Đăng; empty for provinces

    bool isValid() const { return !code.isEmpty(); }
    friend bool operator==(const AdminUnit &, const AdminUnit &) = default;
};

using AdminUnits = QVector<AdminUnit>;

} // namespace cd
