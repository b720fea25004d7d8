// SPDX-License-Identifier: GPL-3.0-or-later
#include "PosterJob.h"

#include "poster/PosterFonts.h"
#include "poster/PosterVerifier.h"
#include "poster/SheetLayout.h"

#include <QThread>
#include <QTimer>

namespace cd::ui {

PosterJob::PosterJob(QObject *parent)
    : QObject(parent)
    , m_progressTimer(new QTimer(this)) {
    // Progress is polled rather than queued per step: hundreds of steps a second would flood the event
    // loop with updates nobody can read.
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &PosterJob::reportProgress);
}

PosterJob::~PosterJob() {
    if (!m_thread)
        return;
    m_shared->cancel = true;
    m_thread->wait();
    delete m_thread;
}

void PosterJob::startExport(const PosterTexts &texts, const PosterLayout &layout,
                            const QList<PosterContent> &posters, const QString &outputPath) {
    run(Kind::Export, [texts, layout, posters, outputPath](Shared &shared) {
        PosterRenderer renderer(texts, layout);
        shared.exported = renderer.renderPdf(posters, outputPath, [&shared](int done, int total) {
            shared.done = done;
            shared.total = total;
            return !shared.cancel;
        });
    });
}

void PosterJob::startCheck(const PosterLayout &layout, const QList<PosterContent> &posters) {
    run(Kind::Check, [layout, posters](Shared &shared) {
        // The slot matters: a sticker's code is smaller than a full page's, and is checked at its size.
        const int perSheet = int(sheetGeometry(layout).posterRects.size());
        shared.total = int(posters.size());
        QList<PreparedPoster> prepared;
        prepared.reserve(posters.size());
        for (qsizetype i = 0; i < posters.size(); ++i) {
            if (shared.cancel) {
                shared.checked = makeError(tr("The check was cancelled."));
                return;
            }
            auto poster = preparePoster(posters.at(i), layout);
            if (!poster) {
                shared.checked = poster.error();
                return;
            }
            if (const Status verified = verifyPosterQr(poster.value(), layout, int(i % perSheet));
                !verified) {
                shared.checked = verified.error();
                return;
            }
            prepared << std::move(poster).value();
            shared.done = int(i + 1);
        }
        shared.checked = prepared;
    });
}

void PosterJob::cancel() {
    if (m_shared)
        m_shared->cancel = true;
}

void PosterJob::run(Kind kind, std::function<void(Shared &)> work) {
    if (m_thread)
        return;
    m_kind = kind;
    m_exportResult.reset();
    m_checkResult.reset();
    // The bundled fonts are registered on first use: let that happen here, on the GUI thread.
    posterfonts::font(posterfonts::Family::Sans);
    m_shared = std::make_shared<Shared>();
    const std::shared_ptr<Shared> shared = m_shared;
    m_thread = QThread::create([shared, work = std::move(work)] { work(*shared); });
    connect(m_thread, &QThread::finished, this, &PosterJob::collect);
    m_thread->start();
    m_progressTimer->start();
    emit progress(0, 0);
}

void PosterJob::reportProgress() {
    if (m_shared)
        emit progress(m_shared->done, m_shared->total);
}

void PosterJob::collect() {
    m_progressTimer->stop();
    reportProgress();
    m_thread->deleteLater();
    m_thread = nullptr;
    if (m_kind == Kind::Export)
        m_exportResult = m_shared->exported ? *m_shared->exported
                                            : Result<PosterExport>(makeError(tr("The export stopped.")));
    else
        m_checkResult = m_shared->checked
                            ? *m_shared->checked
                            : Result<QList<PreparedPoster>>(makeError(tr("The check stopped.")));
    emit finished();
}

} // namespace cd::ui
