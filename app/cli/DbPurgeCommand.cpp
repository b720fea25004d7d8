// SPDX-License-Identifier: GPL-3.0-or-later
#include "DbCommands.h"

#include "common/VnFormat.h"
#include "retention/Retention.h"

#include <QDir>

namespace cd::cli {

int runDbPurge(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Deletes the names, phones and ID numbers of scans older than the retention period (the office's "
        "setting, 28 days unless changed with “db retention”), in the database and in the backups the "
        "program keeps. Statistics, charts, the report and the annex stay exactly as they were: they are "
        "kept as daily counts. Recorded in the audit log."));
    const QCommandLineOption olderThan(QStringLiteral("older-than"),
                                       CliContext::tr("Purge scans older than DAYS days instead."),
                                       QStringLiteral("DAYS"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    CliContext::tr("Only say what would be purged; change nothing."));
    parser.addOptions({olderThan, dryRun});
    if (const int code = parseCommand(context, parser, QStringLiteral("db purge"), args); code >= 0)
        return code;
    std::optional<int> days;
    if (parser.isSet(olderThan)) {
        bool ok = false;
        days = parser.value(olderThan).toInt(&ok);
        if (!ok || *days < 1)
            return context.usage(CliContext::tr("--older-than needs a whole number of days, 1 or more"));
    }
    Database *db = context.database();
    if (!db)
        return DataError;
    const auto purged = Retention(*db).purge(days, parser.isSet(dryRun));
    if (!purged)
        return context.fail(purged.error());
    const PurgeReport &r = purged.value();
    QTextStream &out = context.out();
    if (r.dryRun) {
        out << CliContext::tr("Dry run: %1 scans of %2 people from before %3 would have their personal data "
                              "deleted (kept %4 days). Nothing was changed.")
                   .arg(format::number(r.scans), format::number(r.people), format::date(r.before))
                   .arg(r.days)
            << Qt::endl;
        return Success;
    }
    if (r.scans == 0)
        out << CliContext::tr("No scan from before %1 holds personal data any more (kept %2 days).")
                   .arg(format::date(r.before))
                   .arg(r.days);
    else
        out << CliContext::tr("Deleted the personal data of %1 scans of %2 people from before %3 (kept %4 "
                              "days). Statistics, the report and the annex are unchanged.")
                   .arg(format::number(r.scans), format::number(r.people), format::date(r.before))
                   .arg(r.days);
    out << '\n';
    for (const QString &file : r.backupsPurged)
        out << CliContext::tr("Backup purged too: %1").arg(QDir::toNativeSeparators(file)) << '\n';
    out.flush();
    for (const QString &warning : r.warnings)
        context.err() << CliContext::tr("warning: %1").arg(warning) << '\n';
    context.err().flush();
    return Success;
}

int runDbRetention(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr("Shows how many days the personal data of scans is kept, or sets it (%1 to %2 days; "
                       "%3 by default).")
            .arg(RetentionPeriod::kMinDays)
            .arg(RetentionPeriod::kMaxDays)
            .arg(RetentionPeriod::kDefaultDays));
    parser.addPositionalArgument(QStringLiteral("DAYS"), CliContext::tr("The new period, in days."),
                                 QStringLiteral("[DAYS]"));
    if (const int code = parseCommand(context, parser, QStringLiteral("db retention"), args); code >= 0)
        return code;
    if (parser.positionalArguments().size() > 1)
        return context.usage(CliContext::tr("give at most one number of days"));
    Database *db = context.database();
    if (!db)
        return DataError;
    Retention retention(*db);
    if (!parser.positionalArguments().isEmpty()) {
        bool ok = false;
        const int days = parser.positionalArguments().first().toInt(&ok);
        if (!ok)
            return context.usage(CliContext::tr("the period is a whole number of days"));
        if (auto saved = retention.setDays(days); !saved)
            return context.fail(saved.error());
    }
    const auto overdue = retention.overdue();
    if (!overdue)
        return context.fail(overdue.error());
    QTextStream &out = context.out();
    out << CliContext::tr("Personal data of scans is kept %1 days.").arg(retention.days()) << '\n';
    if (const QDate purged = retention.purgedBefore(); purged.isValid())
        out << CliContext::tr("Purged: every scan before %1.").arg(format::date(purged)) << '\n';
    if (overdue->scans > 0)
        out << CliContext::tr("%1 scans from %2 to before %3 are past the period: run “db purge”.")
                   .arg(format::number(overdue->scans), format::date(overdue->oldestDay),
                        format::date(overdue->cutoff))
            << '\n';
    out.flush();
    return Success;
}

} // namespace cd::cli
