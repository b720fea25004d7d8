# SPDX-License-Identifier: GPL-3.0-or-later
# QR posters: choosing checkpoints, the sheet preview, PDF export and printing on a job.
target_sources(cd_ui PRIVATE
    posters/InlineMessage.cpp posters/InlineMessage.h
    posters/IssuedQrDialog.cpp posters/IssuedQrDialog.h
    posters/PosterChoiceModel.cpp posters/PosterChoiceModel.h
    posters/PosterWork.cpp posters/PosterWork.h
    posters/PosterOptions.cpp posters/PosterOptions.h
    posters/PosterPreview.cpp posters/PosterPreview.h
    posters/PosterPrinting.cpp posters/PosterPrinting.h
    posters/PosterTextsDialog.cpp posters/PosterTextsDialog.h
    posters/PostersPage.cpp posters/PostersPage.h
    posters/PostersPageActions.cpp
)
