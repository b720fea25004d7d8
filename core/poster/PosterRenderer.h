// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PosterTypes.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace cd {

struct PosterExport {
    int posters = 0;
    int pages = 0;
    qint64 bytes = 0;
    bool cancelled = false; // the progress callback said stop; nothing was written
};

// Writes posters to one PDF: one page per sheet (one, two or four posters each), fonts embedded, codes as
// vector shapes. Every code is encoded and checked at 150 dpi before the first page is written, so a bad
// payload stops the export with the checkpoint's name and leaves no file behind. The PDF goes to a
// temporary file that replaces outputPath only once complete: on error or cancel outputPath is untouched.
class PosterRenderer {
    Q_DECLARE_TR_FUNCTIONS(Poster)

public:
    // done of total steps: one per poster checked, then one per sheet written. Return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    PosterRenderer(PosterTexts texts, PosterLayout layout);

    // The PDF's resolution for coordinates; 1200 dpi keeps module edges exact on any printer.
    void setResolution(int dpi) { m_resolution = dpi; }
    void setDocumentTitle(const QString &title) { m_documentTitle = title; }
    // Skipping the check is for the benchmark's comparison only.
    void setVerifyCodes(bool verify) { m_verifyCodes = verify; }

    Result<PosterExport> renderPdf(const QList<PosterContent> &posters, const QString &outputPath,
                                   const Progress &progress = {}) const;

private:
    PosterTexts m_texts;
    PosterLayout m_layout;
    int m_resolution = 1200;
    QString m_documentTitle;
    bool m_verifyCodes = true;
};

} // namespace cd
