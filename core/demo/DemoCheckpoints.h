// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoDatabase.h"
#include "registry/Checkpoint.h"

namespace cd::demo {

// Plausible checkpoints for a commune of the demo: the commune's offices, schools, health station,
// market, shops, eateries and control posts, with addresses, phones and registration dates of mid-2021.
// Deterministic: the same commune and count always give the same checkpoints.
Checkpoints checkpointsFor(const QString &communeCode, const QString &communeNameWithType, int count);

} // namespace cd::demo
