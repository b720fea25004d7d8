// SPDX-License-Identifier: GPL-3.0-or-later
#include "DbCommands.h"

#include "Workspace.h"
#include "common/VnFormat.h"
#include "database/Dialect.h"
#include "transfer/DatabaseCopy.h"

namespace cd::cli {
namespace {

void printReport(QTextStream &out, const CopyReport &report) {
    out << CliContext::tr("%1 %2 %3 %4")
               .arg(CliContext::tr("table"), -20)
               .arg(CliContext::tr("source"), 12)
               .arg(CliContext::tr("target"), 12)
               .arg(CliContext::tr("written"), 10)
        << '\n';
    for (const auto &[table, rows] : report.source.counts) {
        qint64 written = 0;
        for (const auto &[name, count] : report.written)
            if (name == table)
                written = count;
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(table, -20)
                   .arg(format::number(rows), 12)
                   .arg(format::number(report.target.count(table)), 12)
                   .arg(table.contains(u'.') ? QString() : format::number(written), 10)
            << '\n';
    }
    for (const auto &[table, count] : report.written)
        if (table == QLatin1String("settings") || table == QLatin1String("unit_order"))
            out << QStringLiteral("%1 %2 %3 %4")
                       .arg(table, -20)
                       .arg(QString(), 12)
                       .arg(QString(), 12)
                       .arg(format::number(count), 10)
                << '\n';
    out << CliContext::tr("checksum source: %1").arg(report.source.checksum) << '\n'
        << CliContext::tr("checksum target: %1").arg(report.target.checksum) << '\n';
    if (report.scansSkipped > 0)
        out << CliContext::tr("%1 scans older than the target's last purge were not copied.")
                   .arg(format::number(report.scansSkipped))
            << '\n';
}

} // namespace

int runDbCopy(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Copies an office's data between its SQLite file (--db) and a PostgreSQL server. With --to, the "
        "whole office goes up to the server, beside the other districts it holds; with --from and --area, "
        "one district's checkpoints, scans, daily counts, aliases and desk log come down into the file. "
        "Rows are matched by their codes and keys, so running it again writes nothing. It runs in one "
        "transaction on the target, committed only when the counts per table and the checksum of the "
        "figures are the same on both sides. Recorded in the audit log of both."));
    const QCommandLineOption to(QStringLiteral("to"), CliContext::tr("Upload the office to this server."),
                                QStringLiteral("postgresql://…"));
    const QCommandLineOption from(QStringLiteral("from"), CliContext::tr("Take a district from this server."),
                                  QStringLiteral("postgresql://…"));
    const QCommandLineOption area(QStringLiteral("area"),
                                  CliContext::tr("With --from: the district, by code or name."),
                                  CliContext::tr("DISTRICT"));
    parser.addOptions({to, from, area});
    if (const int code = parseCommand(context, parser, QStringLiteral("db copy"), args); code >= 0)
        return code;
    if (parser.isSet(to) == parser.isSet(from))
        return context.usage(CliContext::tr("give --to SERVER to upload the office, or --from SERVER --area "
                                            "DISTRICT to take a district offline"));
    const bool upload = parser.isSet(to);
    const QString server = parser.value(upload ? to : from);
    if (!sql::isServerLocation(server))
        return context.usage(
            CliContext::tr("%1 needs a server's URI (postgresql://USER@HOST/DATABASE), not “%2”; "
                           "to copy a file, use “db backup”")
                .arg(upload ? QStringLiteral("--to") : QStringLiteral("--from"), server));
    if (sql::isServerLocation(context.databasePath()))
        return context.usage(CliContext::tr("--db must be the office's SQLite file for db copy"));
    if (upload && parser.isSet(area))
        return context.usage(CliContext::tr("--area goes with --from; --to uploads the whole office"));
    if (!upload && parser.value(area).trimmed().isEmpty())
        return context.usage(CliContext::tr("--from needs --area DISTRICT (a code like 691 or a name)"));

    Database *file = context.database();
    if (!file)
        return DataError;
    auto opened = openWorkspace(server);
    if (!opened)
        return context.fail(Error{CliContext::tr("cannot open the server %1: %2")
                                      .arg(sql::displayLocation(server), opened.error().message),
                                  {},
                                  0,
                                  upload ? QStringLiteral("--to") : QStringLiteral("--from")});
    Database &remote = *opened.value();

    Result<CopyReport> copied = makeError(QString());
    if (upload) {
        copied = DatabaseCopy(*file, remote).upload();
    } else {
        const auto district = CopyArea::resolveDistrict(remote.connection(), parser.value(area));
        if (!district)
            return context.fail(Error{district.error().message, {}, 0, QStringLiteral("--area")});
        copied = DatabaseCopy(remote, *file).download(*district);
    }
    if (!copied)
        return context.fail(copied.error());
    QTextStream &out = context.out();
    out << (upload ? CliContext::tr("Copied %1 to %2.").arg(file->displayLocation(), remote.displayLocation())
                   : CliContext::tr("Copied district %1 from %2 to %3.")
                         .arg(copied->area.districtCodes().join(QStringLiteral(", ")),
                              remote.displayLocation(), file->displayLocation()))
        << '\n';
    printReport(out, copied.value());
    out << CliContext::tr("Verified: the target holds the same figures as the source.") << Qt::endl;
    return Success;
}

} // namespace cd::cli
