# SPDX-License-Identifier: GPL-3.0-or-later
# A province's server: district offices that see only their district (roles and row-level security), and
# the trace requests the province answers across districts. See docs/province-server.md.
target_sources(cd_core PRIVATE
    province/DistrictOffices.cpp province/DistrictOffices.h
    province/TraceRequests.cpp province/TraceRequests.h)
