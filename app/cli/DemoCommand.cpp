// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

#include "demo/DemoDatabase.h"
#include "units/OfficeScope.h"

#include <QFile>

namespace cd::cli {
namespace {

int runCreate(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Fills the database given with --db with the Bù Đăng district of dispatch 1687/UBND-VX "
        "(24/08/2021): its communes in the annex's order and, as the program grows, checkpoints "
        "and scans."));
    const QCommandLineOption replace(
        QStringLiteral("replace"),
        CliContext::tr("Make the demonstration database anew. Only a file “demo create” made is replaced; "
                       "an office's own database is refused and left as it is."));
    parser.addOption(replace);
    if (const int code = parseCommand(context, parser, QStringLiteral("demo create"), args); code >= 0)
        return code;
    if (parser.isSet(replace)) {
        if (auto removed = DemoDatabase::removeDemoFile(context.databasePath()); !removed)
            return context.fail(removed.error());
    }
    Database *db = context.database();
    if (!db)
        return DataError;
    if (auto status = DemoDatabase::populate(db->connection()); !status)
        return context.fail(status.error());
    context.out() << CliContext::tr("Demo database ready: %1 (%2)")
                         .arg(db->path(), OfficeScope(db->connection()).current()->displayName())
                  << Qt::endl;
    return Success;
}

} // namespace

int runDemo(CliContext &context, const QStringList &args) {
    return dispatchSubcommand(
        context, QStringLiteral("demo"),
        {{QStringLiteral("create"), CliContext::tr("Create or refresh the demo database."), &runCreate},
         {QStringLiteral("generate-scans"), CliContext::tr("Write a realistic scan export."),
          &runGenerateScans}},
        args);
}

} // namespace cd::cli
