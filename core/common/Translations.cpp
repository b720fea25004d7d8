// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <vector>

namespace cd::i18n {
namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
std::vector<std::unique_ptr<QTranslator>> &installed() {
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}
} // namespace

QStringList availableLanguages() {
    return {QStringLiteral("vi"), QStringLiteral("en")};
}

QString preferredLanguage() {
    const QString chosen = QSettings().value(kLanguageKey).toString();
    if (availableLanguages().contains(chosen))
        return chosen;
    // Vietnamese unless the system asks for a language we ship.
    const QString system = QLocale::system().name().section(u'_', 0, 0);
    return availableLanguages().contains(system) ? system : QStringLiteral("vi");
}

void rememberLanguage(const QString &language) {
    QSettings().setValue(kLanguageKey, language);
}

void install(const QString &language) {
    for (auto &translator : installed())
        QCoreApplication::removeTranslator(translator.get());
    installed().clear();

    // Our strings are written in English, so English needs no translator of ours; Qt's own dialogs too.
    if (language == QLatin1String("en"))
        return;
    auto ours = std::make_unique<QTranslator>();
    if (ours->load(QStringLiteral(":/i18n/checkpoint-desk_%1.qm").arg(language)))
        installed().push_back(std::move(ours));
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        installed().push_back(std::move(qt));
    for (auto &translator : installed())
        QCoreApplication::installTranslator(translator.get());
    QLocale::setDefault(QLocale(language == QLatin1String("vi") ? QLocale::Vietnamese : QLocale::English,
                                language == QLatin1String("vi") ? QLocale::Vietnam : QLocale::UnitedStates));
}

} // namespace cd::i18n
