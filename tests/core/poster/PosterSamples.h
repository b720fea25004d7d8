// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "poster/PosterTypes.h"

#include <QList>

namespace cd::test {

// A 120-character checkpoint name, the longest the registry accepts.
QString longCheckpointName();

// Six Bù Đăng checkpoints: diacritics everywhere, one with the longest name, one with a Vietnamese
// template payload instead of a tokhaiyte.vn link.
QList<PosterContent> samplePosters();

PosterTexts sampleTexts();

} // namespace cd::test
