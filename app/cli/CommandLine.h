// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cd::cli {

// True when the arguments name a command (or ask for CLI help), so main() starts no GUI.
bool isCommandLineInvocation(const QStringList &args);

// Runs `checkpoint-desk [--db PATH] [--lang vi|en] COMMAND ARGS…` and returns the exit code.
int run(const QStringList &args);

// The value of --db PATH / --db=PATH, empty when absent; removed from args.
QString takeDatabaseOption(QStringList &args);
// The value of --lang, empty when absent; removed from args.
QString takeLanguageOption(QStringList &args);
// The value of --operator (the name the audit log records), empty when absent; removed from args.
QString takeOperatorOption(QStringList &args);

} // namespace cd::cli
