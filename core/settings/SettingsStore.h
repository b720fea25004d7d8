// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QSqlDatabase>
#include <QString>

namespace cd {

// Office settings that belong to the database (its scope, report texts, templates), as opposed to a
// user's window layout, which lives in QSettings.
class SettingsStore {
public:
    explicit SettingsStore(QSqlDatabase db)
        : m_db(std::move(db)) {}

    QString value(const QString &key, const QString &fallback = {}) const;
    Status setValue(const QString &key, const QString &value);
    Status remove(const QString &key);

private:
    QSqlDatabase m_db;
};

} // namespace cd
