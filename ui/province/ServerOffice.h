// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace cd {
class Database;
}

namespace cd::ui {

// Whom the window works for. On a province's server the login is either the province office (the owner of
// the database, which sees every district) or one district office (which sees its own district only);
// an office's own SQLite file is neither, and shows none of the province's pages.
struct ServerOffice {
    Q_DECLARE_TR_FUNCTIONS(ServerOffice)

public:
    enum class Kind { OwnFile, Province, District };

    Kind kind = Kind::OwnFile;
    QString districtCode;
    QString districtName; // "Huyện Bù Đăng"

    bool isProvince() const { return kind == Kind::Province; }
    bool isDistrict() const { return kind == Kind::District; }
    // "Province office" or "Office of Huyện Bù Đăng", for the status bar; empty in an own file.
    QString label() const;

    static Result<ServerOffice> of(const Database &database);
};

} // namespace cd::ui
