// SPDX-License-Identifier: GPL-3.0-or-later
#include "Workspace.h"

#include "units/AdminUnitRepository.h"

namespace cd {

namespace {

Result<std::unique_ptr<Database>> withUnits(Result<std::unique_ptr<Database>> database) {
    if (!database)
        return database.error();
    if (auto loaded = AdminUnitRepository(database.value()->connection()).ensureLoaded(); !loaded)
        return loaded.error();
    return std::move(database).value();
}

} // namespace

Result<std::unique_ptr<Database>> openWorkspace(const QString &path) {
    return withUnits(Database::open(path));
}

Result<std::unique_ptr<Database>> openServerWorkspace(const QString &uri, const QString &password) {
    return withUnits(Database::openServer(uri, password));
}

} // namespace cd
