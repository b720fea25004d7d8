// SPDX-License-Identifier: GPL-3.0-or-later
#include "CopySettings.h"

#include "database/SqlQuery.h"
#include "settings/SettingsStore.h"
#include "units/AdminUnitRepository.h"

#include <QCoreApplication>

namespace cd {
namespace {

const QString kProvince = QStringLiteral("scope.province_code");
const QString kDistrict = QStringLiteral("scope.district_code");
const QString kSalt = QStringLiteral("audit.salt");

// Belong to the database that holds them, whichever way the data goes.
bool isDatabaseOwn(const QString &key) {
    return key.startsWith(QLatin1String("backup.auto.")) || key == QLatin1String("demo.created") ||
           key.startsWith(QLatin1String("scope.")) || key == kSalt;
}

// The server's retention and purge: an office's file taken offline follows them; an upload never
// changes them (scans older than the server's purge are not uploaded).
bool isRetention(const QString &key) {
    return key.startsWith(QLatin1String("retention."));
}

Result<bool> setIfMissing(SettingsStore &target, const QString &key, const QString &value) {
    if (value.isEmpty() || !target.value(key).isEmpty())
        return false;
    if (auto saved = target.setValue(key, value); !saved)
        return saved.error();
    return true;
}

Result<qint64> widenScope(const QSqlDatabase &source, SettingsStore &target, CopyDirection direction,
                          const AdminUnit &district) {
    const SettingsStore from(source);
    QString province = from.value(kProvince), wantedDistrict = from.value(kDistrict);
    if (direction == CopyDirection::FromServer || province.isEmpty()) {
        province = district.parentCode;
        wantedDistrict = district.code;
    }
    if (province.isEmpty())
        return qint64(0);
    const QString hasProvince = target.value(kProvince), hasDistrict = target.value(kDistrict);
    if (hasProvince.isEmpty()) {
        if (auto saved = target.setValue(kProvince, province); !saved)
            return saved.error();
        if (auto saved = target.setValue(kDistrict, wantedDistrict); !saved)
            return saved.error();
        return qint64(2);
    }
    if (hasProvince != province)
        return makeError(QCoreApplication::translate(
                             "CopySettings", "the target serves another province (%1); the data of %2 "
                                             "cannot be copied into it")
                             .arg(hasProvince, province));
    if (!hasDistrict.isEmpty() && hasDistrict != wantedDistrict) {
        if (direction == CopyDirection::FromServer)
            return makeError(
                QCoreApplication::translate("CopySettings",
                                            "the file serves another district (%1); copy %2 into a new file")
                    .arg(hasDistrict, wantedDistrict));
        if (auto saved = target.setValue(kDistrict, QString()); !saved)
            return saved.error();
        return qint64(1);
    }
    return qint64(0);
}

} // namespace

Result<qint64> copySettings(const QSqlDatabase &source, const QSqlDatabase &target, CopyDirection direction,
                            const AdminUnit &district) {
    SettingsStore to(target);
    auto widened = widenScope(source, to, direction, district);
    if (!widened)
        return widened.error();
    qint64 written = widened.value();
    // The person hashes of the copied audit entries stay findable when the target has no salt yet.
    const auto salted = setIfMissing(to, kSalt, SettingsStore(source).value(kSalt));
    if (!salted)
        return salted.error();
    written += salted.value() ? 1 : 0;

    auto all = sql::exec(source, QStringLiteral("SELECT key, value FROM settings"));
    if (!all)
        return all.error();
    QVector<QPair<QString, QString>> carried;
    while (all.value().next()) {
        const QString key = all.value().value(0).toString();
        if (isDatabaseOwn(key) || (isRetention(key) && direction == CopyDirection::ToServer))
            continue;
        carried.append({key, all.value().value(1).toString()});
    }
    for (const auto &[key, value] : std::as_const(carried)) {
        const auto set = setIfMissing(to, key, value);
        if (!set)
            return set.error();
        written += set.value() ? 1 : 0;
    }
    return written;
}

} // namespace cd
