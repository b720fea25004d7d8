// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>

namespace cd::posterfonts {

enum class Family { Serif, Sans };
enum class Style { Regular, Bold, Italic, BoldItalic };

// A bundled Liberation font (from the :/checkpoint-desk/fonts resource, registered on first use), so
// posters come out the same on every machine and the PDF embeds exactly these fonts. Sizes are set by
// the caller. Needs a QGuiApplication.
QFont font(Family family, Style style = Style::Regular);

} // namespace cd::posterfonts
