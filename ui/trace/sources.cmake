# SPDX-License-Identifier: GPL-3.0-or-later
# Contact tracing: the page, the search it runs on a job, the day-by-day timeline and the export dialog.
target_sources(cd_ui PRIVATE
    trace/DayTimeline.cpp trace/DayTimeline.h
    trace/SheetTableModel.cpp trace/SheetTableModel.h
    trace/TraceExportDialog.cpp trace/TraceExportDialog.h
    trace/TraceSearch.cpp trace/TraceSearch.h
    trace/TracePage.cpp trace/TracePage.h
    trace/TracePageActions.cpp
    trace/TracePageProvince.cpp
)
