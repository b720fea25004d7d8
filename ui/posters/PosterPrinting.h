// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "poster/PosterPainter.h"

class QPrinter;
class QWidget;

namespace cd::ui {

// Sets the printer's page to the sheet of the layout: its size and orientation, no margins. Posters keep
// their own white border, and a sheet scaled into a printer's margins would print codes smaller than
// the 150 dpi check verified.
void setSheetPage(QPrinter &printer, const PosterLayout &layout);

// Prints verified posters, layout.perPage to a sheet, on any QPrinter: a print preview, a real printer,
// a PDF. Errors only when the printer cannot start.
Status printSheets(QPrinter &printer, const QList<PreparedPoster> &posters, const PosterTexts &texts,
                   const PosterLayout &layout);

// Shows the posters in a print preview the user prints from; returns once the dialog is closed.
void showPrintPreview(QWidget *parent, const QList<PreparedPoster> &posters, const PosterTexts &texts,
                      const PosterLayout &layout);

} // namespace cd::ui
