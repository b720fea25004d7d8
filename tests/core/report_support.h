// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace cd::test {

// The text of a PDF page (1-based; 0: the whole document) by poppler's pdftotext, which did not write it.
// Empty when pdftotext is missing: check havePdfTools() first.
bool havePdfTools();
QString pdfText(const QString &path, int page = 0, bool layout = false);
// The text with every run of white space made one space, so wrapped lines read as one.
QString simplified(const QString &text);
int pdfPageCount(const QString &path);

// Runs /usr/bin/python3 with the script and arguments; stdout, or a null string when python3 or the
// module the script imports is missing (the reason goes to WARN).
QString runPython(const QString &script, const QStringList &arguments);

} // namespace cd::test
