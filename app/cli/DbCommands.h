// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliContext.h"

#include <QStringList>

namespace cd::cli {

// The subcommands of `db`, each in the file of its concern.
int runDbPurge(CliContext &context, const QStringList &args);
int runDbRetention(CliContext &context, const QStringList &args);
int runDbBackup(CliContext &context, const QStringList &args);
int runDbRestore(CliContext &context, const QStringList &args);
int runDbAutoBackup(CliContext &context, const QStringList &args);
int runDbCopy(CliContext &context, const QStringList &args);

} // namespace cd::cli
