# SPDX-License-Identifier: GPL-3.0-or-later
# Background work: the one job abstraction every page and dialog runs long work with.
target_sources(cd_ui PRIVATE
    jobs/Job.cpp jobs/Job.h
)
