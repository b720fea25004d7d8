// SPDX-License-Identifier: GPL-3.0-or-later
#include "PosterFonts.h"

#include <QFontDatabase>
#include <QStringList>

namespace cd::posterfonts {

namespace {

struct Families {
    QString serif;
    QString sans;
};

QString registerFamily(const QStringList &files, const QString &fallback) {
    QString family;
    for (const QString &file : files) {
        const int id = QFontDatabase::addApplicationFont(QStringLiteral(":/checkpoint-desk/fonts/") + file);
        if (id >= 0 && family.isEmpty())
            family = QFontDatabase::applicationFontFamilies(id).value(0);
    }
    // Only a broken build lacks the resource; the installed font of the same name is the best guess.
    return family.isEmpty() ? fallback : family;
}

const Families &families() {
    static const Families registered{
        registerFamily(
            {QStringLiteral("LiberationSerif-Regular.ttf"), QStringLiteral("LiberationSerif-Bold.ttf"),
             QStringLiteral("LiberationSerif-Italic.ttf"), QStringLiteral("LiberationSerif-BoldItalic.ttf")},
            QStringLiteral("Liberation Serif")),
        registerFamily(
            {QStringLiteral("LiberationSans-Regular.ttf"), QStringLiteral("LiberationSans-Bold.ttf")},
            QStringLiteral("Liberation Sans")),
    };
    return registered;
}

} // namespace

QFont font(Family family, Style style) {
    QFont result(family == Family::Serif ? families().serif : families().sans);
    result.setBold(style == Style::Bold || style == Style::BoldItalic);
    result.setItalic(style == Style::Italic || style == Style::BoldItalic);
    // Unhinted outlines measure the same at every size and resolution, so a layout fitted for the PDF
    // also fits on screen and on the 150 dpi check.
    result.setHintingPreference(QFont::PreferNoHinting);
    result.setStyleStrategy(QFont::PreferOutline);
    return result;
}

} // namespace cd::posterfonts
