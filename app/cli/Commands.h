// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliContext.h"

#include <QStringList>
#include <QVector>

namespace cd::cli {

// One top-level command: `checkpoint-desk NAME ARGS…`. run() gets the arguments after NAME.
struct Command {
    QString name;
    QString summary;
    int (*run)(CliContext &context, const QStringList &args);
};

// Every command, in the order the help lists them. Each lives in a file of its own.
const QVector<Command> &commands();

int runInit(CliContext &context, const QStringList &args);
int runUnits(CliContext &context, const QStringList &args);
int runDb(CliContext &context, const QStringList &args);
int runDemo(CliContext &context, const QStringList &args);
int runCheckpoints(CliContext &context, const QStringList &args);
int runSetQr(CliContext &context, const QStringList &args);
int runQr(CliContext &context, const QStringList &args);
int runPosters(CliContext &context, const QStringList &args);
int runScans(CliContext &context, const QStringList &args);
int runScanMap(CliContext &context, const QStringList &args);
int runScanUnmap(CliContext &context, const QStringList &args);
int runScanMappings(CliContext &context, const QStringList &args);
int runImportsLog(CliContext &context, const QStringList &args);
int runGenerateScans(CliContext &context, const QStringList &args);
int runStats(CliContext &context, const QStringList &args);
int runReport(CliContext &context, const QStringList &args);
int runTrace(CliContext &context, const QStringList &args);
int runAudit(CliContext &context, const QStringList &args);
int runCheckin(CliContext &context, const QStringList &args);
int runDistrict(CliContext &context, const QStringList &args);
// trace request|requests|approve|refuse|answer (TraceRequestCommand.cpp)
bool isTraceRequestCommand(const QString &name);
int runTraceRequest(CliContext &context, const QStringList &args);

// Splits "SUBCOMMAND ARGS…" for commands that group several actions (units list, db check…).
struct Subcommand {
    QString name;
    QString summary;
    int (*run)(CliContext &context, const QStringList &args);
};
int dispatchSubcommand(CliContext &context, const QString &command, const QVector<Subcommand> &subcommands,
                       const QStringList &args);

} // namespace cd::cli
