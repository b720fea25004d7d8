// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace cd::i18n {

// Languages the program ships: Vietnamese first, English second.
QStringList availableLanguages();
// The language the user chose (remembered in QSettings), else the system's if we ship it, else Vietnamese.
QString preferredLanguage();
void rememberLanguage(const QString &language);
// Replaces the installed translators with those of the language ("vi" or "en").
void install(const QString &language);

} // namespace cd::i18n
