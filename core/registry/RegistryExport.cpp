// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegistryExport.h"

#include "QrPayloads.h"
#include "export/SheetWriters.h"

#include <QFileInfo>

namespace cd {

SheetData registrySheet(const QSqlDatabase &db, const Checkpoints &checkpoints) {
    const QrPayloads payloads(db);
    SheetData sheet;
    sheet.title = QStringLiteral("Điểm kiểm dịch");
    sheet.columns = {
        {QStringLiteral("code"), QStringLiteral("Mã điểm"), 12},
        {QStringLiteral("name"), QStringLiteral("Tên điểm kiểm dịch"), 40},
        {QStringLiteral("type"), QStringLiteral("Loại điểm kiểm dịch"), 24},
        {QStringLiteral("phone"), QStringLiteral("Số điện thoại"), 14},
        {QStringLiteral("province"), QStringLiteral("Tỉnh thành"), 18},
        {QStringLiteral("district"), QStringLiteral("Quận huyện"), 18},
        {QStringLiteral("commune"), QStringLiteral("Phường xã"), 22},
        {QStringLiteral("commune_code"), QStringLiteral("Mã xã"), 8},
        {QStringLiteral("address"), QStringLiteral("Địa chỉ"), 40},
        {QStringLiteral("lat"), QStringLiteral("Vĩ độ"), 10},
        {QStringLiteral("lon"), QStringLiteral("Kinh độ"), 10},
        {QStringLiteral("parent_code"), QStringLiteral("Mã điểm cha"), 12},
        {QStringLiteral("status"), QStringLiteral("Trạng thái"), 10},
        {QStringLiteral("qr_payload"), QStringLiteral("Nội dung mã QR"), 40},
        {QStringLiteral("qr_source"), QStringLiteral("Nguồn mã QR"), 10},
        {QStringLiteral("description"), QStringLiteral("Giới thiệu"), 30},
        {QStringLiteral("registered_on"), QStringLiteral("Ngày đăng ký"), 12},
        {QStringLiteral("closed_on"), QStringLiteral("Ngày đóng"), 12},
    };
    for (const Checkpoint &c : checkpoints) {
        const PrintedPayload printed = payloads.printed(c);
        sheet.rows.append({c.code, c.name, c.typeName, c.phone, c.provinceName, c.districtName, c.communeName,
                           c.communeCode, c.address, c.latitude ? QVariant(*c.latitude) : QVariant(),
                           c.longitude ? QVariant(*c.longitude) : QVariant(), c.parentCode,
                           statusKey(c.status), printed.payload, printed.sourceKey(), c.description,
                           c.registeredOn.isValid() ? QVariant(c.registeredOn) : QVariant(),
                           c.closedOn.isValid() ? QVariant(c.closedOn) : QVariant()});
    }
    return sheet;
}

} // namespace cd

namespace cd {

Status writeRegister(const QSqlDatabase &db, const Checkpoints &checkpoints, const QString &path) {
    const SheetData sheet = registrySheet(db, checkpoints);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return sheets::writeXlsx(path, {sheet});
    return sheets::writeFile(path,
                             suffix == QLatin1String("json") ? sheets::toJson(sheet) : sheets::toCsv(sheet));
}

} // namespace cd
