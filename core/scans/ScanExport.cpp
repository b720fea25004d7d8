// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScanExport.h"

#include "ScanQueries.h"
#include "ScanTime.h"
#include "audit/AuditLog.h"
#include "export/SheetWriters.h"
#include "registry/CheckpointRegistry.h"
#include "registry/PhoneNumber.h"
#include "trace/TraceSheets.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonObject>

#include <limits>

namespace cd {

QStringList ScanExport::nationalHeaders() {
    return {QStringLiteral("STT"),           QStringLiteral("Thời gian"),
            QStringLiteral("Mã điểm"),       QStringLiteral("Tên điểm kiểm dịch"),
            QStringLiteral("Xã/Phường"),     QStringLiteral("Họ và tên"),
            QStringLiteral("Số điện thoại"), QStringLiteral("CCCD/CMND"),
            QStringLiteral("Chiều")};
}

Result<SheetData> ScanExport::sheet(const QSqlDatabase &db, const QDate &from, const QDate &to,
                                    const QString &checkpointCode, bool fullNumbers) {
    if (!from.isValid() || !to.isValid() || to < from)
        return Error{tr("give the period: --from and --to, the end on or after the start"),
                     {},
                     0,
                     QStringLiteral("period")};
    const auto scans = ScanQueries(db).scans(checkpointCode, from, to, std::numeric_limits<int>::max());
    if (!scans)
        return scans.error();
    QHash<QString, QString> communeOf;
    for (const Checkpoint &c : CheckpointRegistry(db).list())
        communeOf.insert(c.code, c.communeName);

    SheetData sheet;
    sheet.title = tr("Scans");
    const QStringList headers = nationalHeaders();
    // The national headers are the column keys too: the CSV's header row is the exports' own.
    const QStringList &keys = headers;
    for (qsizetype i = 0; i < headers.size(); ++i)
        sheet.columns.append({keys[i], headers[i], i == 3 || i == 5 ? 28.0 : 16.0});
    const trace::Phones numbers = fullNumbers ? trace::Phones::Full : trace::Phones::Masked;
    qint64 index = 0;
    for (const StoredScan &scan : scans.value()) {
        const QString direction = scan.direction == QLatin1String("out")  ? QStringLiteral("Check-out")
                                  : scan.direction == QLatin1String("in") ? QStringLiteral("Check-in")
                                                                          : scan.direction;
        sheet.rows.append({++index, scantime::toVietnamText(scan.when), scan.checkpointCode,
                           scan.checkpointName, communeOf.value(scan.checkpointCode), scan.personName,
                           trace::shownPhone(scan.phone, numbers),
                           trace::shownIdNumber(scan.idNumber, numbers), direction});
    }
    return sheet;
}

Result<qint64> ScanExport::write(const QSqlDatabase &db, const QString &path, const QDate &from,
                                 const QDate &to, const QString &checkpointCode, bool fullNumbers) {
    auto made = sheet(db, from, to, checkpointCode, fullNumbers);
    if (!made)
        return made.error();
    // Recorded before the file is written: personal data the log cannot account for is not exported.
    const QJsonObject details{
        {QStringLiteral("what"), QStringLiteral("scans")},
        {QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
        {QStringLiteral("rows"), qint64(made->rows.size())},
        {QStringLiteral("from"), from.toString(Qt::ISODate)},
        {QStringLiteral("to"), to.toString(Qt::ISODate)},
        {QStringLiteral("phones"), fullNumbers ? QStringLiteral("full") : QStringLiteral("masked")}};
    if (auto logged = audit::AuditLog(db).record(audit::Action::Export, details); !logged)
        return logged.error();
    const Status written = sheets::writeSheet(path, made.value());
    if (!written)
        return written.error();
    return qint64(made->rows.size());
}

} // namespace cd
