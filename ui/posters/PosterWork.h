// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "poster/PosterPainter.h"
#include "poster/PosterRenderer.h"

namespace cd::ui {

class JobContext;

// The slow part of printing and exporting, run on the posters page's job: encoding and reading back every
// code at 150 dpi, and writing the PDF. The page gathers the posters from the database first, so the work
// needs no connection. Both report progress and stop at their next step once cancelled.

// Writes the PDF through PosterRenderer, which leaves outputPath untouched on error or cancel.
Result<PosterExport> exportPosters(JobContext &context, const PosterTexts &texts, const PosterLayout &layout,
                                   const QList<PosterContent> &posters, const QString &outputPath);
// Encodes and verifies each poster in the slot it will print in, for the print preview.
Result<QList<PreparedPoster>> checkPosters(JobContext &context, const PosterLayout &layout,
                                           const QList<PosterContent> &posters);

} // namespace cd::ui
