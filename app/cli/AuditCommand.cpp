// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "TabularOutput.h"

#include "audit/AuditLog.h"
#include "export/SheetWriters.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace cd::cli {
namespace {

using audit::Action;

// The filters `audit list` and `audit export` share.
struct FilterOptions {
    QCommandLineOption from{QStringLiteral("from"), CliContext::tr("From this day."), CliContext::tr("DATE")};
    QCommandLineOption to{QStringLiteral("to"), CliContext::tr("Up to this day, inclusive."),
                          CliContext::tr("DATE")};
    QCommandLineOption action{QStringLiteral("action"),
                              CliContext::tr("Only this action: trace, candidates, export, display, purge, "
                                             "backup, restore, settings or desk."),
                              CliContext::tr("ACTION")};
    QCommandLineOption person{
        QStringLiteral("person"),
        CliContext::tr("Only the entries about this person: a phone, ID number or name, as typed when "
                       "tracing. The log keeps a salted hash of it, never the text."),
        CliContext::tr("TEXT")};
    QCommandLineOption limit{QStringLiteral("limit"), CliContext::tr("At most the N newest entries."),
                             QStringLiteral("N"), QStringLiteral("100000")};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({from, to, action, person, limit}); }

    Result<audit::Filter> read(const QCommandLineParser &parser) const {
        audit::Filter filter;
        const auto fromDay = dateOption(parser, from);
        if (!fromDay)
            return fromDay.error();
        const auto toDay = dateOption(parser, to);
        if (!toDay)
            return toDay.error();
        filter.from = fromDay.value();
        filter.to = toDay.value();
        if (parser.isSet(action)) {
            filter.action = audit::actionFromKey(parser.value(action).trimmed().toLower());
            if (!filter.action)
                return Error{CliContext::tr("unknown action “%1”").arg(parser.value(action)),
                             {},
                             0,
                             QStringLiteral("action")};
        }
        filter.person = parser.value(person);
        bool ok = false;
        filter.limit = parser.value(limit).toInt(&ok);
        if (!ok || filter.limit < 1)
            return Error{
                CliContext::tr("--limit needs a whole number above 0"), {}, 0, QStringLiteral("limit")};
        return filter;
    }
};

int runList(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Lists the audit log, oldest first: every trace, every list of people, every display or file of "
        "personal data in full, every purge, backup and restore, with the time (Vietnam), the "
        "operating-system user and the operator. The database refuses to change or delete an entry."));
    const FilterOptions filters;
    filters.addTo(parser);
    parser.addOption(formatOption());
    if (const int code = parseCommand(context, parser, QStringLiteral("audit list"), args); code >= 0)
        return code;
    OutputFormat format = OutputFormat::Table;
    if (const int code = readFormat(context, parser, format); code >= 0)
        return code;
    const auto filter = filters.read(parser);
    if (!filter)
        return context.usage(filter.error().toString());
    Database *db = context.database();
    if (!db)
        return DataError;
    const auto entries = audit::AuditLog(db->connection()).entries(filter.value());
    if (!entries)
        return context.fail(entries.error());
    const bool people = format == OutputFormat::Table;
    TabularOutput table({{QStringLiteral("id"), CliContext::tr("No."), true},
                         {QStringLiteral("time"), CliContext::tr("Time")},
                         {QStringLiteral("os_user"), CliContext::tr("User")},
                         {QStringLiteral("operator"), CliContext::tr("Operator")},
                         {QStringLiteral("action"), CliContext::tr("Action")},
                         {QStringLiteral("what"), CliContext::tr("What")},
                         {QStringLiteral("person"), CliContext::tr("Person (hash)")},
                         {QStringLiteral("details"), CliContext::tr("Details")}});
    for (const audit::Entry &e : *entries)
        table.addRow({e.id,
                      people ? e.loggedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"))
                             : e.loggedAt.toString(Qt::ISODate),
                      e.osUser, e.operatorName,
                      people ? audit::actionLabel(e.action) : audit::actionKey(e.action),
                      audit::AuditLog::describe(e), e.subjects.join(u' '),
                      people ? QString()
                             : QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact))});
    if (people && entries->isEmpty()) {
        context.out() << CliContext::tr("No entries.") << Qt::endl;
        return Success;
    }
    table.write(context.out(), format);
    return Success;
}

int runExport(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Writes the audit log (or the entries the filters keep) to FILE: XLSX or CSV, by its extension."));
    const FilterOptions filters;
    filters.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 CliContext::tr("The file to write (.xlsx or .csv)."));
    if (const int code = parseCommand(context, parser, QStringLiteral("audit export"), args); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.usage(CliContext::tr("give the file to write"));
    const QString path = parser.positionalArguments().first();
    const auto filter = filters.read(parser);
    if (!filter)
        return context.usage(filter.error().toString());
    Database *db = context.database();
    if (!db)
        return DataError;
    const auto entries = audit::AuditLog(db->connection()).entries(filter.value());
    if (!entries)
        return context.fail(entries.error());
    const SheetData sheet = audit::AuditLog::sheet(*entries);
    const Status written = sheets::writeSheet(path, sheet);
    if (!written)
        return context.fail(written.error());
    context.out()
        << CliContext::tr("%n audit entry(s) written to %1.", nullptr, int(entries->size())).arg(path)
        << Qt::endl;
    return Success;
}

} // namespace

int runAudit(CliContext &context, const QStringList &args) {
    return dispatchSubcommand(context, QStringLiteral("audit"),
                              {{QStringLiteral("list"), CliContext::tr("List the audit log."), &runList},
                               {QStringLiteral("export"),
                                CliContext::tr("Write the audit log to an XLSX or CSV file."), &runExport}},
                              args);
}

} // namespace cd::cli
