// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "tabular/ExcelDates.h"

#include <QList>

namespace cd::tabular {

class ZipArchive;

// For each cell format of styles.xml (what a cell's s attribute indexes), whether it shows numbers as a
// date, a time or both.
Result<QList<DateKind>> readCellDateKinds(ZipArchive &zip, const QString &part);

} // namespace cd::tabular
