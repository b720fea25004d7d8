# SPDX-License-Identifier: GPL-3.0-or-later
# Scan imports: the import log page, the import dialog and what one file's import did.
target_sources(cd_ui PRIVATE
    scans/CheckpointPickerDialog.cpp scans/CheckpointPickerDialog.h
    scans/ImportScansDialog.cpp scans/ImportScansDialog.h
    scans/ImportsModel.cpp scans/ImportsModel.h
    scans/ImportsPage.cpp scans/ImportsPage.h
    scans/ScanFileResultView.cpp scans/ScanFileResultView.h
    scans/ScanFileOutcome.h
)
