// SPDX-License-Identifier: GPL-3.0-or-later
#include "DistrictOffices.h"

#include "audit/AuditLog.h"
#include "audit/PersonHash.h"
#include "common/Clock.h"
#include "database/Dialect.h"
#include "database/SqlQuery.h"
#include "database/Transaction.h"

#include <QRegularExpression>

namespace cd::province {
namespace {

// What a district office may do with each table. Tables not named here are the province's alone. A table
// a later schema adds that holds a district's data needs a policy there and a line here.
struct TableRights {
    const char *rights;
    const char *tables;
};
constexpr TableRights kRights[] = {
    {"SELECT", "checkpoint_desk_schema, settings, admin_units, unit_order, district_offices, "
               "province_commune_days, trace_answers"},
    {"SELECT, INSERT", "checkpoint_types, person_ids, audit_log, trace_requests"},
    {"SELECT, INSERT, UPDATE", "unit_aliases"},
    {"SELECT, INSERT, UPDATE, DELETE", "checkpoints, scans, daily_counts, checkpoint_aliases, imports"},
};

Result<QString> quotedSchema(const QSqlDatabase &db) {
    auto schema = sql::scalar(db, QStringLiteral("SELECT quote_ident(current_schema())"));
    if (!schema)
        return schema.error();
    return schema.value().toString();
}

QString quoted(const QString &role) {
    return u'"' + role + u'"';
}

Status run(const QSqlDatabase &db, const QString &statement) {
    if (auto done = sql::exec(db, statement); !done)
        return done.error();
    return success();
}

} // namespace

bool DistrictOffices::isValidRoleName(const QString &role) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return pattern.match(role).hasMatch() && !role.startsWith(QLatin1String("pg_")) &&
           role != QLatin1String("public");
}

Result<QString> DistrictOffices::currentDistrict() const {
    if (!sql::isServer(m_db))
        return QString();
    auto district = sql::scalar(
        m_db, QStringLiteral("SELECT district_code FROM district_offices WHERE role_name = current_user"));
    if (!district)
        return district.error();
    return district.value().toString();
}

Status DistrictOffices::requireProvince() const {
    if (!sql::isServer(m_db))
        return makeError(tr("district offices exist on a province's PostgreSQL server only; this database is "
                            "an office's own SQLite file"));
    auto district = currentDistrict();
    if (!district)
        return district.error();
    if (!district->isEmpty())
        return makeError(tr("only the province office (the owner of the database) manages district offices; "
                            "you are connected as the office of district %1")
                             .arg(district.value()));
    return success();
}

Status DistrictOffices::grant(const QString &role) const {
    const auto schema = quotedSchema(m_db);
    if (!schema)
        return schema.error();
    if (auto done = run(m_db, QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(*schema, role)); !done)
        return done;
    for (const TableRights &entry : kRights) {
        QStringList tables;
        for (const QString &table : QString::fromLatin1(entry.tables).split(u',', Qt::SkipEmptyParts))
            tables << *schema + u'.' + table.trimmed();
        if (auto done = run(
                m_db, QStringLiteral("GRANT %1 ON %2 TO %3")
                          .arg(QString::fromLatin1(entry.rights), tables.join(QStringLiteral(", ")), role));
            !done)
            return done;
    }
    // Identity columns draw from sequences.
    return run(m_db, QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(*schema, role));
}

Status DistrictOffices::add(const QString &role, const QString &districtCode) const {
    if (auto province = requireProvince(); !province)
        return province;
    if (!isValidRoleName(role))
        return makeError(tr("“%1” cannot be a district office's role: use lower-case letters, digits and "
                            "underscores (not first a digit, not “pg_”), at most 63")
                             .arg(role),
                         {}, 0, QStringLiteral("role"));
    auto level =
        sql::scalar(m_db, QStringLiteral("SELECT level FROM admin_units WHERE code = ?"), {districtCode});
    if (!level)
        return level.error();
    if (!level->isValid() || level->toInt() != 2)
        return makeError(tr("%1 is not the code of a district").arg(districtCode), {}, 0,
                         QStringLiteral("district"));
    auto self = sql::scalar(m_db, QStringLiteral("SELECT current_user = ?"), {role});
    if (!self)
        return self.error();
    if (self->toBool())
        return makeError(
            tr("%1 is the province office's own role: a district office needs a role of its own").arg(role),
            {}, 0, QStringLiteral("role"));
    // The audit log's salt, made now by the province: a district office cannot write the settings.
    if (auto salt = audit::saltOf(m_db); !salt)
        return salt.error();

    Transaction transaction(m_db);
    auto existing = sql::exec(
        m_db, QStringLiteral("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = ?"), {role});
    if (!existing)
        return existing.error();
    if (existing.value().next()) {
        if (existing->value(0).toBool())
            return makeError(
                tr("the role %1 bypasses row-level security (a superuser or BYPASSRLS): it would "
                   "see every district, so it cannot be a district office")
                    .arg(role),
                {}, 0, QStringLiteral("role"));
    } else if (auto created = run(m_db, QStringLiteral("CREATE ROLE %1 LOGIN").arg(quoted(role))); !created) {
        return makeError(
            tr("cannot create the role %1 (the province's role needs CREATEROLE, or the server's "
               "administrator creates it first): %2")
                .arg(role, created.error().message));
    }
    if (auto granted = grant(quoted(role)); !granted)
        return granted;
    auto recorded =
        sql::exec(m_db,
                  QStringLiteral("INSERT INTO district_offices (role_name, district_code, added_at) "
                                 "VALUES (?, ?, ?) ON CONFLICT (role_name) DO UPDATE SET "
                                 "district_code = excluded.district_code"),
                  {role, districtCode, clock::nowInVietnam().toString(Qt::ISODate)});
    if (!recorded)
        return recorded.error();
    if (auto logged = audit::AuditLog(m_db).record(
            audit::Action::Settings,
            {{QStringLiteral("setting"), QStringLiteral("district office %1").arg(role)},
             {QStringLiteral("value"), districtCode}});
        !logged)
        return logged;
    if (!transaction.commit())
        return makeError(tr("the district office could not be added: %1").arg(transaction.failure()));
    return success();
}

Status DistrictOffices::remove(const QString &role) const {
    if (auto province = requireProvince(); !province)
        return province;
    if (!isValidRoleName(role))
        return makeError(tr("“%1” is not a district office's role").arg(role), {}, 0, QStringLiteral("role"));
    auto known = sql::scalar(
        m_db, QStringLiteral("SELECT district_code FROM district_offices WHERE role_name = ?"), {role});
    if (!known)
        return known.error();
    if (!known->isValid())
        return makeError(tr("%1 is not a district office of this database").arg(role), {}, 0,
                         QStringLiteral("role"));
    const auto schema = quotedSchema(m_db);
    if (!schema)
        return schema.error();
    Transaction transaction(m_db);
    const QString r = quoted(role);
    for (const QString &statement : {QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM %2"),
                                     QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA %1 FROM %2"),
                                     QStringLiteral("REVOKE ALL ON SCHEMA %1 FROM %2")}) {
        if (auto done = run(m_db, statement.arg(*schema, r)); !done)
            return done;
    }
    if (auto done =
            sql::exec(m_db, QStringLiteral("DELETE FROM district_offices WHERE role_name = ?"), {role});
        !done)
        return done.error();
    if (auto logged = audit::AuditLog(m_db).record(
            audit::Action::Settings,
            {{QStringLiteral("setting"), QStringLiteral("district office %1").arg(role)},
             {QStringLiteral("value"), QStringLiteral("removed")}});
        !logged)
        return logged;
    if (!transaction.commit())
        return makeError(tr("the district office could not be removed: %1").arg(transaction.failure()));
    return success();
}

Result<QVector<DistrictOffice>> DistrictOffices::list() const {
    if (!sql::isServer(m_db))
        return makeError(tr("district offices exist on a province's PostgreSQL server only; this database is "
                            "an office's own SQLite file"));
    auto rows =
        sql::exec(m_db, QStringLiteral("SELECT o.role_name, o.district_code, u.name_with_type, o.added_at "
                                       "FROM district_offices o JOIN admin_units u ON u.code = "
                                       "o.district_code ORDER BY u.name, o.role_name"));
    if (!rows)
        return rows.error();
    QVector<DistrictOffice> offices;
    while (rows.value().next())
        offices.append({rows->value(0).toString(), rows->value(1).toString(), rows->value(2).toString(),
                        rows->value(3).toString()});
    return offices;
}

} // namespace cd::province
