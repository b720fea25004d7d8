# SPDX-License-Identifier: GPL-3.0-or-later
# The statistics report from the GUI: its remembered texts, exports and printing.
target_sources(cd_ui PRIVATE
    report/ReportActions.cpp report/ReportActions.h
    report/ReportTextsDialog.cpp report/ReportTextsDialog.h
)
