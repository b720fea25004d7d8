// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "TabularOutput.h"

#include "units/AdminUnitRepository.h"
#include "units/OfficeScope.h"

namespace cd::cli {
namespace {

const QCommandLineOption provinceOption(QStringLiteral("province"), CliContext::tr("A province."),
                                        CliContext::tr("NAME"));
const QCommandLineOption districtOption(QStringLiteral("district"), CliContext::tr("A district."),
                                        CliContext::tr("NAME"));

// The units a --province/--district pair names: the communes of a district, the districts of a province,
// the database's own units, or all provinces.
struct Listing {
    AdminUnits units;
    QString scopeName;
};

Result<Listing> resolveListing(Database &db, const QCommandLineParser &parser) {
    AdminUnitRepository repository(db.connection());
    const OfficeScope scope(db.connection());
    const auto current = scope.current();

    std::optional<AdminUnit> province;
    if (parser.isSet(provinceOption)) {
        const auto found = UnitMatcher(repository.provinces(), CliContext::tr("Vietnam"))
                               .match(parser.value(provinceOption));
        if (!found)
            return Error{found.error().message, {}, 0, QStringLiteral("--province")};
        province = found.value();
    } else if (current) {
        province = current->province;
    }

    if (parser.isSet(districtOption)) {
        AdminUnits districts;
        QString where = CliContext::tr("Vietnam");
        if (province) {
            districts = repository.children(province->code);
            where = province->nameWithType;
        } else {
            for (const AdminUnit &p : repository.provinces())
                districts += repository.children(p.code);
        }
        const auto district = UnitMatcher(districts, where).match(parser.value(districtOption));
        if (!district)
            return Error{district.error().message, {}, 0, QStringLiteral("--district")};
        return Listing{repository.children(district->code), district->nameWithType};
    }
    if (parser.isSet(provinceOption))
        return Listing{repository.children(province->code), province->nameWithType};
    if (current)
        return Listing{scope.communes(), current->displayName()};
    return Listing{repository.provinces(), CliContext::tr("Vietnam")};
}

TabularOutput unitTable(const AdminUnits &units) {
    TabularOutput table({{QStringLiteral("order"), CliContext::tr("No."), true},
                         {QStringLiteral("code"), CliContext::tr("Code")},
                         {QStringLiteral("name_with_type"), CliContext::tr("Unit")},
                         {QStringLiteral("name"), CliContext::tr("Name")},
                         {QStringLiteral("type"), CliContext::tr("Type")},
                         {QStringLiteral("parent_code"), CliContext::tr("Parent")}});
    int order = 0;
    for (const AdminUnit &unit : units)
        table.addRow({++order, unit.code, unit.nameWithType, unit.name, unit.type, unit.parentCode});
    return table;
}

int runList(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Lists administrative units with their official codes, in the office's order: the "
        "communes of --district, the districts of --province, or the database's own communes."));
    parser.addOptions({provinceOption, districtOption, formatOption()});
    if (const int code = parseCommand(context, parser, QStringLiteral("units list"), args); code >= 0)
        return code;
    OutputFormat format = OutputFormat::Table;
    if (const int code = readFormat(context, parser, format); code >= 0)
        return code;
    Database *db = context.database();
    if (!db)
        return DataError;
    const auto listing = resolveListing(*db, parser);
    if (!listing)
        return context.fail(listing.error());
    unitTable(listing->units).write(context.out(), format);
    return Success;
}

int runFind(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Resolves unit names as they are written in files to official units, among the communes "
        "of --district, the communes of --province, or the database's own communes."));
    parser.addOptions({provinceOption, districtOption, formatOption()});
    parser.addPositionalArgument(QStringLiteral("names"), CliContext::tr("Names to look up."),
                                 CliContext::tr("NAME…"));
    if (const int code = parseCommand(context, parser, QStringLiteral("units find"), args); code >= 0)
        return code;
    OutputFormat format = OutputFormat::Table;
    if (const int code = readFormat(context, parser, format); code >= 0)
        return code;
    if (parser.positionalArguments().isEmpty())
        return context.usage(CliContext::tr("units find needs at least one NAME"));
    Database *db = context.database();
    if (!db)
        return DataError;

    // The communes of --district, of --province, or of the database's own area.
    std::optional<UnitMatcher> matcher;
    if (parser.isSet(districtOption) || parser.isSet(provinceOption)) {
        const auto listing = resolveListing(*db, parser);
        if (!listing)
            return context.fail(listing.error());
        AdminUnits communes = listing->units;
        if (!parser.isSet(districtOption)) {
            const AdminUnitRepository repository(db->connection());
            communes.clear();
            for (const AdminUnit &district : listing->units)
                communes += repository.children(district.code);
        }
        matcher.emplace(communes, listing->scopeName);
    } else if (OfficeScope(db->connection()).current()) {
        matcher.emplace(OfficeScope(db->connection()).communeMatcher());
    } else {
        return context.usage(CliContext::tr("give --province or --district, or run “init” first"));
    }

    TabularOutput table({{QStringLiteral("input"), CliContext::tr("Written")},
                         {QStringLiteral("code"), CliContext::tr("Code")},
                         {QStringLiteral("name_with_type"), CliContext::tr("Unit")}});
    int failures = 0;
    for (const QString &name : parser.positionalArguments()) {
        const auto unit = matcher->match(name);
        if (!unit) {
            context.fail(unit.error());
            ++failures;
            continue;
        }
        table.addRow({name, unit->code, unit->nameWithType});
    }
    table.write(context.out(), format);
    return failures ? DataError : Success;
}

int runOrder(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Sets the order in which the database's communes (districts, for a province) appear in "
        "every table, chart and report. Units not named follow in code order."));
    const QCommandLineOption reset(QStringLiteral("reset"), CliContext::tr("Back to official code order."));
    parser.addOption(reset);
    parser.addPositionalArgument(QStringLiteral("units"), CliContext::tr("Units in the wanted order."),
                                 CliContext::tr("NAME…"));
    if (const int code = parseCommand(context, parser, QStringLiteral("units order"), args); code >= 0)
        return code;
    if (parser.isSet(reset) == !parser.positionalArguments().isEmpty())
        return context.usage(CliContext::tr("give either --reset or the units in order"));
    Database *db = context.database();
    if (!db)
        return DataError;
    OfficeScope scope(db->connection());
    if (!scope.current())
        return context.fail(makeError(CliContext::tr("the database serves no area yet; run “init” first")));
    QStringList codes;
    const UnitMatcher matcher = scope.reportingUnitMatcher();
    for (const QString &name : parser.positionalArguments()) {
        const auto unit = matcher.match(name);
        if (!unit)
            return context.fail(unit.error());
        codes << unit->code;
    }
    if (auto status = scope.setOrder(codes); !status)
        return context.fail(status.error());
    unitTable(scope.reportingUnits()).write(context.out(), OutputFormat::Table);
    return Success;
}

} // namespace

int runUnits(CliContext &context, const QStringList &args) {
    return dispatchSubcommand(
        context, QStringLiteral("units"),
        {{QStringLiteral("list"), CliContext::tr("List units with their codes."), &runList},
         {QStringLiteral("find"), CliContext::tr("Resolve written names to units."), &runFind},
         {QStringLiteral("order"), CliContext::tr("Set the order of the database's communes."), &runOrder}},
        args);
}

} // namespace cd::cli
