// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "database/Database.h"

#include <QString>

#include <memory>

namespace cd::bench {

// A demo database (Bù Đăng, 16 communes, 189 checkpoints) holding `scans` more scans besides the demo's
// own, spread evenly over the 189 checkpoints and over 01/01/2021 – 24/08/2021 (the annex's period), with
// daily_counts rebuilt to match the scan table exactly, as the importer keeps them.
//
// Built once and cached as /tmp/checkpoint-desk-bench-<scans>.sqlite (built under a temporary name and
// renamed when complete, so an interrupted build or a second benchmark running at the same time never
// sees half a file); later calls open the cached file. 10 million scans take about a minute to build and
// 1 GB of disk. The scans are generated inside SQLite by one INSERT … SELECT over a recursive sequence in
// one transaction, checkpoint by checkpoint in time order so the unique index grows at its end.
//
// Used by stats_bench (tables and report) and by the statistics view benchmark of the GUI.
Result<std::unique_ptr<Database>> openBenchDatabase(qint64 scans, QString *path = nullptr);

} // namespace cd::bench
