// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;

namespace cd::ui {

// The application's look: Fusion with a light palette, the green of the icon as accent, the bundled
// Liberation Sans so Vietnamese text renders the same on every office PC.
void applyTheme(QApplication &app);

} // namespace cd::ui
