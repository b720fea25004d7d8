// SPDX-License-Identifier: GPL-3.0-or-later
#include "Workspace.h"

#include "units/AdminUnitRepository.h"

namespace cd {

Result<std::unique_ptr<Database>> openWorkspace(const QString &path) {
    auto database = Database::open(path);
    if (!database)
        return database.error();
    if (auto loaded = AdminUnitRepository(database.value()->connection()).ensureLoaded(); !loaded)
        return loaded.error();
    return std::move(database).value();
}

} // namespace cd
