// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace cd::test {

// The province server's case, shared by the core and UI tests of district offices: a person scanned once in
// district A (the demo's, Bù Đăng) and once at checkpoint B-001 in district B (another district of Bình
// Phước), where another person of B scanned five minutes after them.
struct CaseInTwoDistricts {
    static inline const QString casePhone = QStringLiteral("0912000001");
    static inline const QString caseId = QStringLiteral("079200000001");
    static inline const QString caseName = QStringLiteral("Trần Thị Ca");
    static inline const QString otherPhone = QStringLiteral("0987000002");
    static inline const QString otherName = QStringLiteral("Lê Văn Riêng");
    static inline const QString otherId = QStringLiteral("079200000002");
    static constexpr qint64 visitB = 1629700000; // 23/08/2021 13:26:40 Vietnam time
    static constexpr qint64 visitA = 1629600000;
    static constexpr qint64 otherAfter = 300; // seconds after the case at B-001

    QString districtA;
    QString districtB;
    QString communeB;
    qint64 checkpointB = 0;
};

// Plants the case in a demo workspace on the server, as the province (the owner of the database).
CaseInTwoDistricts plantCaseInTwoDistricts(const QSqlDatabase &province);

// The same server URI, logging in as another role.
QString asRole(const QString &uri, const QString &role);

// District roles of this test process (roles belong to the whole server: named after the process id so
// that runs side by side never share one), dropped with what they own when this goes out of scope.
class ServerRoles {
public:
    explicit ServerRoles(QSqlDatabase admin)
        : m_admin(std::move(admin)) {}
    ~ServerRoles();
    ServerRoles(const ServerRoles &) = delete;
    ServerRoles &operator=(const ServerRoles &) = delete;

    // "cd_test_" + stem + "_" + the process id; dropped at the end whether or not it was created.
    QString name(const QString &stem);

private:
    QSqlDatabase m_admin;
    QStringList m_roles;
};

} // namespace cd::test
