// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdminUnitRepository.h"

#include "common/VietnameseText.h"
#include "database/SqlQuery.h"
#include "database/Transaction.h"

#include <QFile>
#include <QSqlQuery>
#include <QTextStream>

namespace cd {
namespace {

const QString kSelect =
    QStringLiteral("SELECT u.code, u.level, u.parent_code, u.type, u.name, u.name_with_type, "
                   "p.name_with_type "
                   "FROM admin_units u LEFT JOIN admin_units p ON p.code = u.parent_code ");

AdminUnit readUnit(const QSqlQuery &query) {
    AdminUnit unit;
    unit.code = query.value(0).toString();
    unit.level = static_cast<AdminUnit::Level>(query.value(1).toInt());
    unit.parentCode = query.value(2).toString();
    unit.type = query.value(3).toString();
    unit.name = query.value(4).toString();
    unit.nameWithType = query.value(5).toString();
    unit.parentNameWithType = query.value(6).toString();
    return unit;
}

AdminUnits readAll(Result<QSqlQuery> query) {
    AdminUnits units;
    if (!query)
        return units;
    while (query.value().next())
        units << readUnit(query.value());
    return units;
}

} // namespace

QString AdminUnitRepository::bundledListPath() {
    return QStringLiteral(":/checkpoint-desk/data/vn-admin-units-2021-08.csv");
}

Status AdminUnitRepository::ensureLoaded() {
    if (count() > 0)
        return success();
    return loadFromCsv(bundledListPath());
}

Status AdminUnitRepository::loadFromCsv(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return makeError(tr("cannot read the list of administrative units: %1").arg(file.errorString()),
                         path);
    QTextStream in(&file);
    in.setEncoding(QStringConverter::Utf8);

    const QString header = in.readLine();
    if (header.trimmed() != QLatin1String("code,level,parent_code,type,name,name_with_type"))
        return makeError(tr("unexpected header “%1”").arg(header), path, 1);

    Transaction transaction(m_db);
    QSqlQuery insert(m_db);
    insert.prepare(
        QStringLiteral("INSERT INTO admin_units (code, level, parent_code, type, name, name_with_type) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    qint64 lineNumber = 1;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        const QStringList fields = line.split(u',');
        if (fields.size() != 6)
            return makeError(tr("expected 6 fields, found %1").arg(fields.size()), path, lineNumber);
        bool levelOk = false;
        const int level = fields[1].toInt(&levelOk);
        if (!levelOk || level < 1 || level > 3)
            return makeError(tr("level must be 1, 2 or 3"), path, lineNumber, QStringLiteral("level"));
        insert.addBindValue(fields[0]);
        insert.addBindValue(level);
        insert.addBindValue(fields[2].isEmpty() ? QVariant() : QVariant(fields[2]));
        insert.addBindValue(text::normalized(fields[3]));
        insert.addBindValue(text::normalized(fields[4]));
        insert.addBindValue(text::normalized(fields[5]));
        if (!insert.exec())
            return Error{sql::errorOf(insert).message, path, lineNumber, {}};
    }
    if (!transaction.commit())
        return makeError(tr("could not store the administrative units: %1").arg(transaction.failure()), path);
    return success();
}

std::optional<AdminUnit> AdminUnitRepository::unit(const QString &code) const {
    auto query = sql::exec(m_db, kSelect + QStringLiteral("WHERE u.code = ?"), {code});
    if (!query || !query.value().next())
        return std::nullopt;
    return readUnit(query.value());
}

AdminUnits AdminUnitRepository::provinces() const {
    return readAll(sql::exec(m_db, kSelect + QStringLiteral("WHERE u.level = 1 ORDER BY u.code")));
}

AdminUnits AdminUnitRepository::children(const QString &parentCode) const {
    return readAll(
        sql::exec(m_db,
                  kSelect + QStringLiteral("LEFT JOIN unit_order o ON o.unit_code = u.code "
                                           "WHERE u.parent_code = ? "
                                           "ORDER BY CASE WHEN o.position IS NULL THEN 1 ELSE 0 END, "
                                           "o.position, u.code"),
                  {parentCode}));
}

qint64 AdminUnitRepository::count() const {
    auto result = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM admin_units"));
    return result ? result.value().toLongLong() : 0;
}

} // namespace cd
