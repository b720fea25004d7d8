// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnitAliases.h"

#include "UnitMatcher.h"
#include "common/Clock.h"
#include "common/VietnameseText.h"
#include "database/SqlQuery.h"

namespace cd {

Result<QHash<QString, QString>> UnitAliases::all() const {
    auto query = sql::exec(m_db, QStringLiteral("SELECT written, unit_code FROM unit_aliases"));
    if (!query)
        return query.error();
    QHash<QString, QString> aliases;
    while (query.value().next())
        aliases.insert(query.value().value(0).toString(), query.value().value(1).toString());
    return aliases;
}

Status UnitAliases::set(const QString &written, const QString &unitCode) {
    const QString key = UnitMatcher::nameKey(written, false);
    if (key.isEmpty())
        return makeError(tr("no unit name given"));
    auto unit = sql::scalar(m_db, QStringLiteral("SELECT code FROM admin_units WHERE code = ?"), {unitCode});
    if (!unit)
        return unit.error();
    if (!unit.value().isValid())
        return makeError(tr("there is no unit with the code %1").arg(unitCode));
    auto stored =
        sql::exec(m_db,
                  QStringLiteral("INSERT INTO unit_aliases (alias_key, written, unit_code, created_at) "
                                 "VALUES (?, ?, ?, ?) ON CONFLICT (alias_key) DO UPDATE SET "
                                 "written = excluded.written, unit_code = excluded.unit_code"),
                  {key, text::normalized(written), unitCode, clock::nowUtc().toString(Qt::ISODate)});
    if (!stored)
        return stored.error();
    return success();
}

Status UnitAliases::remove(const QString &written) {
    auto removed = sql::exec(m_db, QStringLiteral("DELETE FROM unit_aliases WHERE alias_key = ?"),
                             {UnitMatcher::nameKey(written, false)});
    if (!removed)
        return removed.error();
    return success();
}

} // namespace cd
