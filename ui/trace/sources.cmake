# SPDX-License-Identifier: GPL-3.0-or-later
# Contact tracing: the page, its worker thread, the day-by-day timeline and the export dialog.
target_sources(cd_ui PRIVATE
    trace/DayTimeline.cpp trace/DayTimeline.h
    trace/SheetTableModel.cpp trace/SheetTableModel.h
    trace/TraceExportDialog.cpp trace/TraceExportDialog.h
    trace/TraceJob.cpp trace/TraceJob.h
    trace/TracePage.cpp trace/TracePage.h
    trace/TracePageActions.cpp
)
