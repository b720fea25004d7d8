// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "poster/PosterGeometry.h"
#include "poster/SheetLayout.h"
#include "qr/QrPainter.h"

using namespace cd;

TEST_CASE("poster: an A4 poster's code is at least 150 mm wide and leaves the texts their boxes",
          "[poster][layout]") {
    // Version 4 to 15 (33 to 77 modules): check-in links at any level.
    for (int modules = 33; modules <= 77; modules += 4) {
        INFO(modules << " modules");
        const PosterGeometry g = posterGeometry(QRectF(0, 0, 210, 297), modules);
        CHECK(g.millimetre == Approx(1));
        const QrPlacement qr = placeQr(g.qr, modules);
        CHECK(qr.symbol.width() >= 150 - 1e-9);
        CHECK(g.border.contains(g.qr));
        for (const QRectF &box :
             {g.issuer, g.titleBand, g.name, g.address, g.code, g.instructions, g.footerBand}) {
            CHECK(g.border.contains(box));
            // Neighbours may share an edge, give or take rounding.
            CHECK(box.intersected(g.qr).height() < 1e-9);
        }
        CHECK(g.titleBand.contains(g.title));
        CHECK(g.footerBand.contains(g.hotline));
        CHECK(g.footerBand.contains(g.fiveK));
    }
    // Tiny versions have big modules and are capped by the page.
    const PosterGeometry tiny = posterGeometry(QRectF(0, 0, 210, 297), 21);
    CHECK(placeQr(tiny.qr, 21).moduleSize > 5);
    CHECK(tiny.border.contains(tiny.qr));
}

TEST_CASE("poster: other sizes are the A4 design scaled", "[poster][layout]") {
    const PosterGeometry a4 = posterGeometry(QRectF(0, 0, 210, 297), 41);
    for (const auto &[size, perPage] :
         {std::pair{PosterLayout::PageSize::A5, 1}, std::pair{PosterLayout::PageSize::A3, 1},
          std::pair{PosterLayout::PageSize::A4, 2}, std::pair{PosterLayout::PageSize::A4, 4}}) {
        PosterLayout layout;
        layout.pageSize = size;
        layout.perPage = perPage;
        const SheetGeometry sheet = sheetGeometry(layout);
        REQUIRE(sheet.posterRects.size() == perPage);
        const PosterGeometry g = posterGeometry(sheet.posterRects.at(0), 41);
        const qreal scale = g.poster.width() / 210;
        CHECK(g.qr.width() == Approx(a4.qr.width() * scale));
        CHECK(g.name.height() == Approx(a4.name.height() * scale));
    }
    // Posters keep A-series proportions inside any target.
    const PosterGeometry wide = posterGeometry(QRectF(0, 0, 1000, 300), 41);
    CHECK(wide.poster.height() == Approx(300));
    CHECK(wide.poster.width() == Approx(300 / M_SQRT2));
    CHECK(wide.poster.center().x() == Approx(500));
}

TEST_CASE("poster: multi-up sheets: slots inside the sheet, apart, with cut marks outside them",
          "[poster][layout]") {
    for (const int perPage : {2, 4}) {
        for (const auto size :
             {PosterLayout::PageSize::A4, PosterLayout::PageSize::A5, PosterLayout::PageSize::A3}) {
            PosterLayout layout;
            layout.pageSize = size;
            layout.perPage = perPage;
            const SheetGeometry sheet = sheetGeometry(layout);
            INFO(perPage << " per page, sheet " << sheet.size.width() << " × " << sheet.size.height());
            CHECK((perPage == 2) == (sheet.size.width() > sheet.size.height()));
            CHECK(sheet.pageLayout.orientation() ==
                  (perPage == 2 ? QPageLayout::Landscape : QPageLayout::Portrait));
            const QRectF page(QPointF(0, 0), sheet.size);
            REQUIRE(sheet.posterRects.size() == perPage);
            for (qsizetype i = 0; i < sheet.posterRects.size(); ++i) {
                const QRectF slot = sheet.posterRects.at(i);
                CHECK(slot.height() / slot.width() == Approx(M_SQRT2));
                // Office printers leave about 4 mm unprinted.
                CHECK(page.adjusted(4, 4, -4, -4).contains(slot));
                for (qsizetype j = i + 1; j < sheet.posterRects.size(); ++j)
                    CHECK_FALSE(slot.intersects(sheet.posterRects.at(j)));
            }
            CHECK(sheet.cutMarks.size() == perPage * 8);
            for (const QLineF &mark : sheet.cutMarks) {
                CHECK(page.contains(mark.p1()));
                CHECK(page.contains(mark.p2()));
                for (const QRectF &slot : sheet.posterRects) {
                    CHECK_FALSE(slot.adjusted(0.01, 0.01, -0.01, -0.01).contains(mark.p1()));
                    CHECK_FALSE(slot.adjusted(0.01, 0.01, -0.01, -0.01).contains(mark.p2()));
                }
            }
        }
    }
    PosterLayout single;
    CHECK(sheetGeometry(single).cutMarks.isEmpty());
    CHECK(sheetGeometry(single).posterRects.size() == 1);
}
