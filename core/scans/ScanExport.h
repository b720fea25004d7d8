// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "export/SheetData.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

namespace cd {

// Stored scans in the shape of the national systems' scan exports (the columns the importer reads back),
// for offices that must upload what their check-in desk recorded. Phones and ID numbers are masked
// unless `fullNumbers`; every export is written to the audit log before the file.
class ScanExport {
    Q_DECLARE_TR_FUNCTIONS(ScanExport)

public:
    // STT, Thời gian, Mã điểm, Tên điểm kiểm dịch, Xã/Phường, Họ và tên, Số điện thoại, CCCD/CMND, Chiều.
    static QStringList nationalHeaders();

    // The scans between two Vietnam days, inclusive (of one checkpoint when a code is given), oldest first.
    static Result<SheetData> sheet(const QSqlDatabase &db, const QDate &from, const QDate &to,
                                   const QString &checkpointCode, bool fullNumbers);
    // Writes CSV or XLSX (by the extension) after recording the export; returns the rows written.
    static Result<qint64> write(const QSqlDatabase &db, const QString &path, const QDate &from,
                                const QDate &to, const QString &checkpointCode, bool fullNumbers);
};

} // namespace cd
