// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerOffice.h"

namespace cd {
class Database;
}

namespace cd::ui {

class MainWindow;
class TracePage;

// What the window adds on a province's server, by whom it works for: the province office gets the
// Province office section (trace requests, district offices) and its menu; a district office gets the
// "Ask the province…" bar on its tracing page and its menu; both see who they are in the status bar.
// In an office's own file nothing is added. An error (the login's office cannot be read) adds nothing and
// is returned for the window to show.
Result<ServerOffice> addProvinceServerUi(MainWindow &window, Database &database, TracePage &tracing);

} // namespace cd::ui
