// SPDX-License-Identifier: GPL-3.0-or-later
#include "PosterWork.h"

#include "jobs/Job.h"
#include "poster/PosterVerifier.h"
#include "poster/SheetLayout.h"

#include <QCoreApplication>

namespace cd::ui {

Result<PosterExport> exportPosters(JobContext &context, const PosterTexts &texts, const PosterLayout &layout,
                                   const QList<PosterContent> &posters, const QString &outputPath) {
    PosterRenderer renderer(texts, layout);
    return renderer.renderPdf(posters, outputPath, [&context](int done, int total) {
        context.reportProgress(done, total);
        return !context.isCancelled();
    });
}

Result<QList<PreparedPoster>> checkPosters(JobContext &context, const PosterLayout &layout,
                                           const QList<PosterContent> &posters) {
    // The slot matters: a sticker's code is smaller than a full page's, and is checked at its size.
    const int perSheet = int(sheetGeometry(layout).posterRects.size());
    QList<PreparedPoster> prepared;
    prepared.reserve(posters.size());
    for (qsizetype i = 0; i < posters.size(); ++i) {
        if (context.isCancelled())
            return makeError(QCoreApplication::translate("cd::ui::PosterJob", "The check was cancelled."));
        auto poster = preparePoster(posters.at(i), layout);
        if (!poster)
            return poster.error();
        if (const Status verified = verifyPosterQr(poster.value(), layout, int(i % perSheet)); !verified)
            return verified.error();
        prepared << std::move(poster).value();
        context.reportProgress(i + 1, posters.size());
    }
    return prepared;
}

} // namespace cd::ui
