// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tabular/TableOptions.h"
#include "tabular/TableReader.h"

#include <QByteArray>
#include <QIODevice>

#include <memory>

namespace cd::tabular {

// Opens a CSV or XLSX table, choosing the reader by content: a ZIP archive is read as a workbook, text as
// CSV. Refused, with an error naming the file: empty files, binary files (images, PDFs, old .xls...), and
// files whose content contradicts their extension (text named .xlsx, a workbook named .csv).
Result<std::unique_ptr<TableReader>> openTable(const QString &path, const TableOptions &options = {});

// The same on an open, readable device, which the reader takes over; it must be seekable for XLSX.
// fileName is what errors name, and its extension is checked as above.
Result<std::unique_ptr<TableReader>> openTable(std::unique_ptr<QIODevice> device, const QString &fileName,
                                               const TableOptions &options = {});

// The same on bytes in memory.
Result<std::unique_ptr<TableReader>> openTable(const QByteArray &bytes, const QString &fileName,
                                               const TableOptions &options = {});

} // namespace cd::tabular
