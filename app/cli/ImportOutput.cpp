// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportOutput.h"

namespace cd::cli {

void printProblems(CliContext &context, const QString &file, const ProblemList &problems) {
    for (const ProblemGroup &group : problems.groups())
        context.err() << "checkpoint-desk: " << file << ": " << group.toString() << '\n';
    context.err().flush();
}

void printSkipped(CliContext &context, const QString &file, const QVector<intake::SkippedRows> &skipped) {
    if (skipped.isEmpty())
        return;
    QStringList parts;
    for (const intake::SkippedRows &rows : skipped)
        parts.append(rows.toString());
    context.out() << CliContext::tr("%1: rows that are not data, skipped: %2")
                         .arg(file, parts.join(QStringLiteral("; ")))
                  << '\n';
}

void printNotices(CliContext &context, const QString &file, const QStringList &notices) {
    for (const QString &notice : notices)
        context.out() << file << ": " << notice << '\n';
}

} // namespace cd::cli
