// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "TabularOutput.h"

#include "common/Clock.h"
#include "common/VnFormat.h"
#include "stats/CheckpointStatistics.h"
#include "stats/UnitStatistics.h"
#include "units/OfficeScope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd::cli {
namespace {

// The columns `--columns` can add to `stats communes`, beyond the stable JSON.
struct ExtraColumn {
    QString key;
    const char *title;
    qint64 UnitStatisticsRow::*field;
};
const ExtraColumn kExtraColumns[] = {
    {QStringLiteral("with_scans"), QT_TRANSLATE_NOOP("CliContext", "With scans"),
     &UnitStatisticsRow::withScans},
    {QStringLiteral("without_scans"), QT_TRANSLATE_NOOP("CliContext", "Without scans"),
     &UnitStatisticsRow::withoutScans},
    {QStringLiteral("scans_7d"), QT_TRANSLATE_NOOP("CliContext", "Scans 7 days"),
     &UnitStatisticsRow::scans7d},
};

QJsonObject totalsJson(const UnitStatisticsRow &row, const QVector<const ExtraColumn *> &extra) {
    QJsonObject object{{QStringLiteral("checkpoints"), row.checkpoints},
                       {QStringLiteral("active_7d"), row.active7d},
                       {QStringLiteral("scans"), row.scans}};
    for (const ExtraColumn *column : extra)
        object.insert(column->key, row.*column->field);
    return object;
}

// --unit: a commune or a district of the area, by name as people write it or by code.
Result<QString> unitOption(Database &db, const QCommandLineParser &parser, const QCommandLineOption &option) {
    if (!parser.isSet(option))
        return QString();
    const QString text = parser.value(option);
    const OfficeScope scope(db.connection());
    if (const auto scopeNow = scope.current();
        scopeNow &&
        (text == scopeNow->province.code || (scopeNow->district && text == scopeNow->district->code)))
        return text;
    if (const auto unit = scope.reportingUnitMatcher().match(text))
        return unit->code;
    const auto commune = scope.communeMatcher().match(text);
    if (!commune)
        return Error{commune.error().message, {}, 0, QStringLiteral("--") + option.names().first()};
    return commune->code;
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
    const QCommandLineOption district(
        QStringLiteral("district"),
        CliContext::tr("For a province database: the communes of this district instead of the districts."),
        CliContext::tr("NAME"));
    const QCommandLineOption columns(
        QStringLiteral("columns"),
        CliContext::tr("Extra columns, comma-separated: with_scans (checkpoints with scans in the period), "
                       "without_scans, scans_7d (scans in the last 7 days)."),
        CliContext::tr("LIST"));
    parser.addOptions({from, asOf, district, columns, formatOption()});
    if (const int code = parseCommand(context, parser, QStringLiteral("stats communes"), args); code >= 0)
        return code;
    OutputFormat format = OutputFormat::Table;
    if (const int code = readFormat(context, parser, format); code >= 0)
        return code;
    QVector<const ExtraColumn *> extra;
    for (const QString &key : parser.value(columns).split(u',', Qt::SkipEmptyParts)) {
        const auto known = std::find_if(std::begin(kExtraColumns), std::end(kExtraColumns),
                                        [&](const ExtraColumn &c) { return c.key == key.trimmed(); });
        if (known == std::end(kExtraColumns))
            return context.usage(
                CliContext::tr("unknown column “%1” (use with_scans, without_scans, scans_7d)")
                    .arg(key.trimmed()));
        extra.append(&*known);
    }
    const auto fromDayOption = dateOption(parser, from);
    if (!fromDayOption)
        return context.fail(fromDayOption.error());
    const QDate fromDay = fromDayOption.value();
    const auto asOfDayOption = dateOption(parser, asOf, clock::today());
    if (!asOfDayOption)
        return context.fail(asOfDayOption.error());
    const QDate asOfDay = asOfDayOption.value();
    Database *db = context.database();
    if (!db)
        return DataError;
    QString parentCode;
    if (parser.isSet(district)) {
        const auto unit = OfficeScope(db->connection()).reportingUnitMatcher().match(parser.value(district));
        if (!unit)
            return context.fail(Error{unit.error().message, {}, 0, QStringLiteral("--district")});
        parentCode = unit->code;
    }
    const auto stats = UnitStatisticsQuery(db->connection()).table(asOfDay, fromDay, parentCode);
    if (!stats)
        return context.fail(stats.error());

    if (format == OutputFormat::Json) {
        QJsonArray rows;
        for (const UnitStatisticsRow &row : stats->rows) {
            QJsonObject object = totalsJson(row, extra);
            object.insert(QStringLiteral("stt"), row.stt);
            object.insert(QStringLiteral("code"), row.unit.code);
            object.insert(QStringLiteral("name"), row.unit.nameWithType);
            rows.append(object);
        }
        const QJsonObject document{{QStringLiteral("from"), stats->from.toString(Qt::ISODate)},
                                   {QStringLiteral("as_of"), stats->asOf.toString(Qt::ISODate)},
                                   {QStringLiteral("rows"), rows},
                                   {QStringLiteral("total"), totalsJson(stats->total, extra)}};
        context.out() << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
        context.out().flush();
        return Success;
    }
    QVector<TabularOutput::Column> headings{
        {QStringLiteral("stt"), CliContext::tr("No."), true},
        {QStringLiteral("code"), CliContext::tr("Code")},
        {QStringLiteral("name"), CliContext::tr("Unit")},
        {QStringLiteral("checkpoints"), CliContext::tr("Checkpoints"), true},
        {QStringLiteral("active_7d"), CliContext::tr("Active 7 days"), true},
        {QStringLiteral("scans"), CliContext::tr("Scans"), true}};
    for (const ExtraColumn *column : extra)
        headings.append({column->key, CliContext::tr(column->title), true});
    TabularOutput table(headings);
    const auto cells = [&](const UnitStatisticsRow &row, const QVariant &stt, const QString &code,
                           const QString &name) {
        QVariantList values{stt, code, name, row.checkpoints, row.active7d, row.scans};
        for (const ExtraColumn *column : extra)
            values << row.*column->field;
        return values;
    };
    for (const UnitStatisticsRow &row : stats->rows)
        table.addRow(cells(row, row.stt, row.unit.code, row.unit.nameWithType));
    table.addRow(cells(stats->total, QVariant(), QString(), CliContext::tr("Total")));
    if (format == OutputFormat::Table)
        context.out()
            << CliContext::tr("From %1 to %2").arg(format::date(stats->from), format::date(stats->asOf))
            << '\n';
    table.write(context.out(), format);
    if (format == OutputFormat::Table && !stats->flaggedUnits().isEmpty())
        context.out() << CliContext::tr("No scan at all in the last 7 days: %1")
                             .arg(stats->flaggedUnits().join(QStringLiteral(", ")))
                      << Qt::endl;
    return Success;
}

int runCheckpointList(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Checkpoints with their scans in the period, in the last 7 days and their last scan day. "
        "With --inactive-days N, the follow-up list instead: open checkpoints scanned before "
        "the last N days but not in them, the longest silent first."));
    const QCommandLineOption from(QStringLiteral("from"), CliContext::tr("First day of the period."),
                                  CliContext::tr("DATE"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  CliContext::tr("Last day, inclusive (default: today)."),
                                  CliContext::tr("DATE"));
    const QCommandLineOption unit(QStringLiteral("unit"),
                                  CliContext::tr("Only the checkpoints of this commune or district."),
                                  CliContext::tr("NAME"));
    const QCommandLineOption inactiveDays(
        QStringLiteral("inactive-days"),
        CliContext::tr("List the checkpoints without scans in the last N days."), CliContext::tr("N"));
    parser.addOptions({from, asOf, unit, inactiveDays, formatOption()});
    if (const int code = parseCommand(context, parser, QStringLiteral("stats checkpoints"), args); code >= 0)
        return code;
    OutputFormat format = OutputFormat::Table;
    if (const int code = readFormat(context, parser, format); code >= 0)
        return code;
    int days = 0;
    if (parser.isSet(inactiveDays)) {
        bool ok = false;
        days = parser.value(inactiveDays).toInt(&ok);
        if (!ok || days < 1)
            return context.usage(
                CliContext::tr("--inactive-days needs a whole number of days, at least 1, not “%1”")
                    .arg(parser.value(inactiveDays)));
    }
    const auto fromDay = dateOption(parser, from);
    if (!fromDay)
        return context.fail(fromDay.error());
    const auto asOfDay = dateOption(parser, asOf, clock::today());
    if (!asOfDay)
        return context.fail(asOfDay.error());
    Database *db = context.database();
    if (!db)
        return DataError;
    const auto unitCode = unitOption(*db, parser, unit);
    if (!unitCode)
        return context.fail(unitCode.error());
    const CheckpointStatisticsQuery query(db->connection());
    const auto rows = days > 0 ? query.inactive(asOfDay.value(), days, unitCode.value())
                               : query.list(asOfDay.value(), fromDay.value(), unitCode.value());
    if (!rows)
        return context.fail(rows.error());

    TabularOutput table({{QStringLiteral("code"), CliContext::tr("Code")},
                         {QStringLiteral("name"), CliContext::tr("Checkpoint")},
                         {QStringLiteral("type"), CliContext::tr("Type")},
                         {QStringLiteral("commune"), CliContext::tr("Commune")},
                         {QStringLiteral("phone"), CliContext::tr("Phone")},
                         {QStringLiteral("scans"), CliContext::tr("Scans"), true},
                         {QStringLiteral("scans_7d"), CliContext::tr("Scans 7 days"), true},
                         {QStringLiteral("last_scan"), CliContext::tr("Last scan")},
                         {QStringLiteral("inactive"), CliContext::tr("Stopped")}});
    for (const CheckpointStatisticsRow &row : rows.value()) {
        const QVariant lastScan = !row.lastScanDay.isValid() ? QVariant()
                                  : format == OutputFormat::Table
                                      ? QVariant(format::date(row.lastScanDay))
                                      : QVariant(row.lastScanDay.toString(Qt::ISODate));
        const QVariant inactive = format == OutputFormat::Table
                                      ? QVariant(row.inactive ? CliContext::tr("yes") : QString())
                                      : QVariant(row.inactive);
        table.addRow({row.code, row.name, row.typeName, row.communeName, row.phone, row.scans, row.scans7d,
                      lastScan, inactive});
    }
    table.write(context.out(), format);
    if (format == OutputFormat::Table)
        context.out() << CliContext::tr("%n checkpoint(s)", nullptr, int(table.rowCount())) << Qt::endl;
    return Success;
}

} // namespace

int runStats(CliContext &context, const QStringList &args) {
    return dispatchSubcommand(
        context, QStringLiteral("stats"),
        {{QStringLiteral("communes"), CliContext::tr("The commune table of the annex."), &runCommunes},
         {QStringLiteral("checkpoints"),
          CliContext::tr("Checkpoints with their scans and last scan day, or the ones that stopped."),
          &runCheckpointList}},
        args);
}

} // namespace cd::cli
