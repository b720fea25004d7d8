// SPDX-License-Identifier: GPL-3.0-or-later
#include "PosterRenderer.h"

#include "PosterPainter.h"
#include "PosterVerifier.h"
#include "SheetLayout.h"
#include "common/VnFormat.h"

#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace cd {

PosterRenderer::PosterRenderer(PosterTexts texts, PosterLayout layout)
    : m_texts(std::move(texts))
    , m_layout(layout) {}

Result<PosterExport> PosterRenderer::renderPdf(const QList<PosterContent> &posters, const QString &outputPath,
                                               const Progress &progress) const {
    if (!m_layout.isValid())
        return makeError(tr("Posters come 1, 2 or 4 to a page, not %1.").arg(m_layout.perPage));
    if (posters.isEmpty())
        return makeError(tr("There are no posters to export."));

    const SheetGeometry sheet = sheetGeometry(m_layout);
    const int perSheet = int(sheet.posterRects.size());
    const int sheetCount = int((posters.size() + perSheet - 1) / perSheet);
    const int total = int(posters.size()) + sheetCount;
    int done = 0;
    const auto advance = [&] {
        return !progress || progress(++done, total);
    };
    PosterExport summary;
    summary.posters = int(posters.size());

    // Everything is checked before anything is written.
    QList<PreparedPoster> prepared;
    prepared.reserve(posters.size());
    for (qsizetype i = 0; i < posters.size(); ++i) {
        auto poster = preparePoster(posters.at(i), m_layout);
        if (!poster)
            return poster.error();
        if (m_verifyCodes) {
            if (const Status verified = verifyPosterQr(poster.value(), m_layout, int(i % perSheet));
                !verified)
                return verified.error();
        }
        prepared << std::move(poster).value();
        if (!advance()) {
            summary.cancelled = true;
            return summary;
        }
    }

    // QSaveFile writes next to outputPath and renames over it on commit(); dropping it removes the
    // temporary file, so a cancelled or failed export leaves nothing behind.
    QSaveFile file(outputPath);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(tr("Cannot write %1: %2.").arg(QFileInfo(outputPath).fileName(), file.errorString()),
                         outputPath);
    QPdfWriter writer(&file);
    writer.setResolution(m_resolution);
    writer.setPageLayout(sheet.pageLayout);
    // The document is Vietnamese whatever the interface language.
    writer.setTitle(
        m_documentTitle.isEmpty()
            ? QStringLiteral("Mã QR điểm kiểm soát ra vào (%1 điểm)").arg(format::number(posters.size()))
            : m_documentTitle);
    writer.setCreator(QStringLiteral("Checkpoint Desk"));
    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(tr("Cannot start the PDF %1.").arg(QFileInfo(outputPath).fileName()), outputPath);

    const QRectF pageRect(QPointF(0, 0), writer.pageLayout().fullRectPixels(m_resolution).size());
    for (int sheetIndex = 0; sheetIndex < sheetCount; ++sheetIndex) {
        if (sheetIndex > 0 && !writer.newPage()) {
            painter.end();
            return makeError(
                tr("Cannot add page %1 to %2.").arg(sheetIndex + 1).arg(QFileInfo(outputPath).fileName()),
                outputPath);
        }
        paintSheet(painter, pageRect, prepared.mid(qsizetype(sheetIndex) * perSheet, perSheet), m_texts,
                   m_layout);
        if (!advance()) {
            painter.end();
            file.cancelWriting();
            summary.cancelled = true;
            return summary;
        }
    }
    painter.end();
    summary.pages = sheetCount;
    summary.bytes = file.size();
    if (!file.commit())
        return makeError(tr("Cannot write %1: %2.").arg(QFileInfo(outputPath).fileName(), file.errorString()),
                         outputPath);
    return summary;
}

} // namespace cd
