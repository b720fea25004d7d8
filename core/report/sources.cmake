# SPDX-License-Identifier: GPL-3.0-or-later
# Reports: the decree's document layout (Nghị định 30/2020/NĐ-CP) on any paged device, ruled tables and
# charts painted with QPainter, and the statistics report as PDF, XLSX (libxlsxwriter) and CSV.
target_sources(cd_core PRIVATE
    report/AdminDocument.cpp report/AdminDocument.h
    report/ChartPainter.cpp report/ChartPainter.h
    report/ReportTexts.cpp report/ReportTexts.h
    report/StatisticsReport.cpp report/StatisticsReport.h
    report/StatisticsReportData.cpp report/StatisticsReportData.h
    report/StatisticsTables.cpp report/StatisticsTables.h
    report/TablePainter.cpp report/TablePainter.h
)
