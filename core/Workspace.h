// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database/Database.h"

namespace cd {

// Opens a database ready for use by the GUI or the CLI: schema up to date and the administrative units
// loaded. ":memory:" gives a fresh in-memory database.
Result<std::unique_ptr<Database>> openWorkspace(const QString &path);
// The same on a PostgreSQL server, with the password the GUI's dialog asked for (empty: libpq's
// password file).
Result<std::unique_ptr<Database>> openServerWorkspace(const QString &uri, const QString &password);

} // namespace cd
