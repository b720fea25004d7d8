// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportTexts.h"

#include "database/Transaction.h"
#include "settings/SettingsStore.h"
#include "units/OfficeScope.h"

#include <QCoreApplication>

namespace cd {
namespace {

struct Key {
    const char *name;
    QString ReportTexts::*field;
};
constexpr Key kKeys[] = {
    {"report/superior_body", &ReportTexts::superiorBody},
    {"report/issuing_body", &ReportTexts::issuingBody},
    {"report/number", &ReportTexts::number},
    {"report/reference", &ReportTexts::reference},
    {"report/place", &ReportTexts::place},
    {"report/signer_title", &ReportTexts::signerTitle},
    {"report/signer_name", &ReportTexts::signerName},
};

} // namespace

ReportTexts ReportTexts::defaults(const Scope &scope) {
    const AdminUnit &unit = scope.district ? *scope.district : scope.province;
    ReportTexts texts;
    // "ỦY BAN NHÂN DÂN / HUYỆN BÙ ĐĂNG", as seed 000 and seed 002 head their dispatches.
    texts.issuingBody = QStringLiteral("ỦY BAN NHÂN DÂN\n") + unit.nameWithType.toUpper();
    texts.place = unit.name;
    return texts;
}

ReportTexts ReportTexts::load(const QSqlDatabase &db) {
    const auto scope = OfficeScope(db).current();
    ReportTexts texts = scope ? defaults(*scope) : ReportTexts{};
    const SettingsStore settings(db);
    for (const Key &key : kKeys) {
        // A key never saved keeps the default; a key saved empty stays empty.
        const QString stored = settings.value(QString::fromLatin1(key.name), QStringLiteral("\x01"));
        if (stored != QStringLiteral("\x01"))
            texts.*key.field = stored;
    }
    return texts;
}

Status ReportTexts::save(const QSqlDatabase &db) const {
    Transaction transaction(db);
    SettingsStore settings(db);
    for (const Key &key : kKeys) {
        if (auto saved = settings.setValue(QString::fromLatin1(key.name), this->*key.field); !saved)
            return saved.error();
    }
    if (!transaction.commit())
        return makeError(QCoreApplication::translate("cd::ReportTexts", "could not save the report texts"));
    return success();
}

} // namespace cd
