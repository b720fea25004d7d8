# SPDX-License-Identifier: GPL-3.0-or-later
# QR posters: layout, painting on any QPainter, the 150 dpi check and PDF export. Data in, PDF out: no
# database here. Needs core/qr (the codes) and the fonts in the core_data resource.
target_sources(cd_core PRIVATE
    poster/FitText.cpp poster/FitText.h
    poster/PosterFonts.cpp poster/PosterFonts.h
    poster/PosterGeometry.cpp poster/PosterGeometry.h
    poster/PosterPainter.cpp poster/PosterPainter.h
    poster/PosterRenderer.cpp poster/PosterRenderer.h
    poster/PosterTexts.cpp poster/PosterTypes.h
    poster/PosterVerifier.cpp poster/PosterVerifier.h
    poster/SheetLayout.cpp poster/SheetLayout.h
)
