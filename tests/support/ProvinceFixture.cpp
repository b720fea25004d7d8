// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProvinceFixture.h"

#include "database/SqlQuery.h"

#include <QCoreApplication>
#include <QUrl>

#include <catch2/catch.hpp>

namespace cd::test {
namespace {

QString text(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {}) {
    auto rows = sql::exec(db, statement, values);
    INFO(statement.toStdString());
    REQUIRE(rows.ok());
    return rows.value().next() ? rows.value().value(0).toString() : QString();
}

} // namespace

CaseInTwoDistricts plantCaseInTwoDistricts(const QSqlDatabase &p) {
    using C = CaseInTwoDistricts;
    C planted;
    // The demo is one district of a province; B is another district of the same province.
    planted.districtA =
        text(p, QStringLiteral("SELECT u.parent_code FROM checkpoints c JOIN admin_units u ON "
                               "u.code = c.commune_code ORDER BY c.id LIMIT 1"));
    planted.districtB = text(
        p,
        QStringLiteral("SELECT code FROM admin_units WHERE level = 2 AND code <> ? AND parent_code = (SELECT "
                       "parent_code FROM admin_units WHERE code = ?) ORDER BY code LIMIT 1"),
        {planted.districtA, planted.districtA});
    planted.communeB = text(p, QStringLiteral("SELECT min(code) FROM admin_units WHERE parent_code = ?"),
                            {planted.districtB});
    REQUIRE_FALSE(planted.districtB.isEmpty());
    REQUIRE_FALSE(planted.communeB.isEmpty());

    // B's checkpoint, its scans and counts; the case also visits A's first checkpoint.
    for (const QString &statement : {
             QStringLiteral(
                 "INSERT INTO checkpoints (code, name, type_id, phone, commune_code, address, status, "
                 "registered_on, created_at, updated_at, duplicate_key) SELECT 'B-001', 'Chợ B', "
                 "type_id, phone, '%1', '1 Đường B', 'active', registered_on, created_at, updated_at, "
                 "'b-001' FROM checkpoints ORDER BY id LIMIT 1")
                 .arg(planted.communeB),
             QStringLiteral(
                 "INSERT INTO scans (checkpoint_id, scanned_at, person_key, person_name, phone, id_number) "
                 "SELECT id, %1, 'p:%2', '%4', '%2', '%3' FROM checkpoints WHERE code = 'B-001'")
                 .arg(C::visitB)
                 .arg(C::casePhone, C::caseId, C::caseName),
             QStringLiteral(
                 "INSERT INTO scans (checkpoint_id, scanned_at, person_key, person_name, phone, id_number) "
                 "SELECT id, %1, 'p:%2', '%3', '%2', '%4' FROM checkpoints WHERE code = 'B-001'")
                 .arg(C::visitB + C::otherAfter)
                 .arg(C::otherPhone, C::otherName, C::otherId),
             QStringLiteral(
                 "INSERT INTO scans (checkpoint_id, scanned_at, person_key, person_name, phone) SELECT "
                 "min(id), %1, 'p:%2', '%3', '%2' FROM checkpoints")
                 .arg(C::visitA)
                 .arg(C::casePhone, C::caseName),
             QStringLiteral(
                 "INSERT INTO person_ids (id_number, person_key) VALUES ('%1', 'p:%2'), ('%3', 'p:%4')")
                 .arg(C::caseId, C::casePhone, C::otherId, C::otherPhone),
             QStringLiteral(
                 "INSERT INTO daily_counts (checkpoint_id, day, scans) SELECT id, %1, 2 FROM checkpoints "
                 "WHERE code = 'B-001'")
                 .arg(C::visitB / 86400),
         }) {
        auto done = sql::exec(p, statement);
        INFO(statement.toStdString());
        REQUIRE(done.ok());
    }
    planted.checkpointB =
        text(p, QStringLiteral("SELECT id FROM checkpoints WHERE code = 'B-001'")).toLongLong();
    return planted;
}

QString asRole(const QString &uri, const QString &role) {
    QUrl url(uri);
    url.setUserName(role);
    return url.toString();
}

QString ServerRoles::name(const QString &stem) {
    const QString role = QStringLiteral("cd_test_%1_%2").arg(stem).arg(QCoreApplication::applicationPid());
    m_roles << role;
    return role;
}

ServerRoles::~ServerRoles() {
    for (const QString &role : m_roles) {
        // A role that was never created has nothing to drop; one that was must go, or say why not.
        auto exists =
            sql::scalar(m_admin, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {role});
        if (exists && exists->toInt() == 0)
            continue;
        for (const QString &statement :
             {QStringLiteral("DROP OWNED BY \"%1\""), QStringLiteral("DROP ROLE IF EXISTS \"%1\"")})
            if (auto dropped = sql::exec(m_admin, statement.arg(role)); !dropped)
                WARN(dropped.error().message.toStdString());
    }
}

} // namespace cd::test
