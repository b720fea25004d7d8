// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoDatabase.h"

#include "units/OfficeScope.h"

#include <QFile>
#include <QTextStream>

namespace cd {

QVector<AnnexRow> DemoDatabase::annex() {
    QVector<AnnexRow> rows;
    QFile file(QStringLiteral(":/checkpoint-desk/data/bu-dang-annex-2021-08-24.csv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    QTextStream in(&file);
    in.setEncoding(QStringConverter::Utf8);
    in.readLine(); // header
    while (!in.atEnd()) {
        const QStringList fields = in.readLine().split(u',');
        if (fields.size() != 5)
            continue;
        rows.append({fields[0].toInt(), fields[1], fields[2], fields[3].toInt(), fields[4].toLongLong()});
    }
    return rows;
}

Status DemoDatabase::populate(QSqlDatabase db) {
    OfficeScope scope(db);
    if (auto configured = scope.configure(QStringLiteral("Bình Phước"), QStringLiteral("Bù Đăng"));
        !configured)
        return configured.error();
    QStringList order;
    for (const AnnexRow &row : annex())
        order << row.code;
    return scope.setOrder(order);
}

} // namespace cd
