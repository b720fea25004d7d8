// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "CliContext.h"
#include "Commands.h"
#include "audit/AuditLog.h"
#include "common/LibraryVersions.h"
#include "common/Translations.h"
#include "database/Schema.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>

namespace cd::cli {
namespace {

QString takeOption(QStringList &args, const QString &name) {
    const QString equals = name + u'=';
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--"))
            break;
        if (args[i] == name && i + 1 < args.size()) {
            const QString value = args[i + 1];
            args.remove(i, 2);
            return value;
        }
        if (args[i].startsWith(equals)) {
            const QString value = args[i].mid(equals.size());
            args.remove(i);
            return value;
        }
    }
    return {};
}

// Commands or subcommands, their summaries in one column after the longest name and a space.
template <typename Entries>
void printSummaries(QTextStream &out, const Entries &entries) {
    qsizetype width = 11;
    for (const auto &entry : entries)
        width = std::max(width, entry.name.size());
    for (const auto &entry : entries)
        out << "  " << entry.name.leftJustified(width + 1) << entry.summary << '\n';
}

void printOverview(QTextStream &out) {
    out << CliContext::tr(
               "Usage: checkpoint-desk [--db PATH] [--lang vi|en] [--operator NAME] [COMMAND [ARGS…]]")
        << "\n\n"
        << CliContext::tr("Without a command the desktop application starts.") << "\n\n"
        << CliContext::tr("Commands:") << '\n';
    printSummaries(out, commands());
    out << '\n'
        << CliContext::tr("Global options:") << '\n'
        << "  --db PATH     "
        << CliContext::tr("The database file (default: %1).").arg(Database::defaultPath()) << '\n'
        << "  --lang vi|en  " << CliContext::tr("Language of messages.") << '\n'
        << "  --operator NAME  " << CliContext::tr("Your name, for the audit log (default: the login name).")
        << '\n'
        << '\n'
        << CliContext::tr("Run “checkpoint-desk COMMAND --help” for a command's options.") << '\n';
    out.flush();
}

} // namespace

QString takeDatabaseOption(QStringList &args) {
    return takeOption(args, QStringLiteral("--db"));
}

QString takeLanguageOption(QStringList &args) {
    return takeOption(args, QStringLiteral("--lang"));
}

QString takeOperatorOption(QStringList &args) {
    return takeOption(args, QStringLiteral("--operator"));
}

bool isCommandLineInvocation(const QStringList &original) {
    QStringList args = original;
    takeDatabaseOption(args);
    takeLanguageOption(args);
    takeOperatorOption(args);
    return args.size() > 1;
}

int run(const QStringList &original) {
    QStringList args = original;
    QString databasePath = takeDatabaseOption(args);
    const QString language = takeLanguageOption(args);
    // Who is at the keyboard, for the audit log; the operating-system user when not given.
    if (const QString operatorName = takeOperatorOption(args); !operatorName.trimmed().isEmpty())
        audit::setOperatorName(operatorName);
    i18n::install(i18n::availableLanguages().contains(language) ? language : i18n::preferredLanguage());

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (databasePath.isEmpty())
        databasePath = Database::defaultPath();
    CliContext context(databasePath, out, err);

    const QString name = args.value(1);
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        printOverview(out);
        return Success;
    }
    if (name == QLatin1String("--version") || name == QLatin1String("-v")) {
        // What a bug report needs: the program, the schema it writes and the libraries it runs with.
        out << "checkpoint-desk " << QCoreApplication::applicationVersion() << '\n'
            << CliContext::tr("database schema %1").arg(schema::latestVersion()) << '\n';
        for (const auto &[library, version] : libraryVersions())
            out << library << ' ' << version << '\n';
        out.flush();
        return Success;
    }
    for (const Command &command : commands()) {
        if (command.name == name)
            return command.run(context, args.mid(2));
    }
    printOverview(err);
    return context.usage(CliContext::tr("unknown command “%1”").arg(name));
}

int dispatchSubcommand(CliContext &context, const QString &command, const QVector<Subcommand> &subcommands,
                       const QStringList &args) {
    const QString name = args.value(0);
    for (const Subcommand &subcommand : subcommands) {
        if (subcommand.name == name)
            return subcommand.run(context, args.mid(1));
    }
    QTextStream &stream = (name.isEmpty() || name == QLatin1String("--help") || name == QLatin1String("-h"))
                              ? context.out()
                              : context.err();
    stream << CliContext::tr("Usage: checkpoint-desk %1 SUBCOMMAND [OPTIONS]").arg(command) << "\n\n"
           << CliContext::tr("Subcommands:") << '\n';
    printSummaries(stream, subcommands);
    stream.flush();
    if (name == QLatin1String("--help") || name == QLatin1String("-h"))
        return Success;
    return context.usage(name.isEmpty() ? CliContext::tr("%1 needs a subcommand").arg(command)
                                        : CliContext::tr("unknown subcommand “%1 %2”").arg(command, name));
}

const QVector<Command> &commands() {
    static const QVector<Command> all{
        {QStringLiteral("init"), CliContext::tr("Set the province and district this database serves."),
         &runInit},
        {QStringLiteral("units"), CliContext::tr("List and look up administrative units."), &runUnits},
        {QStringLiteral("checkpoints"),
         CliContext::tr("Register, change, list, import and export checkpoints."), &runCheckpoints},
        {QStringLiteral("posters"), CliContext::tr("Print QR posters to PDF, every code verified."),
         &runPosters},
        {QStringLiteral("qr"), CliContext::tr("Read QR codes from images."), &runQr},
        {QStringLiteral("scans"), CliContext::tr("Import and list scans."), &runScans},
        {QStringLiteral("checkin"), CliContext::tr("Record people at a check-in desk from scanner lines."),
         &runCheckin},
        {QStringLiteral("imports"), CliContext::tr("List the imports made."), &runImportsLog},
        {QStringLiteral("stats"), CliContext::tr("Statistics per commune for the steering committee."),
         &runStats},
        {QStringLiteral("report"), CliContext::tr("Write the statistics report as PDF, XLSX or CSV."),
         &runReport},
        {QStringLiteral("trace"), CliContext::tr("Trace a case's visits, contacts and exposure sites."),
         &runTrace},
        {QStringLiteral("audit"), CliContext::tr("List and export the audit log of personal data."),
         &runAudit},
        {QStringLiteral("district"), CliContext::tr("The province server's district offices."), &runDistrict},
        {QStringLiteral("db"),
         CliContext::tr("Check, back up and restore the database; purge personal data past its time."),
         &runDb},
        {QStringLiteral("demo"), CliContext::tr("Create the Bù Đăng demonstration database."), &runDemo},
    };
    return all;
}

} // namespace cd::cli
