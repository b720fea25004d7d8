// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

#include "scans/ScanExport.h"

#include "ImportOutput.h"
#include "TabularOutput.h"

#include "audit/AuditLog.h"
#include "common/VnFormat.h"
#include "demo/ScanGenerator.h"
#include "registry/PhoneNumber.h"
#include "scans/ScanImport.h"
#include "scans/ScanQueries.h"
#include "scans/ScanTime.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>

namespace cd::cli {
namespace {

int runImport(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Imports scan exports (CSV or XLSX; Vietnamese or English headers; title rows above them are "
        "skipped). "
        "Each file is one transaction: a file with a rejected row writes nothing unless --skip-invalid is "
        "given, "
        "then the rejected rows go to FILE.rejects.csv. Scans already stored are counted and skipped."));
    const ImportOptions importOptions;
    importOptions.addTo(parser);
    const QCommandLineOption progress(
        QStringLiteral("progress"),
        CliContext::tr("Report the rows read so far on standard error, twice a second, for long imports."));
    parser.addOption(progress);
    parser.addPositionalArgument(QStringLiteral("files"), CliContext::tr("CSV or XLSX files."),
                                 CliContext::tr("FILE…"));
    if (const int code = parseCommand(context, parser, QStringLiteral("scans import"), args); code >= 0)
        return code;
    if (parser.positionalArguments().isEmpty())
        return context.usage(CliContext::tr("scans import needs at least one FILE"));
    ScanImportOptions chosen;
    if (const Status applied = importOptions.applyTo(parser, chosen); !applied)
        return context.usage(applied.error().toString());
    Database *db = context.database();
    if (!db)
        return DataError;

    int exitCode = Success;
    for (const QString &file : parser.positionalArguments()) {
        ScanImportOptions options = chosen;
        QElapsedTimer timer;
        timer.start();
        qint64 lastReport = 0;
        if (parser.isSet(progress)) {
            options.progress = [&context, &timer, &lastReport, file](qint64 rows, qint64 bytes) {
                if (timer.elapsed() - lastReport < 500)
                    return;
                lastReport = timer.elapsed();
                QString line = CliContext::tr("%1: %2 row(s) read").arg(file, format::number(rows));
                if (bytes >= 0)
                    line += CliContext::tr(", %1 MB").arg(format::decimal(double(bytes) / 1e6, 1));
                context.err() << line << Qt::endl;
            };
        }
        const auto report = ScanImporter(db->connection()).run(file, options);
        if (!report) {
            context.fail(report.error());
            exitCode = DataError;
            continue;
        }
        printProblems(context, file, report->problems);
        if (!report->unknownCheckpoints.isEmpty())
            context.err() << CliContext::tr("checkpoint-desk: register them (checkpoints add) or say which "
                                            "checkpoint each is (scans map LABEL --to CODE), then import "
                                            "again.")
                          << '\n';
        context.err().flush();
        QTextStream &out = context.out();
        printSkipped(context, file, report->skipped);
        printNotices(context, file, report->notices);
        if (!report->previousImport.isEmpty())
            out << CliContext::tr("%1 was imported before, on %2; scans already stored are skipped.")
                       .arg(file, report->previousImport)
                << '\n';
        out << CliContext::tr("%1: %2 row(s) read, %3 added, %4 duplicate(s), %5 rejected (%6 s).")
                   .arg(file, format::number(report->rowsRead), format::number(report->added),
                        format::number(report->duplicates), format::number(report->rejected),
                        format::decimal(timer.elapsed() / 1000.0, 2))
            << '\n';
        if (!report->written)
            out << CliContext::tr(
                       "Nothing was written from %1: correct the rows above, or use --skip-invalid.")
                       .arg(file)
                << '\n';
        else if (!report->rejectsFile.isEmpty())
            out << CliContext::tr("Rejected rows written to %1").arg(report->rejectsFile) << '\n';
        out.flush();
        if (report->rejected > 0 && exitCode != DataError)
            exitCode = report->written ? PartlyWritten : DataError;
    }
    return exitCode;
}

int runList(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Lists stored scans, oldest first. Phone numbers are masked unless --show-phones is given: they are "
        "personal data."));
    const QCommandLineOption checkpoint(QStringLiteral("checkpoint"), CliContext::tr("Only this checkpoint."),
                                        CliContext::tr("CODE"));
    const QCommandLineOption from(QStringLiteral("from"), CliContext::tr("From this day."),
                                  CliContext::tr("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), CliContext::tr("Up to this day, inclusive."),
                                CliContext::tr("DATE"));
    const QCommandLineOption phones(QStringLiteral("show-phones"),
                                    CliContext::tr("Show phone numbers in full."));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   CliContext::tr("At most N scans (default 100000)."), QStringLiteral("N"),
                                   QStringLiteral("100000"));
    parser.addOptions({checkpoint, from, to, phones, limit, formatOption()});
    if (const int code = parseCommand(context, parser, QStringLiteral("scans list"), args); code >= 0)
        return code;
    OutputFormat format = OutputFormat::Table;
    if (const int code = readFormat(context, parser, format); code >= 0)
        return code;
    const auto fromDayOption = dateOption(parser, from);
    if (!fromDayOption)
        return context.fail(fromDayOption.error());
    const QDate fromDay = fromDayOption.value();
    const auto toDayOption = dateOption(parser, to);
    if (!toDayOption)
        return context.fail(toDayOption.error());
    const QDate toDay = toDayOption.value();
    Database *db = context.database();
    if (!db)
        return DataError;
    const auto scans = ScanQueries(db->connection())
                           .scans(parser.value(checkpoint), fromDay, toDay, parser.value(limit).toInt());
    if (!scans)
        return context.fail(scans.error());
    TabularOutput table({{QStringLiteral("time"), CliContext::tr("Time")},
                         {QStringLiteral("checkpoint_code"), CliContext::tr("Checkpoint")},
                         {QStringLiteral("checkpoint_name"), CliContext::tr("Name")},
                         {QStringLiteral("person_name"), CliContext::tr("Person")},
                         {QStringLiteral("phone"), CliContext::tr("Phone")},
                         {QStringLiteral("direction"), CliContext::tr("Direction")}});
    const bool show = parser.isSet(phones);
    if (show) {
        // Recorded before anything is shown: phones in full that the log cannot hold are not shown.
        const QJsonObject details{{QStringLiteral("what"), QStringLiteral("scans")},
                                  {QStringLiteral("rows"), qint64(scans->size())},
                                  {QStringLiteral("checkpoint"), parser.value(checkpoint)},
                                  {QStringLiteral("from"), fromDay.toString(Qt::ISODate)},
                                  {QStringLiteral("to"), toDay.toString(Qt::ISODate)}};
        if (auto logged = audit::AuditLog(db->connection()).record(audit::Action::Display, details); !logged)
            return context.fail(logged.error());
    }
    for (const StoredScan &scan : *scans)
        table.addRow({format == OutputFormat::Table
                          ? scantime::toVietnamText(scan.when)
                          : QDateTime::fromSecsSinceEpoch(scan.when, Qt::UTC)
                                .toOffsetFromUtc(int(scantime::kVietnamOffsetSeconds))
                                .toString(Qt::ISODate),
                      scan.checkpointCode, scan.checkpointName, scan.personName,
                      show ? scan.phone : phone::masked(scan.phone), scan.direction});
    table.write(context.out(), format);
    return Success;
}

int runImports(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr("Lists every import: file, size, SHA-256, time and counts."));
    parser.addOption(formatOption());
    if (const int code = parseCommand(context, parser, QStringLiteral("imports list"), args); code >= 0)
        return code;
    OutputFormat format = OutputFormat::Table;
    if (const int code = readFormat(context, parser, format); code >= 0)
        return code;
    Database *db = context.database();
    if (!db)
        return DataError;
    TabularOutput table({{QStringLiteral("id"), CliContext::tr("No."), true},
                         {QStringLiteral("imported_at"), CliContext::tr("Imported")},
                         {QStringLiteral("file_name"), CliContext::tr("File")},
                         {QStringLiteral("file_size"), CliContext::tr("Bytes"), true},
                         {QStringLiteral("rows_read"), CliContext::tr("Rows"), true},
                         {QStringLiteral("added"), CliContext::tr("Added"), true},
                         {QStringLiteral("duplicates"), CliContext::tr("Duplicates"), true},
                         {QStringLiteral("rejected"), CliContext::tr("Rejected"), true},
                         {QStringLiteral("sha256"), QStringLiteral("SHA-256")}});
    for (const ImportRecord &record : ScanQueries(db->connection()).imports())
        table.addRow({record.id,
                      format == OutputFormat::Table ? format::dateTime(record.importedAt)
                                                    : record.importedAt.toString(Qt::ISODate),
                      record.fileName, record.fileSize, record.rowsRead, record.added, record.duplicates,
                      record.rejected,
                      format == OutputFormat::Table ? record.sha256.left(12) : record.sha256});
    table.write(context.out(), format);
    return Success;
}

} // namespace

int runGenerateScans(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Writes a realistic scan export over the database's checkpoints, as the national systems wrote them: "
        "Vietnamese headers, phones written four ways, times in 2021. CSV or XLSX by the file's extension."));
    const QCommandLineOption rows(QStringLiteral("rows"), CliContext::tr("How many scans."),
                                  QStringLiteral("N"));
    const QCommandLineOption out(QStringLiteral("out"), CliContext::tr("The file to write."),
                                 CliContext::tr("FILE"));
    const QCommandLineOption seed(QStringLiteral("seed"), CliContext::tr("Random seed (default 2021)."),
                                  QStringLiteral("N"), QStringLiteral("2021"));
    parser.addOptions({rows, out, seed});
    if (const int code = parseCommand(context, parser, QStringLiteral("demo generate-scans"), args);
        code >= 0)
        return code;
    bool ok = false;
    const qint64 count = parser.value(rows).toLongLong(&ok);
    if (!ok || count <= 0 || !parser.isSet(out))
        return context.usage(CliContext::tr("give --rows N and --out FILE"));
    Database *db = context.database();
    if (!db)
        return DataError;
    ScanGenerator generator(db->connection(), parser.value(seed).toUInt());
    if (generator.checkpoints().isEmpty())
        return context.fail(
            makeError(CliContext::tr("the database has no checkpoints; run “demo create” first")));
    const QDate from(2021, 1, 1), to(2021, 12, 31);
    const QVector<GeneratedScan> scans = generator.chronological(count, from, to);
    qint64 next = 0;
    if (auto written = generator.write(parser.value(out), count, [&] { return scans[next++]; }); !written)
        return context.fail(written.error());
    context.out() << CliContext::tr("%1 scan(s) written to %2").arg(format::number(count), parser.value(out))
                  << Qt::endl;
    return Success;
}

int runExport(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Writes the stored scans of a period (the check-in desk's and the imported ones) in the shape of the "
        "national scan exports, for offices that must upload them: CSV (formulas neutralised) or XLSX, by "
        "--format or the file's extension. Phone and ID numbers are masked unless --full-phones is given; "
        "every export is recorded in the audit log."));
    const QCommandLineOption from(QStringLiteral("from"), CliContext::tr("From this day."),
                                  CliContext::tr("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), CliContext::tr("Up to this day, inclusive."),
                                CliContext::tr("DATE"));
    const QCommandLineOption checkpoint(QStringLiteral("checkpoint"), CliContext::tr("Only this checkpoint."),
                                        CliContext::tr("CODE"));
    const QCommandLineOption format(QStringLiteral("format"), CliContext::tr("csv or xlsx."),
                                    CliContext::tr("csv|xlsx"));
    const QCommandLineOption out(QStringLiteral("out"), CliContext::tr("The file to write."),
                                 CliContext::tr("FILE"));
    const QCommandLineOption full(
        QStringLiteral("full-phones"),
        CliContext::tr("Write phone and ID numbers in full (recorded in the audit log)."));
    parser.addOptions({from, to, checkpoint, format, out, full});
    if (const int code = parseCommand(context, parser, QStringLiteral("scans export"), args); code >= 0)
        return code;
    if (!parser.isSet(from) || !parser.isSet(to) || !parser.isSet(out))
        return context.usage(CliContext::tr("give --from DATE --to DATE and --out FILE"));
    QString path = parser.value(out);
    const QString chosen = parser.value(format).toLower();
    if (!chosen.isEmpty() && chosen != QLatin1String("csv") && chosen != QLatin1String("xlsx"))
        return context.usage(CliContext::tr("--format is csv or xlsx"));
    if (!chosen.isEmpty() && !path.endsWith(u'.' + chosen, Qt::CaseInsensitive))
        return context.usage(
            CliContext::tr("the file's extension says another format than --format %1").arg(chosen));
    const auto fromDay = dateOption(parser, from);
    if (!fromDay)
        return context.fail(fromDay.error());
    const auto toDay = dateOption(parser, to);
    if (!toDay)
        return context.fail(toDay.error());
    Database *db = context.database();
    if (!db)
        return DataError;
    const auto written = ScanExport::write(db->connection(), path, fromDay.value(), toDay.value(),
                                           parser.value(checkpoint), parser.isSet(full));
    if (!written)
        return context.fail(written.error());
    context.out() << CliContext::tr("%1: %2 scans, phone and ID numbers %3.")
                         .arg(path, format::number(written.value()),
                              parser.isSet(full) ? CliContext::tr("in full") : CliContext::tr("masked"))
                  << Qt::endl;
    return Success;
}

int runScans(CliContext &context, const QStringList &args) {
    return dispatchSubcommand(
        context, QStringLiteral("scans"),
        {{QStringLiteral("import"), CliContext::tr("Import scan exports."), &runImport},
         {QStringLiteral("list"), CliContext::tr("List stored scans."), &runList},
         {QStringLiteral("export"), CliContext::tr("Write stored scans as a national scan export."),
          &runExport},
         {QStringLiteral("map"), CliContext::tr("Say which checkpoint a place of the exports is."),
          &runScanMap},
         {QStringLiteral("unmap"), CliContext::tr("Forget such a mapping."), &runScanUnmap},
         {QStringLiteral("mappings"), CliContext::tr("List the mappings."), &runScanMappings}},
        args);
}

int runImportsLog(CliContext &context, const QStringList &args) {
    return dispatchSubcommand(context, QStringLiteral("imports"),
                              {{QStringLiteral("list"), CliContext::tr("List every import."), &runImports}},
                              args);
}

} // namespace cd::cli
