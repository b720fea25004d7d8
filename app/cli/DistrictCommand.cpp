// SPDX-License-Identifier: GPL-3.0-or-later
// `district add|list|remove`: the province office's district offices on its server, each a PostgreSQL
// role that sees only its own district (docs/province-server.md).
#include "Commands.h"
#include "TabularOutput.h"

#include "province/DistrictOffices.h"

namespace cd::cli {
namespace {

using province::DistrictOffices;

int runDistrictAdd(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Adds a district office to the province's server: creates the PostgreSQL role ROLE when it does not "
        "exist (it can log in; its password is set by the server's administrator, e.g. with psql's "
        "\\password), and lets it read and write the checkpoints, scans and counts of its district only. Run "
        "by the province office, the owner of the database."));
    const QCommandLineOption district(QStringLiteral("district"),
                                      CliContext::tr("The district's official code (see “units list”)."),
                                      CliContext::tr("CODE"));
    parser.addOption(district);
    parser.addPositionalArgument(QStringLiteral("role"), CliContext::tr("The district office's role."),
                                 CliContext::tr("ROLE"));
    if (const int code = parseCommand(context, parser, QStringLiteral("district add"), args); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(district))
        return context.usage(CliContext::tr("give one ROLE and --district CODE"));
    Database *db = context.database();
    if (!db)
        return DataError;
    const QString role = parser.positionalArguments().first();
    if (auto added = DistrictOffices(db->connection()).add(role, parser.value(district)); !added)
        return context.fail(added.error());
    context.out() << CliContext::tr("District office %1 added for district %2; it sees only that district.")
                         .arg(role, parser.value(district))
                  << Qt::endl;
    return Success;
}

int runDistrictList(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Lists the district offices of the province's server."));
    parser.addOption(formatOption());
    if (const int code = parseCommand(context, parser, QStringLiteral("district list"), args); code >= 0)
        return code;
    OutputFormat format = OutputFormat::Table;
    if (const int code = readFormat(context, parser, format); code >= 0)
        return code;
    Database *db = context.database();
    if (!db)
        return DataError;
    const auto offices = DistrictOffices(db->connection()).list();
    if (!offices)
        return context.fail(offices.error());
    TabularOutput table({{QStringLiteral("role"), CliContext::tr("Role")},
                         {QStringLiteral("district_code"), CliContext::tr("Code")},
                         {QStringLiteral("district"), CliContext::tr("District")},
                         {QStringLiteral("added_at"), CliContext::tr("Added")}});
    for (const province::DistrictOffice &office : offices.value())
        table.addRow({office.role, office.districtCode, office.districtName, office.addedAt});
    table.write(context.out(), format);
    return Success;
}

int runDistrictRemove(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Takes a district office's rights to this database away. The role itself stays on the server (it may "
        "serve other databases): its administrator drops it."));
    parser.addPositionalArgument(QStringLiteral("role"), CliContext::tr("The district office's role."),
                                 CliContext::tr("ROLE"));
    if (const int code = parseCommand(context, parser, QStringLiteral("district remove"), args); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.usage(CliContext::tr("give one ROLE"));
    Database *db = context.database();
    if (!db)
        return DataError;
    const QString role = parser.positionalArguments().first();
    if (auto removed = DistrictOffices(db->connection()).remove(role); !removed)
        return context.fail(removed.error());
    context.out() << CliContext::tr("District office %1 removed.").arg(role) << Qt::endl;
    return Success;
}

} // namespace

int runDistrict(CliContext &context, const QStringList &args) {
    return dispatchSubcommand(
        context, QStringLiteral("district"),
        {{QStringLiteral("add"),
          CliContext::tr("Add a district office (a role that sees its district only)."), &runDistrictAdd},
         {QStringLiteral("list"), CliContext::tr("List the district offices."), &runDistrictList},
         {QStringLiteral("remove"), CliContext::tr("Take a district office's rights away."),
          &runDistrictRemove}},
        args);
}

} // namespace cd::cli
