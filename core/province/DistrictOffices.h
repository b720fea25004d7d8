// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace cd::province {

struct DistrictOffice {
    QString role;         // the PostgreSQL role the district office logs in as
    QString districtCode; // admin_units code of the district (level 2)
    QString districtName; // "Huyện Bù Đăng"
    QString addedAt;      // ISO 8601, Vietnam time
};

// The district offices of a province's server. The province office is the role that owns the schema; each
// district office is a role of its own whose reads and writes the policies of schema 8 keep to its district
// (checkpoints, scans, daily counts, aliases, imports, its own audit entries and trace requests).
// Only on a server: an SQLite file is one office's own and has none.
class DistrictOffices {
    Q_DECLARE_TR_FUNCTIONS(DistrictOffices)

public:
    explicit DistrictOffices(QSqlDatabase db)
        : m_db(std::move(db)) {}

    // Creates the role when it does not exist (LOGIN, no password: the server's administrator sets one),
    // gives it the rights a district office needs in this schema and records its district. Adding a role
    // again moves it to the given district. Refused for a role that bypasses row-level security.
    Status add(const QString &role, const QString &districtCode) const;
    // Takes the role's rights in this schema away and forgets its district; the role itself stays (it may
    // serve other databases): the server's administrator drops it.
    Status remove(const QString &role) const;
    Result<QVector<DistrictOffice>> list() const;

    // The district of the role connected, empty for the province office and on SQLite.
    Result<QString> currentDistrict() const;

    // Role names are spliced into GRANT and CREATE ROLE (identifiers cannot be bound): only lower-case
    // letters, digits and underscores, not starting with a digit or "pg_", at most 63 characters.
    static bool isValidRoleName(const QString &role);

private:
    Status requireProvince() const;
    Status grant(const QString &quotedRole) const;

    QSqlDatabase m_db;
};

} // namespace cd::province
