// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "DbCommands.h"

#include "common/VnFormat.h"
#include "database/Schema.h"
#include "units/AdminUnitRepository.h"
#include "units/OfficeScope.h"

namespace cd::cli {
namespace {

int runCheck(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr("Opens the database (creating or upgrading it), runs SQLite's full integrity and "
                       "foreign-key checks and prints what it holds. Exit code 1 when a problem is found."));
    if (const int code = parseCommand(context, parser, QStringLiteral("db check"), args); code >= 0)
        return code;
    Database *db = context.database();
    if (!db)
        return DataError;
    const auto problems = db->checkIntegrity();
    if (!problems)
        return context.fail(problems.error());

    const auto scope = OfficeScope(db->connection()).current();
    QTextStream &out = context.out();
    out << CliContext::tr("Database:        %1").arg(db->path()) << '\n'
        << CliContext::tr("Schema version:  %1 (this program: %2)")
               .arg(db->schemaVersion())
               .arg(schema::latestVersion())
        << '\n'
        << CliContext::tr("Admin. units:    %1")
               .arg(format::number(AdminUnitRepository(db->connection()).count()))
        << '\n'
        << CliContext::tr("Area served:     %1")
               .arg(scope ? scope->displayName() : CliContext::tr("not set (run “init”)"))
        << '\n';
    if (!db->backupPath().isEmpty())
        out << CliContext::tr("Backup taken before the upgrade: %1").arg(db->backupPath()) << '\n';
    if (problems->isEmpty()) {
        out << CliContext::tr("Integrity:       ok") << Qt::endl;
        return Success;
    }
    out.flush();
    for (const QString &problem : *problems)
        context.err() << CliContext::tr("problem: %1").arg(problem) << '\n';
    context.err().flush();
    return DataError;
}

} // namespace

int runDb(CliContext &context, const QStringList &args) {
    return dispatchSubcommand(
        context, QStringLiteral("db"),
        {{QStringLiteral("check"), CliContext::tr("Check integrity and show the schema."), &runCheck},
         {QStringLiteral("backup"), CliContext::tr("Write a consistent copy of the database."), &runDbBackup},
         {QStringLiteral("restore"), CliContext::tr("Replace the database with a checked backup."),
          &runDbRestore},
         {QStringLiteral("auto-backup"), CliContext::tr("Show or set the automatic daily backup."),
          &runDbAutoBackup},
         {QStringLiteral("copy"), CliContext::tr("Copy an office's data to or from a PostgreSQL server."),
          &runDbCopy},
         {QStringLiteral("purge"), CliContext::tr("Delete personal data past its retention period."),
          &runDbPurge},
         {QStringLiteral("retention"), CliContext::tr("Show or set how long personal data is kept."),
          &runDbRetention}},
        args);
}

} // namespace cd::cli
