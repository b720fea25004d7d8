// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QStringView>

namespace cd::tabular {

// The delimiter of a CSV text from its first lines: the one of ',' ';' tab '|' that splits the most lines
// into the same number of fields, quoted parts ignored. Title rows above the header and commas inside
// addresses or decimal numbers vary from line to line, the real delimiter does not. ',' when none is found.
QChar detectDelimiter(QStringView sample);

// Excel's "sep=;" first line, which names the delimiter: that delimiter, or null when there is none.
QChar delimiterFromSepLine(QStringView firstLine);

} // namespace cd::tabular
