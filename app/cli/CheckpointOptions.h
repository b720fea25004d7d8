// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliContext.h"
#include "registry/Checkpoint.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace cd::cli {

// The options that describe a checkpoint on the command line, shared by `checkpoints add` and `edit`.
struct CheckpointOptions {
    CheckpointOptions();
    void addTo(QCommandLineParser &parser) const;
    // Applies the options given to the checkpoint; names (commune, type) are resolved through the same
    // matchers as files. An error names the option.
    Status applyTo(const QCommandLineParser &parser, Database &db, Checkpoint &checkpoint) const;

    QCommandLineOption code, name, type, phone, commune, address, lat, lon, description, qrPayload, parent,
        registered;
};

// The checkpoints a list or an export shows: --commune, --type, --status, --search.
struct FilterOptions {
    FilterOptions();
    void addTo(QCommandLineParser &parser) const;
    Result<CheckpointFilter> read(const QCommandLineParser &parser, Database &db) const;

    QCommandLineOption commune, type, status, search;
};

// Prints the problems of a checkpoint, one per line, and returns DataError.
int reportProblems(CliContext &context, const QVector<Error> &problems);

} // namespace cd::cli
