// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "TabularOutput.h"

#include "common/Clock.h"
#include "common/VnFormat.h"
#include "database/Dialect.h"
#include "export/SheetWriters.h"
#include "province/DistrictOffices.h"
#include "retention/Retention.h"
#include "scans/ScanTime.h"
#include "trace/ContactTracer.h"
#include "trace/PersonSearch.h"
#include "trace/TraceAudit.h"
#include "trace/TraceSheets.h"

#include <QDateTime>
#include <QJsonDocument>

namespace cd::cli {
namespace {

using namespace cd::trace;

// A core sheet as CLI output: the same columns, numbers right-aligned in tables.
TabularOutput tabular(const SheetData &sheet, OutputFormat format) {
    QVector<TabularOutput::Column> columns;
    QVector<bool> numeric(sheet.columns.size(), false);
    for (const QVariantList &row : sheet.rows)
        for (int c = 0; c < row.size() && c < numeric.size(); ++c)
            numeric[c] =
                numeric[c] || row[c].typeId() == QMetaType::Int || row[c].typeId() == QMetaType::LongLong;
    for (int c = 0; c < sheet.columns.size(); ++c)
        columns.append({sheet.columns[c].key, sheet.columns[c].heading, numeric[c]});
    TabularOutput out(columns);
    for (QVariantList row : sheet.rows) {
        for (QVariant &cell : row)
            if (format == OutputFormat::Table && cell.typeId() == QMetaType::Double)
                cell = minutesText(qRound64(cell.toDouble() * 60));
        out.addRow(row);
    }
    return out;
}

QString today() {
    return clock::today().toString(Qt::ISODate);
}

void printCandidates(QTextStream &stream, const QVector<Person> &people) {
    TabularOutput table({{QStringLiteral("name"), CliContext::tr("Name")},
                         {QStringLiteral("phone"), CliContext::tr("Phone")},
                         {QStringLiteral("id_number"), CliContext::tr("ID number")},
                         {QStringLiteral("scans"), CliContext::tr("Scans"), true},
                         {QStringLiteral("last_seen"), CliContext::tr("Last seen")}});
    for (const Person &p : people)
        table.addRow({p.name, p.phone, p.idNumber, p.scans, scantime::toVietnamText(p.lastSeen)});
    table.write(stream, OutputFormat::Table);
}

QString tableReport(const TraceResult &result, Phones phones) {
    QString text;
    QTextStream out(&text);
    const Person &p = result.person;
    out << CliContext::tr("Case: %1").arg(p.name.isEmpty() ? p.keys.value(0) : p.name);
    if (!p.phone.isEmpty())
        out << CliContext::tr(", phone %1").arg(shownPhone(p.phone, phones));
    if (!p.idNumber.isEmpty())
        out << CliContext::tr(", ID number %1").arg(shownIdNumber(p.idNumber, phones));
    out << '\n'
        << CliContext::tr("Period %1 to %2, window ±%3 minutes: %4 visit(s), %5 contact(s), %6 site(s).")
               .arg(format::date(result.options.from), format::date(result.options.to))
               .arg(result.options.windowMinutes)
               .arg(format::number(result.visits.size()), format::number(result.contacts.size()),
                    format::number(result.sites.size()))
        << "\n\n";
    const std::pair<QString, SheetData> sections[] = {
        {CliContext::tr("Timeline"), TraceSheets::timeline(result)},
        {CliContext::tr("Contacts"), TraceSheets::overlaps(result, phones)},
        {CliContext::tr("Exposure sites"), TraceSheets::sites(result)}};
    for (const auto &[title, sheet] : sections) {
        out << title << '\n';
        if (sheet.rows.isEmpty())
            out << CliContext::tr("(none)") << '\n';
        else
            tabular(sheet, OutputFormat::Table).write(out, OutputFormat::Table);
        out << '\n';
    }
    out.flush();
    return text;
}

// On a province's server a district office's trace sees its district only: what it shows is not all
// there may be. Empty for the province office and in an office's own file.
QString otherDistrictsNote(const QSqlDatabase &db, QueryKind kind, const QString &text) {
    if (!sql::isServer(db))
        return {};
    const auto district = province::DistrictOffices(db).currentDistrict();
    if (!district || district->isEmpty())
        return {};
    const QString option = kind == QueryKind::Phone      ? QStringLiteral("--phone")
                           : kind == QueryKind::IdNumber ? QStringLiteral("--id")
                                                         : QStringLiteral("--name");
    return CliContext::tr(
               "Only visits in your district are shown; the case may have visits in other districts "
               "of the province, which only the province office can see. Ask it with: "
               "checkpoint-desk trace request %1 \"%2\" --reason \"…\"")
        .arg(option, text);
}

} // namespace

int runTrace(CliContext &context, const QStringList &args) {
    // The log of schema 6 and before was the trace log; "trace audit" still lists the traces in it.
    if (args.value(0) == QLatin1String("audit"))
        return runAudit(context, QStringList{QStringLiteral("list"), QStringLiteral("--action"),
                                             QStringLiteral("trace")} +
                                     args.mid(1));
    if (isTraceRequestCommand(args.value(0)))
        return runTraceRequest(context, args);
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Traces a case: their visits in the period (by default the 14 days up to today), the people who "
        "scanned at the same checkpoints within ±W minutes of them, and the checkpoints to warn. Phone "
        "numbers are shown in full on the terminal and masked in files written with --out unless "
        "--full-phones is given. Every trace, list of people and file written is recorded in the audit log "
        "(“audit list” shows it)."));
    const QCommandLineOption phoneOption(QStringLiteral("phone"),
                                         CliContext::tr("The case's phone, written any way."),
                                         CliContext::tr("PHONE"));
    const QCommandLineOption idOption(
        QStringLiteral("id"), CliContext::tr("The case's ID number (CCCD/CMND)."), QStringLiteral("N"));
    const QCommandLineOption nameOption(QStringLiteral("name"),
                                        CliContext::tr("The case's name, with or without accents."),
                                        CliContext::tr("TEXT"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  CliContext::tr("First day (default: --to minus 14 days)."),
                                  CliContext::tr("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), CliContext::tr("Last day, inclusive (default: today)."),
                                CliContext::tr("DATE"));
    const QCommandLineOption window(
        QStringLiteral("window-minutes"),
        CliContext::tr("Contacts come within W minutes of the case (default 30)."), QStringLiteral("W"),
        QStringLiteral("30"));
    const QCommandLineOption stay(
        QStringLiteral("stay-minutes"),
        CliContext::tr("Assumed stay of a check-in without check-out (default 60)."), QStringLiteral("M"),
        QStringLiteral("60"));
    const QCommandLineOption related(
        QStringLiteral("include-related"),
        CliContext::tr("Also count the parent and sub-checkpoints of the case's."));
    const QCommandLineOption out(QStringLiteral("out"), CliContext::tr("Write to this file instead."),
                                 CliContext::tr("FILE"));
    const QCommandLineOption fullPhones(
        QStringLiteral("full-phones"),
        CliContext::tr("Write phone and ID numbers in full in the --out file."));
    parser.addOptions({phoneOption, idOption, nameOption, from, to, window, stay, related, formatOption(),
                       out, fullPhones});
    if (const int code = parseCommand(context, parser, QStringLiteral("trace"), args); code >= 0)
        return code;
    OutputFormat format = OutputFormat::Table;
    if (const int code = readFormat(context, parser, format); code >= 0)
        return code;
    const int given =
        int(parser.isSet(phoneOption)) + int(parser.isSet(idOption)) + int(parser.isSet(nameOption));
    if (given != 1)
        return context.usage(CliContext::tr("give one of --phone, --id or --name"));
    const QueryKind kind = parser.isSet(phoneOption) ? QueryKind::Phone
                           : parser.isSet(idOption)  ? QueryKind::IdNumber
                                                     : QueryKind::Name;
    const QString text = parser.value(parser.isSet(phoneOption) ? phoneOption
                                      : parser.isSet(idOption)  ? idOption
                                                                : nameOption);
    TraceOptions options;
    bool ok = false;
    options.windowMinutes = parser.value(window).toInt(&ok);
    if (!ok)
        return context.usage(CliContext::tr("--window-minutes needs a whole number of minutes"));
    options.defaultStayMinutes = parser.value(stay).toInt(&ok);
    if (!ok)
        return context.usage(CliContext::tr("--stay-minutes needs a whole number of minutes"));
    options.includeRelatedCheckpoints = parser.isSet(related);
    const auto toDay = dateOption(parser, to);
    if (!toDay)
        return context.fail(toDay.error());
    const auto fromDay = dateOption(parser, from);
    if (!fromDay)
        return context.fail(fromDay.error());
    options.to = toDay.value();
    options.from = fromDay.value();
    TraceOptions::defaultPeriod(options.from, options.to, QDate::fromString(today(), Qt::ISODate));

    Database *db = context.database();
    if (!db)
        return DataError;
    const auto people = PersonSearch(db->connection()).find(kind, text, options.from, options.to);
    if (!people)
        return context.fail(people.error());
    const QString purgeNote =
        purgedPeriodNote(Retention::purgedBefore(db->connection()), options.from, options.to);
    const QString districtNote = otherDistrictsNote(db->connection(), kind, text);
    if (people->isEmpty()) {
        if (!purgeNote.isEmpty())
            context.err() << purgeNote << '\n';
        if (!districtNote.isEmpty())
            context.err() << districtNote << '\n';
        return context.fail(makeError(
            kind == QueryKind::Name ? CliContext::tr("nobody who scanned between %1 and %2 is named “%3”")
                                          .arg(format::date(options.from), format::date(options.to), text)
                                    : CliContext::tr("nobody in the scans matches “%1”").arg(text),
            {}, 0, queryKindKey(kind)));
    }
    if (people->size() > 1) {
        if (auto logged = recordCandidates(db->connection(), kind, *people, options.from, options.to);
            !logged)
            return context.fail(logged.error());
        context.err() << CliContext::tr("%1 people match “%2”:").arg(people->size()).arg(text) << '\n';
        printCandidates(context.err(), *people);
        return context.fail(
            makeError(CliContext::tr("several people match; trace one of them with --phone or --id"), {}, 0,
                      QStringLiteral("name")));
    }
    const auto result = ContactTracer(db->connection()).trace(people->first(), options);
    if (!result)
        return context.fail(result.error());
    // Recorded before anything is shown: a trace that cannot be logged is not shown.
    if (auto logged = recordTrace(db->connection(), *result, kind); !logged)
        return context.fail(logged.error());
    if (!purgeNote.isEmpty())
        context.err() << purgeNote << '\n';
    if (!districtNote.isEmpty())
        context.err() << districtNote << '\n';

    // The terminal is the screen: full phones. A file leaves the screen: masked unless confirmed.
    const bool toFile = parser.isSet(out);
    const Phones phones = !toFile || parser.isSet(fullPhones) ? Phones::Full : Phones::Masked;
    QByteArray bytes;
    switch (format) {
    case OutputFormat::Json:
        bytes = QJsonDocument(TraceSheets::json(*result, phones)).toJson(QJsonDocument::Indented);
        break;
    case OutputFormat::Csv: {
        if (toFile) {
            bytes = sheets::toCsv(TraceSheets::overlaps(*result, phones));
        } else {
            tabular(TraceSheets::overlaps(*result, phones), format).write(context.out(), format);
            return Success;
        }
        break;
    }
    case OutputFormat::Table:
        bytes = tableReport(*result, phones).toUtf8();
        break;
    }
    if (!toFile) {
        context.out() << QString::fromUtf8(bytes);
        context.out().flush();
        return Success;
    }
    if (auto logged = recordExport(db->connection(), *result, {parser.value(out)}, phones); !logged)
        return context.fail(logged.error());
    if (auto written = sheets::writeFile(parser.value(out), bytes); !written)
        return context.fail(written.error());
    context.out() << CliContext::tr("Trace written to %1: %2 visit(s), %3 contact(s), %4 site(s).")
                         .arg(parser.value(out), format::number(result->visits.size()),
                              format::number(result->contacts.size()), format::number(result->sites.size()))
                  << '\n';
    if (phones == Phones::Masked)
        context.out() << CliContext::tr(
                             "Phone and ID numbers were masked in the file; add --full-phones to write them "
                             "in full.")
                      << '\n';
    context.out().flush();
    return Success;
}

} // namespace cd::cli
