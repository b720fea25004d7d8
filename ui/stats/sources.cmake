# SPDX-License-Identifier: GPL-3.0-or-later
# Statistics: the annex table with its drill-down and follow-up list, the charts, and the report's
# dialog, printing and exports (ui/report).
target_sources(cd_ui PRIVATE
    stats/ChartExport.cpp stats/ChartExport.h
    stats/CheckpointStatisticsModel.cpp stats/CheckpointStatisticsModel.h
    stats/StatisticsCharts.cpp stats/StatisticsCharts.h
    stats/StatisticsChartsView.cpp stats/StatisticsChartsView.h
    stats/StatisticsColumns.cpp stats/StatisticsColumns.h
    stats/StatisticsPage.cpp stats/StatisticsPage.h
    stats/StatisticsPageActions.cpp
    stats/StatisticsStyle.cpp stats/StatisticsStyle.h
    stats/UnitStatisticsModel.cpp stats/UnitStatisticsModel.h
)
