// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "poster/PosterPainter.h"
#include "poster/PosterRenderer.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;
class QTimer;

namespace cd::ui {

// The slow part of printing and exporting, on a thread of its own: encoding and reading back every code
// at 150 dpi, and writing the PDF. The page gathers the posters from the database first, so the worker
// needs no connection. One job at a time; finished() always follows start once, on the job's thread.
class PosterJob : public QObject {
    Q_OBJECT

public:
    enum class Kind { Export, Check };

    explicit PosterJob(QObject *parent = nullptr);
    // Cancels a running job and waits for its thread; the renderer stops at its next step.
    ~PosterJob() override;

    // Both do nothing while a job runs.
    // Writes the PDF through PosterRenderer, which leaves outputPath untouched on error or cancel.
    void startExport(const PosterTexts &texts, const PosterLayout &layout,
                     const QList<PosterContent> &posters, const QString &outputPath);
    // Encodes and verifies each poster in the slot it will print in, for the print preview.
    void startCheck(const PosterLayout &layout, const QList<PosterContent> &posters);
    void cancel();

    bool isRunning() const { return m_thread != nullptr; }
    Kind kind() const { return m_kind; }
    bool cancelRequested() const { return m_shared && m_shared->cancel; }
    // What the last job produced; valid after finished().
    const std::optional<Result<PosterExport>> &exportResult() const { return m_exportResult; }
    const std::optional<Result<QList<PreparedPoster>>> &checkResult() const { return m_checkResult; }

signals:
    void progress(int done, int total);
    void finished();

private:
    // What the worker thread writes, read on the job's thread once it has finished.
    struct Shared {
        std::atomic_bool cancel = false;
        std::atomic_int done = 0;
        std::atomic_int total = 0;
        std::optional<Result<PosterExport>> exported;
        std::optional<Result<QList<PreparedPoster>>> checked;
    };

    void run(Kind kind, std::function<void(Shared &)> work);
    void reportProgress();
    void collect();

    Kind m_kind = Kind::Export;
    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
    QTimer *m_progressTimer;
    std::optional<Result<PosterExport>> m_exportResult;
    std::optional<Result<QList<PreparedPoster>>> m_checkResult;
};

} // namespace cd::ui
