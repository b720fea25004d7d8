// SPDX-License-Identifier: GPL-3.0-or-later
// `scans map`, `scans unmap`, `scans mappings`: what an export calls a checkpoint the register knows
// under another name, so that its rows import instead of being reported as unknown.
#include "Commands.h"
#include "TabularOutput.h"

#include "common/VnFormat.h"
#include "scans/CheckpointAliases.h"

namespace cd::cli {

int runScanMap(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Says which registered checkpoint a place of the scan exports is. LABEL is the unknown checkpoint "
        "as “scans import” reported it (case and spacing do not matter). Later imports, "
        "and the same file imported again, then store its rows at that checkpoint."));
    const QCommandLineOption to(QStringLiteral("to"), CliContext::tr("The registered checkpoint's code."),
                                CliContext::tr("CODE"));
    parser.addOption(to);
    parser.addPositionalArgument(QStringLiteral("label"), CliContext::tr("The unknown checkpoint."),
                                 CliContext::tr("LABEL"));
    if (const int code = parseCommand(context, parser, QStringLiteral("scans map"), args); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(to))
        return context.usage(CliContext::tr("give one LABEL and --to CODE"));
    Database *db = context.database();
    if (!db)
        return DataError;
    const auto alias =
        CheckpointAliases(db->connection()).set(parser.positionalArguments().first(), parser.value(to));
    if (!alias)
        return context.fail(alias.error());
    context.out() << CliContext::tr("“%1” is now checkpoint %2 (%3).")
                         .arg(alias->label, alias->checkpointCode, alias->checkpointName)
                  << Qt::endl;
    return Success;
}

int runScanUnmap(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Forgets a mapping made with “scans map”. Scans "
                                                    "already imported through it stay where they are."));
    parser.addPositionalArgument(QStringLiteral("label"), CliContext::tr("The mapped name."),
                                 CliContext::tr("LABEL"));
    if (const int code = parseCommand(context, parser, QStringLiteral("scans unmap"), args); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.usage(CliContext::tr("give one LABEL"));
    Database *db = context.database();
    if (!db)
        return DataError;
    if (auto removed = CheckpointAliases(db->connection()).remove(parser.positionalArguments().first());
        !removed)
        return context.fail(removed.error());
    return Success;
}

int runScanMappings(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr("Lists what scan exports call checkpoints of the register (made with “scans map” "
                       "or in the import dialog)."));
    parser.addOption(formatOption());
    if (const int code = parseCommand(context, parser, QStringLiteral("scans mappings"), args); code >= 0)
        return code;
    OutputFormat format = OutputFormat::Table;
    if (const int code = readFormat(context, parser, format); code >= 0)
        return code;
    Database *db = context.database();
    if (!db)
        return DataError;
    const auto aliases = CheckpointAliases(db->connection()).list();
    if (!aliases)
        return context.fail(aliases.error());
    TabularOutput table({{QStringLiteral("label"), CliContext::tr("In the exports")},
                         {QStringLiteral("checkpoint_code"), CliContext::tr("Code")},
                         {QStringLiteral("checkpoint_name"), CliContext::tr("Checkpoint")},
                         {QStringLiteral("created_at"), CliContext::tr("Mapped")}});
    for (const CheckpointAlias &alias : aliases.value())
        table.addRow({alias.label, alias.checkpointCode, alias.checkpointName,
                      format == OutputFormat::Table ? format::dateTime(alias.createdAt)
                                                    : alias.createdAt.toString(Qt::ISODate)});
    table.write(context.out(), format);
    return Success;
}

} // namespace cd::cli
