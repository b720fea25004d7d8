// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Checkpoint.h"
#include "common/Error.h"
#include "export/SheetData.h"

#include <QSqlDatabase>

namespace cd {

// The register as a table, in the columns `checkpoints list --format json` documents: code, name, type,
// phone, province, district, commune, commune_code, address, lat, lon, parent_code, status, qr_payload (the
// payload printed), qr_source (issued or template), description, registered_on, closed_on. Every importer
// synonym covers these keys and headings, so an export re-imports into an empty database as the same
// register.
SheetData registrySheet(const QSqlDatabase &db, const Checkpoints &checkpoints);

// Writes the register to a file in the format its name says (.xlsx, .json, else CSV), replacing the file
// only once the new one is complete. What the CLI's export and the register page's Export write.
Status writeRegister(const QSqlDatabase &db, const Checkpoints &checkpoints, const QString &path);

} // namespace cd
