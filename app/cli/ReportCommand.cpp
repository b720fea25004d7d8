// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

#include "common/Clock.h"
#include "common/VnFormat.h"
#include "export/SheetWriters.h"
#include "report/ReportTexts.h"
#include "report/StatisticsReport.h"
#include "report/StatisticsTables.h"

#include <QFileInfo>

namespace cd::cli {
namespace {

// Texts with several lines take "\n" (backslash, n) between them on the command line.
QString lines(const QString &text) {
    QString result = text;
    return result.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
}

struct TextOption {
    QCommandLineOption option;
    QString ReportTexts::*field;
};

} // namespace

int runReport(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "The statistics report for the steering committee: the commune table (district table for a "
        "province) as a PDF in the layout of administrative documents, an XLSX workbook or a CSV file. "
        "The issuer, place, reference and signer are the texts remembered in the database (set in the "
        "report dialog, or here with --remember); the options below override them for this report only "
        "unless --remember is given. In texts, \\n starts a new line."));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  CliContext::tr("Last day, inclusive (default: today)."),
                                  CliContext::tr("DATE"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  CliContext::tr("First day of the period (default: 1 January)."),
                                  CliContext::tr("DATE"));
    const QCommandLineOption formatChoice(
        QStringLiteral("format"), CliContext::tr("pdf, xlsx or csv (default: from the --out extension)."),
        CliContext::tr("FORMAT"));
    const QCommandLineOption out(QStringLiteral("out"), CliContext::tr("The file to write."),
                                 CliContext::tr("FILE"));
    const QCommandLineOption charts(QStringLiteral("charts"), CliContext::tr("Add chart pages to the PDF."));
    const QCommandLineOption followUp(
        QStringLiteral("follow-up"),
        CliContext::tr(
            "Add to the PDF the units without scans for 7 days and the checkpoints that stopped."));
    const QCommandLineOption columns(
        QStringLiteral("columns"),
        CliContext::tr(
            "Extra table columns, comma-separated: active_7d, with_scans, without_scans, scans_7d."),
        CliContext::tr("LIST"));
    const QCommandLineOption date(
        QStringLiteral("date"), CliContext::tr("The date of the document beside the place (default: today)."),
        CliContext::tr("DATE"));
    const QVector<TextOption> texts{
        {QCommandLineOption(QStringLiteral("issuer"),
                            CliContext::tr("Issuing body, e.g. “ỦY BAN NHÂN DÂN\\nHUYỆN BÙ ĐĂNG”."),
                            CliContext::tr("TEXT")),
         &ReportTexts::issuingBody},
        {QCommandLineOption(QStringLiteral("superior"), CliContext::tr("The body above the issuer, if any."),
                            CliContext::tr("TEXT")),
         &ReportTexts::superiorBody},
        {QCommandLineOption(QStringLiteral("number"),
                            CliContext::tr("Document number, e.g. “Số: 1687/UBND-VX”."),
                            CliContext::tr("TEXT")),
         &ReportTexts::number},
        {QCommandLineOption(
             QStringLiteral("reference"),
             CliContext::tr("The line under the title, e.g. “Kèm theo Công văn số 1687/UBND-VX ngày "
                            "26/8/2021 của UBND huyện Bù Đăng”."),
             CliContext::tr("TEXT")),
         &ReportTexts::reference},
        {QCommandLineOption(QStringLiteral("place"), CliContext::tr("The place before the date."),
                            CliContext::tr("TEXT")),
         &ReportTexts::place},
        {QCommandLineOption(QStringLiteral("signer-title"),
                            CliContext::tr("The signer's title, e.g. “KT. CHỦ TỊCH\\nPHÓ CHỦ TỊCH”."),
                            CliContext::tr("TEXT")),
         &ReportTexts::signerTitle},
        {QCommandLineOption(QStringLiteral("signer"), CliContext::tr("The signer's name."),
                            CliContext::tr("NAME")),
         &ReportTexts::signerName},
    };
    const QCommandLineOption remember(QStringLiteral("remember"),
                                      CliContext::tr("Save the texts given for the next reports too."));
    parser.addOptions({asOf, from, formatChoice, out, charts, followUp, columns, date, remember});
    for (const TextOption &text : texts)
        parser.addOption(text.option);
    if (const int code = parseCommand(context, parser, QStringLiteral("report"), args); code >= 0)
        return code;

    if (!parser.isSet(out))
        return context.usage(CliContext::tr("give the file to write with --out"));
    const QString path = parser.value(out);
    const QString kind =
        (parser.isSet(formatChoice) ? parser.value(formatChoice) : QFileInfo(path).suffix()).toLower();
    if (kind != QLatin1String("pdf") && kind != QLatin1String("xlsx") && kind != QLatin1String("csv"))
        return context.usage(CliContext::tr("--format must be pdf, xlsx or csv, not “%1”").arg(kind));
    ReportOptions options;
    for (const QString &key : parser.value(columns).split(u',', Qt::SkipEmptyParts)) {
        static const QHash<QString, ReportColumn> known{
            {QStringLiteral("active_7d"), ReportColumn::Active7d},
            {QStringLiteral("with_scans"), ReportColumn::WithScans},
            {QStringLiteral("without_scans"), ReportColumn::WithoutScans},
            {QStringLiteral("scans_7d"), ReportColumn::Scans7d}};
        if (!known.contains(key.trimmed()))
            return context.usage(
                CliContext::tr("unknown column “%1” (use active_7d, with_scans, without_scans, scans_7d)")
                    .arg(key.trimmed()));
        options.extraColumns.append(known.value(key.trimmed()));
    }
    for (const auto &[option, target] : {std::pair{&asOf, &options.asOf}, std::pair{&from, &options.from},
                                         std::pair{&date, &options.documentDate}}) {
        const auto day = dateOption(parser, *option, option == &asOf ? clock::today() : QDate());
        if (!day)
            return context.fail(day.error());
        *target = day.value();
    }
    options.charts = parser.isSet(charts);
    options.followUp = parser.isSet(followUp);

    Database *db = context.database();
    if (!db)
        return DataError;
    ReportTexts reportTexts = ReportTexts::load(db->connection());
    for (const TextOption &text : texts) {
        if (parser.isSet(text.option))
            reportTexts.*text.field = lines(parser.value(text.option)).trimmed();
    }
    if (parser.isSet(remember)) {
        if (const Status saved = reportTexts.save(db->connection()); !saved)
            return context.fail(saved.error());
    }
    const auto data = StatisticsReportData::load(db->connection(), options, reportTexts);
    if (!data)
        return context.fail(data.error());

    QString written;
    if (kind == QLatin1String("pdf")) {
        const auto pages = StatisticsReport(data.value()).writePdf(path);
        if (!pages)
            return context.fail(pages.error());
        written = CliContext::tr("%1: the report as of %2 on %n page(s).", nullptr, pages.value())
                      .arg(path, format::date(data->table.asOf));
    } else {
        const Status status = kind == QLatin1String("xlsx")
                                  ? writeStatisticsXlsx(path, data.value())
                                  : sheets::writeFile(path, statisticsCsv(data.value()));
        if (!status)
            return context.fail(Error{status.error().message, path, 0, status.error().field});
        written = CliContext::tr("%1: the report as of %2.").arg(path, format::date(data->table.asOf));
    }
    context.out() << written << '\n'
                  << CliContext::tr("%1 checkpoints, %2 scans from %3 to %4.")
                         .arg(format::number(data->table.total.checkpoints),
                              format::number(data->table.total.scans), format::date(data->table.from),
                              format::date(data->table.asOf))
                  << Qt::endl;
    return Success;
}

} // namespace cd::cli
