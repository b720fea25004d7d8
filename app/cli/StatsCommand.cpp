// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "TabularOutput.h"

#include "common/VnFormat.h"
#include "stats/UnitStatistics.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd::cli {
namespace {

QJsonObject totalsJson(const UnitStatisticsRow &row) {
    return {{QStringLiteral("checkpoints"), row.checkpoints},
            {QStringLiteral("active_7d"), row.active7d},
            {QStringLiteral("scans"), row.scans}};
}

int runCommunes(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("The steering committee's table: per commune (per "
                                                    "district for a province), the checkpoints registered "
                                                    "by --as-of and not closed before --from, those scanned "
                                                    "in the last 7 days, and the scans of the period. "
                                                    "--from defaults to 1 January of the --as-of year."));
    const QCommandLineOption from(QStringLiteral("from"), CliContext::tr("First day of the period."),
                                  CliContext::tr("DATE"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  CliContext::tr("Last day, inclusive (default: today)."),
                                  CliContext::tr("DATE"));
    parser.addOptions({from, asOf, formatOption()});
    if (const int code = parseCommand(context, parser, QStringLiteral("stats communes"), args); code >= 0)
        return code;
    OutputFormat format = OutputFormat::Table;
    if (const int code = readFormat(context, parser, format); code >= 0)
        return code;
    const auto fromDayOption = dateOption(parser, from);
    if (!fromDayOption)
        return context.fail(fromDayOption.error());
    const QDate fromDay = fromDayOption.value();
    const auto asOfDayOption = dateOption(parser, asOf, QDate::currentDate());
    if (!asOfDayOption)
        return context.fail(asOfDayOption.error());
    const QDate asOfDay = asOfDayOption.value();
    Database *db = context.database();
    if (!db)
        return DataError;
    const auto stats = UnitStatisticsQuery(db->connection()).table(asOfDay, fromDay);
    if (!stats)
        return context.fail(stats.error());

    if (format == OutputFormat::Json) {
        QJsonArray rows;
        for (const UnitStatisticsRow &row : stats->rows) {
            QJsonObject object = totalsJson(row);
            object.insert(QStringLiteral("stt"), row.stt);
            object.insert(QStringLiteral("code"), row.unit.code);
            object.insert(QStringLiteral("name"), row.unit.nameWithType);
            rows.append(object);
        }
        const QJsonObject document{{QStringLiteral("from"), stats->from.toString(Qt::ISODate)},
                                   {QStringLiteral("as_of"), stats->asOf.toString(Qt::ISODate)},
                                   {QStringLiteral("rows"), rows},
                                   {QStringLiteral("total"), totalsJson(stats->total)}};
        context.out() << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
        context.out().flush();
        return Success;
    }
    TabularOutput table({{QStringLiteral("stt"), CliContext::tr("No."), true},
                         {QStringLiteral("code"), CliContext::tr("Code")},
                         {QStringLiteral("name"), CliContext::tr("Unit")},
                         {QStringLiteral("checkpoints"), CliContext::tr("Checkpoints"), true},
                         {QStringLiteral("active_7d"), CliContext::tr("Active 7 days"), true},
                         {QStringLiteral("scans"), CliContext::tr("Scans"), true}});
    for (const UnitStatisticsRow &row : stats->rows)
        table.addRow(
            {row.stt, row.unit.code, row.unit.nameWithType, row.checkpoints, row.active7d, row.scans});
    table.addRow({QVariant(), QString(), CliContext::tr("Total"), stats->total.checkpoints,
                  stats->total.active7d, stats->total.scans});
    if (format == OutputFormat::Table)
        context.out()
            << CliContext::tr("From %1 to %2").arg(format::date(stats->from), format::date(stats->asOf))
            << '\n';
    table.write(context.out(), format);
    return Success;
}

} // namespace

int runStats(CliContext &context, const QStringList &args) {
    return dispatchSubcommand(
        context, QStringLiteral("stats"),
        {{QStringLiteral("communes"), CliContext::tr("The commune table of the annex."), &runCommunes}},
        args);
}

} // namespace cd::cli
