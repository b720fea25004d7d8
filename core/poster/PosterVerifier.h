// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PosterPainter.h"

#include <QImage>

namespace cd {

// Office printers print posters at 150 dpi or better; a code that reads at 150 dpi reads on paper.
inline constexpr int verificationDpi = 150;

// Rasterizes the poster's code with its frame and some paper around it, at the code's real position
// and size on the printed sheet, as a printer at dpi would: without antialiasing, module edges rounded
// to that printer's dots. slot is the poster's place on its sheet.
QImage renderPrintedQr(const PreparedPoster &poster, const PosterLayout &layout, int slot = 0,
                       int dpi = verificationDpi);

// Reads the code of renderPrintedQr() back with ZXing and compares it with the payload, byte for byte.
// The error names the checkpoint.
Status verifyPosterQr(const PreparedPoster &poster, const PosterLayout &layout, int slot = 0);
Status verifyPosterQr(const PosterContent &content, const PosterLayout &layout, int slot = 0);

} // namespace cd
