// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scans/ScanImport.h"

namespace cd::ui {

// What importing one file did, with what the speed display needs.
struct ScanFileOutcome {
    QString path;
    qint64 fileSize = 0;
    qint64 elapsedMs = 0;
    Result<ScanImportReport> result = makeError(QString());
};

} // namespace cd::ui
