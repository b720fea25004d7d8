# SPDX-License-Identifier: GPL-3.0-or-later
# A province's server in the window: the province office's section (the districts' trace requests, the
# district offices) and a district office's requests to the province from its tracing page. Nothing of it
# in an office's own SQLite file. See docs/province-server.md.
target_sources(cd_ui PRIVATE
    province/AddDistrictOfficeDialog.cpp province/AddDistrictOfficeDialog.h
    province/AskProvinceDialog.cpp province/AskProvinceDialog.h
    province/DistrictOfficesPanel.cpp province/DistrictOfficesPanel.h
    province/DistrictRequestsDialog.cpp province/DistrictRequestsDialog.h
    province/ProvincePage.cpp province/ProvincePage.h
    province/ProvinceRequestBar.cpp province/ProvinceRequestBar.h
    province/ProvinceRequestsPanel.cpp province/ProvinceRequestsPanel.h
    province/ProvinceServerUi.cpp province/ProvinceServerUi.h
    province/RefuseRequestDialog.cpp province/RefuseRequestDialog.h
    province/RequestSheets.cpp province/RequestSheets.h
    province/RequestTables.cpp province/RequestTables.h
    province/ServerOffice.cpp province/ServerOffice.h
    province/TraceAnswerDialog.cpp province/TraceAnswerDialog.h
)
