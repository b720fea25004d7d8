// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

#include "common/VnFormat.h"
#include "poster/PosterRenderer.h"
#include "registry/PosterSources.h"
#include "units/OfficeScope.h"

#include <QElapsedTimer>

namespace cd::cli {

int runPosters(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Writes the QR posters of checkpoints to one PDF, ordered by the commune order then code. Every code "
        "is "
        "rendered at 150 dpi and read back before the file is written; a code that does not read stops the "
        "export and names its checkpoint."));
    const QCommandLineOption all(QStringLiteral("all"), CliContext::tr("Every active checkpoint."));
    const QCommandLineOption commune(QStringLiteral("commune"),
                                     CliContext::tr("The active checkpoints of a commune."),
                                     CliContext::tr("NAME"));
    const QCommandLineOption codes(QStringLiteral("codes"), CliContext::tr("These checkpoints, by code."),
                                   CliContext::tr("A,B,…"));
    const QCommandLineOption size(QStringLiteral("size"), CliContext::tr("Paper: A4 (default), A5 or A3."),
                                  QStringLiteral("A4|A5|A3"), QStringLiteral("A4"));
    const QCommandLineOption perPage(
        QStringLiteral("per-page"),
        CliContext::tr("Posters per sheet: 1 (default), 2 or 4 (stickers, with cut marks)."),
        QStringLiteral("1|2|4"), QStringLiteral("1"));
    const QCommandLineOption out(QStringLiteral("out"), CliContext::tr("The PDF to write."),
                                 CliContext::tr("FILE.pdf"));
    parser.addOptions({all, commune, codes, size, perPage, out});
    if (const int code = parseCommand(context, parser, QStringLiteral("posters"), args); code >= 0)
        return code;
    if (int(parser.isSet(all)) + int(parser.isSet(commune)) + int(parser.isSet(codes)) != 1)
        return context.usage(CliContext::tr("choose one of --all, --commune and --codes"));
    if (!parser.isSet(out))
        return context.usage(CliContext::tr("give the PDF to write with --out"));

    Database *db = context.database();
    if (!db)
        return DataError;
    if (!OfficeScope(db->connection()).current())
        return context.fail(makeError(CliContext::tr("the database serves no area yet; run “init” first")));
    const PosterSources sources(db->connection());
    PosterLayout layout = sources.defaultLayout();
    const QString paper = parser.value(size).toUpper();
    if (paper == QLatin1String("A4"))
        layout.pageSize = PosterLayout::PageSize::A4;
    else if (paper == QLatin1String("A5"))
        layout.pageSize = PosterLayout::PageSize::A5;
    else if (paper == QLatin1String("A3"))
        layout.pageSize = PosterLayout::PageSize::A3;
    else
        return context.usage(CliContext::tr("unknown paper size “%1”").arg(parser.value(size)));
    layout.perPage = parser.value(perPage).toInt();
    if (!layout.isValid())
        return context.usage(CliContext::tr("--per-page must be 1, 2 or 4"));

    const QStringList wanted = parser.value(codes).split(u',', Qt::SkipEmptyParts);
    QStringList trimmed;
    for (const QString &code : wanted)
        trimmed << code.trimmed();
    const auto batch = sources.batch(parser.value(commune), trimmed);
    if (!batch)
        return context.fail(batch.error());
    if (batch->isEmpty())
        return context.fail(makeError(CliContext::tr("no checkpoint to print")));

    PosterRenderer renderer(sources.texts(), layout);
    renderer.setDocumentTitle(CliContext::tr("QR posters"));
    QElapsedTimer timer;
    timer.start();
    const auto written = renderer.renderPdf(sources.contents(*batch), parser.value(out));
    if (!written)
        return context.fail(Error{written.error().message, parser.value(out), 0, written.error().field});
    context.out() << CliContext::tr("%1: %2 poster(s) on %3 page(s), %4 KB, every code verified (%5 s).")
                         .arg(parser.value(out))
                         .arg(written->posters)
                         .arg(written->pages)
                         .arg(format::number((written->bytes + 1023) / 1024))
                         .arg(format::decimal(timer.elapsed() / 1000.0, 1))
                  << Qt::endl;
    return Success;
}

} // namespace cd::cli
