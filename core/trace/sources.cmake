# SPDX-License-Identifier: GPL-3.0-or-later
# Contact tracing: finding the case, their visits, contacts and exposure sites, exports, the audit log.
target_sources(cd_core PRIVATE
    trace/ContactTracer.cpp trace/ContactTracer.h
    trace/PersonSearch.cpp trace/PersonSearch.h
    trace/TraceBrief.cpp trace/TraceBrief.h
    trace/TraceExport.cpp trace/TraceExport.h
    trace/TraceAudit.cpp trace/TraceAudit.h
    trace/TraceSheets.cpp trace/TraceSheets.h
    trace/TraceTypes.cpp trace/TraceTypes.h
    trace/VisitBuilder.cpp trace/VisitBuilder.h
)
