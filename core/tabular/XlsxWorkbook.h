// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QList>
#include <QString>

namespace cd::tabular {

class ZipArchive;

struct XlsxSheet {
    QString name;
    QString part; // path of its XML inside the archive, e.g. "xl/worksheets/sheet1.xml"
    bool hidden = false;
};

// What must be known before a worksheet can be read: from workbook.xml and its relationships.
struct XlsxWorkbook {
    QList<XlsxSheet> sheets; // worksheets only (no chart sheets), in workbook order
    bool date1904 = false;
    QString sharedStringsPart; // empty when the workbook has none
    QString stylesPart;
};

// Fails with a clear message when the archive is not an Excel workbook (another ZIP, an OpenDocument
// spreadsheet...).
Result<XlsxWorkbook> readXlsxWorkbook(ZipArchive &zip);

} // namespace cd::tabular
