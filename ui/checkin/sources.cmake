# SPDX-License-Identifier: GPL-3.0-or-later
# The check-in desk: the page, its list of entries, its large input line and its choice of checkpoint.
target_sources(cd_ui PRIVATE
    checkin/DeskCheckpoints.cpp checkin/DeskCheckpoints.h
    checkin/DeskEntriesModel.cpp checkin/DeskEntriesModel.h
    checkin/DeskInputLine.cpp checkin/DeskInputLine.h
    checkin/DeskPage.cpp checkin/DeskPage.h
    checkin/DeskPageRecording.cpp
)
