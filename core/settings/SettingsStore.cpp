// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsStore.h"

#include "database/SqlQuery.h"

namespace cd {

QString SettingsStore::value(const QString &key, const QString &fallback) const {
    auto result = sql::scalar(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!result || !result.value().isValid())
        return fallback;
    return result.value().toString();
}

Status SettingsStore::setValue(const QString &key, const QString &value) {
    auto result = sql::exec(m_db,
                            QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                            {key, value.isNull() ? QStringLiteral("") : value}); // null would bind as NULL
    if (!result)
        return result.error();
    return success();
}

Status SettingsStore::remove(const QString &key) {
    auto result = sql::exec(m_db, QStringLiteral("DELETE FROM settings WHERE key = ?"), {key});
    if (!result)
        return result.error();
    return success();
}

} // namespace cd
