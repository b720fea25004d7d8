// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

// Where the user guide's pages are in the program: the Vietnamese guide (docs/huong-dan) and the short
// English one (docs/guide-en), as qrc: URLs a QTextBrowser opens.
namespace cd::ui::guide {

// The table of contents in `language` ("vi" or "en"; any other is English).
QUrl contents(const QString &language);
// The chapter about a section of the main window (its id, e.g. "statistics"); the contents when the
// section has none.
QUrl chapterFor(const QString &sectionId, const QString &language);

} // namespace cd::ui::guide
