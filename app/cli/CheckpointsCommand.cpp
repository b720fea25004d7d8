// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckpointOptions.h"
#include "Commands.h"
#include "ImportOutput.h"
#include "TabularOutput.h"

#include "common/Clock.h"
#include "common/VietnameseText.h"
#include "common/VnFormat.h"
#include "database/Transaction.h"
#include "export/SheetWriters.h"
#include "registry/CheckpointRegistry.h"
#include "registry/CheckpointTypes.h"
#include "registry/RegistryExport.h"
#include "registry/RegistryImport.h"
#include "units/OfficeScope.h"

#include <QFileInfo>

namespace cd::cli {
namespace {

Database *openScoped(CliContext &context) {
    Database *db = context.database();
    if (db && !OfficeScope(db->connection()).current()) {
        context.fail(makeError(CliContext::tr("the database serves no area yet; run “init” first")));
        return nullptr;
    }
    return db;
}

// Every problem of the checkpoint but a type the office has not met yet: saving adds that type as the
// office's own (CheckpointTypes::findOrAdd), and only once the rest is right.
QVector<Error> problemsBeforeSaving(const CheckpointRegistry &registry, Checkpoint &c,
                                    Requirements requirements) {
    const bool typeWritten = c.typeId == 0 && !c.typeName.trimmed().isEmpty();
    QVector<Error> problems = registry.validate(c, requirements);
    if (typeWritten)
        problems.removeIf([](const Error &e) { return e.field == QLatin1String("type"); });
    return problems;
}

void printCheckpoint(CliContext &context, const Checkpoint &c) {
    context.out() << CliContext::tr("%1  %2 (%3), %4, %5, %6")
                         .arg(c.code, c.name, c.typeName, c.address, c.communeName, c.phone)
                  << Qt::endl;
}

int runAdd(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Registers a checkpoint with the fields of the national form. Required: --name, --type, --phone, "
        "--commune, --address."));
    const CheckpointOptions options;
    options.addTo(parser);
    if (const int code = parseCommand(context, parser, QStringLiteral("checkpoints add"), args); code >= 0)
        return code;
    Database *db = openScoped(context);
    if (!db)
        return DataError;
    Checkpoint c;
    c.registeredOn = clock::today(); // a checkpoint registered by hand is registered today unless told
    if (auto applied = options.applyTo(parser, *db, c); !applied)
        return context.fail(applied.error());
    CheckpointRegistry registry(db->connection());
    if (const QVector<Error> problems = problemsBeforeSaving(registry, c, Requirements::NationalForm);
        !problems.isEmpty())
        return reportProblems(context, problems);
    const auto added = registry.add(c);
    if (!added)
        return context.fail(added.error());
    printCheckpoint(context, added.value());
    return Success;
}

int runEdit(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Changes the fields given of the checkpoint CODE; --code "
                                                    "gives it a new code."));
    const CheckpointOptions options;
    options.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("code"), CliContext::tr("The checkpoint to change."),
                                 CliContext::tr("CODE"));
    if (const int code = parseCommand(context, parser, QStringLiteral("checkpoints edit"), args); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.usage(CliContext::tr("checkpoints edit needs exactly one CODE"));
    Database *db = openScoped(context);
    if (!db)
        return DataError;
    CheckpointRegistry registry(db->connection());
    auto c = registry.byCode(parser.positionalArguments().first());
    if (!c)
        return context.fail(makeError(CliContext::tr("there is no checkpoint with the code “%1”")
                                          .arg(parser.positionalArguments().first())));
    if (auto applied = options.applyTo(parser, *db, *c); !applied)
        return context.fail(applied.error());
    if (const QVector<Error> problems = problemsBeforeSaving(registry, *c, Requirements::Register);
        !problems.isEmpty())
        return reportProblems(context, problems);
    const auto updated = registry.update(*c);
    if (!updated)
        return context.fail(updated.error());
    printCheckpoint(context, updated.value());
    return Success;
}

// close, reopen and delete: one checkpoint by code, one action.
int runStatusChange(CliContext &context, const QStringList &args, const QString &command) {
    QCommandLineParser parser;
    const QCommandLineOption on(QStringLiteral("on"), CliContext::tr("Day of closing (default: today)."),
                                CliContext::tr("DATE"));
    if (command == QLatin1String("close")) {
        parser.setApplicationDescription(
            CliContext::tr("Closes checkpoints: they stay in the register and its "
                           "history, and count no more from the day of closing."));
        parser.addOption(on);
    } else if (command == QLatin1String("reopen")) {
        parser.setApplicationDescription(CliContext::tr("Reopens closed checkpoints."));
    } else {
        parser.setApplicationDescription(
            CliContext::tr("Deletes checkpoints that nothing refers to; close the "
                           "others instead."));
    }
    parser.addPositionalArgument(QStringLiteral("codes"), CliContext::tr("Checkpoint codes."),
                                 CliContext::tr("CODE…"));
    if (const int code = parseCommand(context, parser, QStringLiteral("checkpoints ") + command, args);
        code >= 0)
        return code;
    if (parser.positionalArguments().isEmpty())
        return context.usage(CliContext::tr("give at least one CODE"));
    Database *db = openScoped(context);
    if (!db)
        return DataError;
    const auto onOption = dateOption(parser, on, clock::today());
    if (!onOption)
        return context.fail(onOption.error());
    const QDate day = onOption.value();
    CheckpointRegistry registry(db->connection());
    Transaction transaction(db->connection());
    for (const QString &codeText : parser.positionalArguments()) {
        const auto c = registry.byCode(codeText);
        if (!c)
            return context.fail(
                makeError(CliContext::tr("there is no checkpoint with the code “%1”").arg(codeText)));
        const Status done = command == QLatin1String("close")    ? registry.close(c->id, day)
                            : command == QLatin1String("reopen") ? registry.reopen(c->id)
                                                                 : registry.remove(c->id);
        if (!done)
            return context.fail(done.error());
    }
    if (!transaction.commit())
        return context.fail(makeError(CliContext::tr("the change could not be saved")));
    context.out() << CliContext::tr("%n checkpoint(s) changed.", nullptr,
                                    int(parser.positionalArguments().size()))
                  << Qt::endl;
    return Success;
}

// list and export share the filters and formats; export writes to a file.
int runListOrExport(CliContext &context, const QStringList &args, bool toFile) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        toFile ? CliContext::tr(
                     "Writes the register to a file: CSV (UTF-8, for spreadsheets), JSON or XLSX, chosen "
                     "by --format or the file's extension. An export re-imports as the same register.")
               : CliContext::tr("Lists checkpoints in the office's commune order, then by code."));
    const FilterOptions filters;
    filters.addTo(parser);
    const QCommandLineOption format(QStringLiteral("format"), CliContext::tr("table, csv, json or xlsx."),
                                    QStringLiteral("table|csv|json|xlsx"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 CliContext::tr("Write to this file instead of the screen."),
                                 CliContext::tr("FILE"));
    parser.addOptions({format, out});
    if (const int code = parseCommand(
            context, parser,
            toFile ? QStringLiteral("checkpoints export") : QStringLiteral("checkpoints list"), args);
        code >= 0)
        return code;
    QString chosen = parser.value(format).toLower();
    if (chosen.isEmpty())
        chosen = toFile ? QFileInfo(parser.value(out)).suffix().toLower() : QStringLiteral("table");
    if (!QStringList{QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json"),
                     QStringLiteral("xlsx")}
             .contains(chosen) ||
        (toFile && chosen == QLatin1String("table")))
        return context.usage(CliContext::tr("unknown format “%1”").arg(chosen));
    if ((toFile || chosen == QLatin1String("xlsx")) && !parser.isSet(out))
        return context.usage(CliContext::tr("give the file to write with --out"));

    Database *db = openScoped(context);
    if (!db)
        return DataError;
    const auto filter = filters.read(parser, *db);
    if (!filter)
        return context.fail(filter.error());
    const Checkpoints checkpoints = CheckpointRegistry(db->connection()).list(filter.value());
    const SheetData sheet = registrySheet(db->connection(), checkpoints);

    if (chosen == QLatin1String("table")) {
        TabularOutput table({{QStringLiteral("code"), CliContext::tr("Code")},
                             {QStringLiteral("name"), CliContext::tr("Name")},
                             {QStringLiteral("type"), CliContext::tr("Type")},
                             {QStringLiteral("commune"), CliContext::tr("Commune")},
                             {QStringLiteral("phone"), CliContext::tr("Phone")},
                             {QStringLiteral("status"), CliContext::tr("Status")}});
        for (const Checkpoint &c : checkpoints)
            table.addRow({c.code, c.name, c.typeName, c.communeName, c.phone,
                          c.isClosed() ? CliContext::tr("closed %1").arg(format::date(c.closedOn))
                                       : CliContext::tr("active")});
        table.write(context.out(), OutputFormat::Table);
        context.out() << CliContext::tr("%n checkpoint(s)", nullptr, int(checkpoints.size())) << Qt::endl;
        return Success;
    }
    Status written = success();
    if (chosen == QLatin1String("xlsx")) {
        written = sheets::writeXlsx(parser.value(out), {sheet});
    } else {
        const QByteArray bytes =
            chosen == QLatin1String("csv") ? sheets::toCsv(sheet) : sheets::toJson(sheet);
        if (parser.isSet(out)) {
            written = sheets::writeFile(parser.value(out), bytes);
        } else {
            context.out() << QString::fromUtf8(chosen == QLatin1String("csv") ? bytes.mid(3) : bytes);
            context.out().flush();
        }
    }
    if (!written)
        return context.fail(written.error());
    if (parser.isSet(out))
        context.out() << CliContext::tr("%n checkpoint(s) written to %1", nullptr, int(checkpoints.size()))
                             .arg(parser.value(out))
                      << Qt::endl;
    return Success;
}

int runImport(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Imports a register from CSV or XLSX as offices keep them: the national form's columns or others "
        "(headers are recognised in Vietnamese or English, with or without diacritics), title, section, "
        "totals and signature rows skipped, units and types written every way. Only a name and a commune are "
        "needed; a type that matches none is added as a type of the office. Re-importing updates by code "
        "and never duplicates. A file with a rejected row writes nothing unless --skip-invalid is given; "
        "then "
        "the rejected rows go to FILE.rejects.csv beside it and the exit code is 3."));
    const ImportOptions importOptions;
    importOptions.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("file"), CliContext::tr("CSV or XLSX file."),
                                 CliContext::tr("FILE"));
    if (const int code = parseCommand(context, parser, QStringLiteral("checkpoints import"), args); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.usage(CliContext::tr("checkpoints import needs exactly one FILE"));
    RegistryImportOptions options;
    if (const Status chosen = importOptions.applyTo(parser, options); !chosen)
        return context.usage(chosen.error().toString());
    Database *db = openScoped(context);
    if (!db)
        return DataError;
    const QString file = parser.positionalArguments().first();
    const auto report = RegistryImporter(db->connection()).run(file, options);
    if (!report)
        return context.fail(report.error());
    printProblems(context, file, report->problems);
    printSkipped(context, file, report->skipped);
    printNotices(context, file, report->notices);
    QTextStream &out = context.out();
    if (!report->newTypes.isEmpty()) {
        QStringList types;
        for (auto it = report->newTypes.cbegin(); it != report->newTypes.cend(); ++it)
            types.append(
                QStringLiteral("%1 (%2)").arg(text::quoted(it.key()), ProblemList::rowsText(it.value())));
        out << CliContext::tr("%1: new types of this office: %2").arg(file, types.join(QStringLiteral(", ")))
            << '\n';
    }
    if (report->derivedAddresses > 0)
        out << CliContext::tr("%1: addresses made from the hamlet and units for %2 without one")
                   .arg(file, ProblemList::rowsText(report->derivedAddresses))
            << '\n';
    out << CliContext::tr("%1: %2 row(s) read, %3 added, %4 updated, %5 unchanged, %6 rejected.")
               .arg(file, format::number(report->rowsRead), format::number(report->added),
                    format::number(report->updated), format::number(report->unchanged),
                    format::number(report->rejected.size()))
        << '\n';
    if (!report->written)
        out << CliContext::tr("Nothing was written: correct the rows above, or use --skip-invalid.") << '\n';
    else if (!report->rejectsFile.isEmpty())
        out << CliContext::tr("Rejected rows written to %1").arg(report->rejectsFile) << '\n';
    out.flush();
    if (report->rejected.isEmpty())
        return Success;
    return report->written ? PartlyWritten : DataError;
}

int runTypes(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Lists the checkpoint types with how many checkpoints have each; adds, renames or merges "
        "types of the office."));
    const QCommandLineOption add(QStringLiteral("add"), CliContext::tr("Add a type."),
                                 CliContext::tr("NAME"));
    const QCommandLineOption rename(QStringLiteral("rename"), CliContext::tr("Rename this type (with --to)."),
                                    CliContext::tr("TYPE"));
    const QCommandLineOption merge(
        QStringLiteral("merge"),
        CliContext::tr("Move this type's checkpoints to another type and remove it "
                       "(with --into)."),
        CliContext::tr("TYPE"));
    const QCommandLineOption to(QStringLiteral("to"), CliContext::tr("The new name."),
                                CliContext::tr("NAME"));
    const QCommandLineOption into(QStringLiteral("into"),
                                  CliContext::tr("The type that takes the checkpoints."),
                                  CliContext::tr("TYPE"));
    parser.addOptions({add, rename, to, merge, into, formatOption()});
    if (const int code = parseCommand(context, parser, QStringLiteral("checkpoints types"), args); code >= 0)
        return code;
    OutputFormat format = OutputFormat::Table;
    if (const int code = readFormat(context, parser, format); code >= 0)
        return code;
    if (parser.isSet(rename) != parser.isSet(to))
        return context.usage(CliContext::tr("--rename needs --to"));
    if (parser.isSet(merge) != parser.isSet(into))
        return context.usage(CliContext::tr("--merge needs --into"));
    Database *db = context.database();
    if (!db)
        return DataError;
    CheckpointTypes types(db->connection());
    if (parser.isSet(add)) {
        if (const auto added = types.add(parser.value(add)); !added)
            return context.fail(added.error());
    }
    if (parser.isSet(rename)) {
        const auto type = types.find(parser.value(rename));
        if (!type)
            return context.fail(Error{type.error().message, {}, 0, QStringLiteral("--rename")});
        if (const auto renamed = types.rename(type->id, parser.value(to)); !renamed)
            return context.fail(renamed.error());
    }
    if (parser.isSet(merge)) {
        const auto from = types.find(parser.value(merge));
        if (!from)
            return context.fail(Error{from.error().message, {}, 0, QStringLiteral("--merge")});
        const auto target = types.find(parser.value(into));
        if (!target)
            return context.fail(Error{target.error().message, {}, 0, QStringLiteral("--into")});
        if (const auto merged = types.merge(from->id, target->id); !merged)
            return context.fail(merged.error());
    }
    const auto all = types.all();
    if (!all)
        return context.fail(all.error());
    const auto usage = types.usage();
    if (!usage)
        return context.fail(usage.error());
    const QStringList national = CheckpointTypes::defaults();
    TabularOutput table({{QStringLiteral("id"), CliContext::tr("No."), true},
                         {QStringLiteral("name"), CliContext::tr("Type")},
                         {QStringLiteral("checkpoints"), CliContext::tr("Checkpoints"), true},
                         {QStringLiteral("origin"), CliContext::tr("Origin")}});
    for (const CheckpointType &type : all.value())
        table.addRow(
            {type.id, type.name, usage->value(type.id),
             national.contains(type.name) ? CliContext::tr("national form") : CliContext::tr("office")});
    table.write(context.out(), format);
    return Success;
}

} // namespace

int runCheckpoints(CliContext &context, const QStringList &args) {
    return dispatchSubcommand(
        context, QStringLiteral("checkpoints"),
        {{QStringLiteral("add"), CliContext::tr("Register a checkpoint."), &runAdd},
         {QStringLiteral("edit"), CliContext::tr("Change a checkpoint."), &runEdit},
         {QStringLiteral("close"), CliContext::tr("Close checkpoints."),
          [](CliContext &c, const QStringList &a) {
              return runStatusChange(c, a, QStringLiteral("close"));
          }},
         {QStringLiteral("reopen"), CliContext::tr("Reopen closed checkpoints."),
          [](CliContext &c, const QStringList &a) {
              return runStatusChange(c, a, QStringLiteral("reopen"));
          }},
         {QStringLiteral("delete"), CliContext::tr("Delete checkpoints nothing refers to."),
          [](CliContext &c, const QStringList &a) {
              return runStatusChange(c, a, QStringLiteral("delete"));
          }},
         {QStringLiteral("list"), CliContext::tr("List checkpoints."),
          [](CliContext &c, const QStringList &a) {
              return runListOrExport(c, a, false);
          }},
         {QStringLiteral("export"), CliContext::tr("Write the register to CSV, JSON or XLSX."),
          [](CliContext &c, const QStringList &a) {
              return runListOrExport(c, a, true);
          }},
         {QStringLiteral("import"), CliContext::tr("Import a register from CSV or XLSX."), &runImport},
         {QStringLiteral("set-qr"), CliContext::tr("Store the QR payload the national system issued."),
          &runSetQr},
         {QStringLiteral("types"), CliContext::tr("List or add checkpoint types."), &runTypes}},
        args);
}

} // namespace cd::cli
