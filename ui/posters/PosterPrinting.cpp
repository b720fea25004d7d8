// SPDX-License-Identifier: GPL-3.0-or-later
#include "PosterPrinting.h"

#include "poster/SheetLayout.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace cd::ui {

void setSheetPage(QPrinter &printer, const PosterLayout &layout) {
    QPageLayout page = sheetGeometry(layout).pageLayout;
    // Full-page mode accepts margins below the printer's minimum; the sheets keep theirs inside.
    page.setMode(QPageLayout::FullPageMode);
    printer.setFullPage(true);
    printer.setPageLayout(page);
}

Status printSheets(QPrinter &printer, const QList<PreparedPoster> &posters, const PosterTexts &texts,
                   const PosterLayout &layout) {
    // Set again on every run: the preview's own page setup must not turn sheets into something other
    // than what was checked.
    setSheetPage(printer, layout);
    QPainter painter;
    if (!painter.begin(&printer)) {
        return makeError(QCoreApplication::translate("cd::ui::PostersPage", "Cannot start printing on %1.")
                             .arg(printer.printerName()));
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF pageRect(QPointF(0, 0), printer.paperRect(QPrinter::DevicePixel).size());
    const int perSheet = layout.isValid() ? layout.perPage : 1;
    for (qsizetype first = 0; first < posters.size(); first += perSheet) {
        if (first > 0)
            printer.newPage();
        paintSheet(painter, pageRect, posters.mid(first, perSheet), texts, layout);
    }
    painter.end();
    return success();
}

void showPrintPreview(QWidget *parent, const QList<PreparedPoster> &posters, const PosterTexts &texts,
                      const PosterLayout &layout) {
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(QStringLiteral("Mã QR điểm kiểm soát ra vào"));
    setSheetPage(printer, layout);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(QCoreApplication::translate("cd::ui::PostersPage", "Print preview"));
    QObject::connect(
        &dialog, &QPrintPreviewDialog::paintRequested, &dialog,
        [&posters, &texts, &layout](QPrinter *target) { printSheets(*target, posters, texts, layout); });
    if (parent)
        dialog.resize(parent->window()->size() * 0.9);
    dialog.exec();
}

} // namespace cd::ui
