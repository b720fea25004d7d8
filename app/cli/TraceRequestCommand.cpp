// SPDX-License-Identifier: GPL-3.0-or-later
// `trace request|requests|approve|refuse|answer`: on a province's server, a district office's trace sees
// its own district; visits in other districts come through a request the province office approves.
#include "Commands.h"
#include "TabularOutput.h"

#include "common/Clock.h"
#include "common/VnFormat.h"
#include "province/TraceRequests.h"
#include "scans/ScanTime.h"

namespace cd::cli {
namespace {

using province::TraceRequests;
using trace::QueryKind;

int runRequest(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr(
            "Asks the province office to trace a case in the other districts of the province. The province "
            "sees "
            "the request and its reason, traces the case when it approves it, and answers with the case's "
            "visits "
            "in other districts (where, when, how many people were there), which only your office can read "
            "(“trace answer ID”). The phone, ID number or name asked for is deleted once answered, or after "
            "%1 "
            "days.")
            .arg(TraceRequests::kExpiryDays));
    const QCommandLineOption phoneOption(QStringLiteral("phone"), CliContext::tr("The case's phone."),
                                         CliContext::tr("PHONE"));
    const QCommandLineOption idOption(
        QStringLiteral("id"), CliContext::tr("The case's ID number (CCCD/CMND)."), QStringLiteral("N"));
    const QCommandLineOption nameOption(QStringLiteral("name"), CliContext::tr("The case's name."),
                                        CliContext::tr("TEXT"));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    CliContext::tr("Why the case must be traced across districts."),
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
    parser.addOptions({phoneOption, idOption, nameOption, reason, from, to, window});
    if (const int code = parseCommand(context, parser, QStringLiteral("trace request"), args); code >= 0)
        return code;
    const int given =
        int(parser.isSet(phoneOption)) + int(parser.isSet(idOption)) + int(parser.isSet(nameOption));
    if (given != 1 || !parser.isSet(reason))
        return context.usage(CliContext::tr("give one of --phone, --id or --name, and --reason"));
    const QueryKind kind = parser.isSet(phoneOption) ? QueryKind::Phone
                           : parser.isSet(idOption)  ? QueryKind::IdNumber
                                                     : QueryKind::Name;
    const QString text = parser.value(parser.isSet(phoneOption) ? phoneOption
                                      : parser.isSet(idOption)  ? idOption
                                                                : nameOption);
    trace::TraceOptions options;
    bool ok = false;
    options.windowMinutes = parser.value(window).toInt(&ok);
    if (!ok)
        return context.usage(CliContext::tr("--window-minutes needs a whole number of minutes"));
    const auto toDay = dateOption(parser, to);
    if (!toDay)
        return context.fail(toDay.error());
    const auto fromDay = dateOption(parser, from);
    if (!fromDay)
        return context.fail(fromDay.error());
    options.to = toDay.value();
    options.from = fromDay.value();
    trace::TraceOptions::defaultPeriod(options.from, options.to, clock::today());
    Database *db = context.database();
    if (!db)
        return DataError;
    const auto id = TraceRequests(db->connection()).file(kind, text, options, parser.value(reason));
    if (!id)
        return context.fail(id.error());
    context.out() << CliContext::tr("Trace request %1 sent to the province office. Once it is answered, read "
                                    "the answer with: checkpoint-desk trace answer %1")
                         .arg(id.value())
                  << Qt::endl;
    return Success;
}

int runRequests(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Lists the trace requests: the province office sees every district's, a district office its own."));
    parser.addOption(formatOption());
    if (const int code = parseCommand(context, parser, QStringLiteral("trace requests"), args); code >= 0)
        return code;
    OutputFormat format = OutputFormat::Table;
    if (const int code = readFormat(context, parser, format); code >= 0)
        return code;
    Database *db = context.database();
    if (!db)
        return DataError;
    const auto requests = TraceRequests(db->connection()).list();
    if (!requests)
        return context.fail(requests.error());
    TabularOutput table({{QStringLiteral("id"), CliContext::tr("No."), true},
                         {QStringLiteral("status"), CliContext::tr("Status")},
                         {QStringLiteral("requested_by"), CliContext::tr("Office")},
                         {QStringLiteral("requested_at"), CliContext::tr("Asked")},
                         {QStringLiteral("query"), CliContext::tr("Case")},
                         {QStringLiteral("period"), CliContext::tr("Period")},
                         {QStringLiteral("reason"), CliContext::tr("Reason")},
                         {QStringLiteral("note"), CliContext::tr("Note")}});
    for (const province::TraceRequest &r : requests.value())
        table.addRow(
            {r.id, r.status, r.requestedBy, r.requestedAt,
             r.queryText.isEmpty() ? QString()
                                   : QStringLiteral("%1 %2").arg(trace::queryKindKey(r.kind), r.queryText),
             QStringLiteral("%1 – %2").arg(format::date(r.from), format::date(r.to)), r.reason, r.note});
    table.write(context.out(), format);
    return Success;
}

// The request's number, the one positional argument; -1 after printing the usage error.
qint64 requestNumber(CliContext &context, const QCommandLineParser &parser) {
    bool ok = false;
    const qint64 id =
        parser.positionalArguments().size() == 1 ? parser.positionalArguments().first().toLongLong(&ok) : 0;
    if (!ok || id <= 0) {
        context.usage(CliContext::tr("give the request's number"));
        return -1;
    }
    return id;
}

int runApprove(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Approves a district's trace request: traces the case across the province and gives the district its "
        "visits in other districts (not the names of the people met). Province office only."));
    parser.addPositionalArgument(QStringLiteral("id"), CliContext::tr("The request's number."),
                                 QStringLiteral("ID"));
    if (const int code = parseCommand(context, parser, QStringLiteral("trace approve"), args); code >= 0)
        return code;
    const qint64 id = requestNumber(context, parser);
    if (id < 0)
        return UsageError;
    Database *db = context.database();
    if (!db)
        return DataError;
    const auto visits = TraceRequests(db->connection()).approve(id);
    if (!visits)
        return context.fail(visits.error());
    context.out() << CliContext::tr("Trace request %1 answered: %2 visit(s) in other districts.")
                         .arg(id)
                         .arg(format::number(visits.value()))
                  << Qt::endl;
    return Success;
}

int runRefuse(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr("Refuses a district's trace request. Province office only."));
    const QCommandLineOption note(QStringLiteral("note"), CliContext::tr("Why, for the district."),
                                  CliContext::tr("TEXT"));
    parser.addOption(note);
    parser.addPositionalArgument(QStringLiteral("id"), CliContext::tr("The request's number."),
                                 QStringLiteral("ID"));
    if (const int code = parseCommand(context, parser, QStringLiteral("trace refuse"), args); code >= 0)
        return code;
    const qint64 id = requestNumber(context, parser);
    if (id < 0)
        return UsageError;
    Database *db = context.database();
    if (!db)
        return DataError;
    if (auto refused = TraceRequests(db->connection()).refuse(id, parser.value(note)); !refused)
        return context.fail(refused.error());
    context.out() << CliContext::tr("Trace request %1 refused.").arg(id) << Qt::endl;
    return Success;
}

int runAnswer(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Shows the province's answer to one of your office's trace requests: the case's visits "
        "in other districts."));
    parser.addOption(formatOption());
    parser.addPositionalArgument(QStringLiteral("id"), CliContext::tr("The request's number."),
                                 QStringLiteral("ID"));
    if (const int code = parseCommand(context, parser, QStringLiteral("trace answer"), args); code >= 0)
        return code;
    OutputFormat format = OutputFormat::Table;
    if (const int code = readFormat(context, parser, format); code >= 0)
        return code;
    const qint64 id = requestNumber(context, parser);
    if (id < 0)
        return UsageError;
    Database *db = context.database();
    if (!db)
        return DataError;
    const auto answer = TraceRequests(db->connection()).answer(id);
    if (!answer)
        return context.fail(answer.error());
    const province::TraceRequest &request = answer->request;
    if (request.status == QLatin1String("pending")) {
        context.out() << CliContext::tr("Trace request %1 waits for the province office's answer.").arg(id)
                      << Qt::endl;
        return Success;
    }
    if (request.status != QLatin1String("answered")) {
        context.out()
            << CliContext::tr("Trace request %1 was %2. %3").arg(id).arg(request.status, request.note)
            << Qt::endl;
        return Success;
    }
    if (format == OutputFormat::Table)
        context.out() << CliContext::tr("Trace request %1, answered %2: %3 visit(s) in other districts. %4")
                             .arg(id)
                             .arg(request.answeredAt, format::number(answer->visits.size()), request.note)
                      << "\n\n";
    TabularOutput table({{QStringLiteral("start"), CliContext::tr("From")},
                         {QStringLiteral("end"), CliContext::tr("To")},
                         {QStringLiteral("district"), CliContext::tr("District")},
                         {QStringLiteral("commune"), CliContext::tr("Commune")},
                         {QStringLiteral("checkpoint_code"), CliContext::tr("Code")},
                         {QStringLiteral("checkpoint"), CliContext::tr("Checkpoint")},
                         {QStringLiteral("address"), CliContext::tr("Address")},
                         {QStringLiteral("scans"), CliContext::tr("Scans"), true},
                         {QStringLiteral("contacts"), CliContext::tr("People met"), true}});
    for (const province::AnsweredVisit &v : answer->visits)
        table.addRow({scantime::toVietnamText(v.start), scantime::toVietnamText(v.end), v.district, v.commune,
                      v.checkpointCode, v.checkpointName, v.address, v.scans, v.contacts});
    table.write(context.out(), format);
    return Success;
}

} // namespace

bool isTraceRequestCommand(const QString &name) {
    return name == QLatin1String("request") || name == QLatin1String("requests") ||
           name == QLatin1String("approve") || name == QLatin1String("refuse") ||
           name == QLatin1String("answer");
}

int runTraceRequest(CliContext &context, const QStringList &args) {
    const QString name = args.value(0);
    const QStringList rest = args.mid(1);
    if (name == QLatin1String("request"))
        return runRequest(context, rest);
    if (name == QLatin1String("requests"))
        return runRequests(context, rest);
    if (name == QLatin1String("approve"))
        return runApprove(context, rest);
    if (name == QLatin1String("refuse"))
        return runRefuse(context, rest);
    return runAnswer(context, rest);
}

} // namespace cd::cli
