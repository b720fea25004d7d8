// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliContext.h"
#include "intake/ProblemList.h"
#include "intake/ReportRows.h"

namespace cd::cli {

// How every import command tells what it did besides its counts: the problems grouped on standard error,
// one line each ("FILE: commune: “Xã Không Có” is not …: 2 rows (lines 3, 7)"), and on standard output
// the rows it set aside as not data and what it assumed.
void printProblems(CliContext &context, const QString &file, const ProblemList &problems);
void printSkipped(CliContext &context, const QString &file, const QVector<intake::SkippedRows> &skipped);
void printNotices(CliContext &context, const QString &file, const QStringList &notices);

} // namespace cd::cli
