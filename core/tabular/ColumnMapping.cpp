// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColumnMapping.h"

#include "Messages.h"

#include <QJsonArray>
#include <QSet>

namespace cd::tabular {
namespace {

constexpr int kFormatVersion = 1;
constexpr int kMaxColumns = 16384;

Error invalid(const QString &what) {
    return makeError(Tabular::tr("The saved column mapping is not valid: %1.").arg(what));
}

QJsonArray toArray(const QStringList &strings) {
    QJsonArray array;
    for (const QString &string : strings)
        array.append(string);
    return array;
}

Result<QStringList> toStrings(const QJsonValue &value, const QString &name) {
    if (value.isUndefined())
        return QStringList();
    if (!value.isArray())
        return invalid(Tabular::tr("“%1” is not a list").arg(name));
    QStringList strings;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return invalid(Tabular::tr("“%1” holds something other than text").arg(name));
        strings.append(item.toString());
    }
    return strings;
}

} // namespace

QString ColumnMapping::text(const Row &row, const QString &key) const {
    return row.cell(column(key));
}

QVariant ColumnMapping::value(const Row &row, const QString &key) const {
    return row.value(column(key));
}

void ColumnMapping::setColumn(const QString &key, int column) {
    for (auto it = columnOf.begin(); it != columnOf.end();) {
        if (it.value() == column && it.key() != key)
            it = columnOf.erase(it);
        else
            ++it;
    }
    if (column < 0)
        columnOf.remove(key);
    else
        columnOf.insert(key, column);
    updateUnmappedHeaders();
}

void ColumnMapping::updateUnmappedHeaders() {
    QSet<int> mapped;
    for (const int column : std::as_const(columnOf))
        mapped.insert(column);
    unmappedHeaders.clear();
    for (int column = 0; column < headers.size(); ++column) {
        if (!headers[column].isEmpty() && !mapped.contains(column))
            unmappedHeaders.append(headers[column]);
    }
}

QJsonObject ColumnMapping::toJson() const {
    QJsonObject columns;
    for (auto it = columnOf.cbegin(); it != columnOf.cend(); ++it)
        columns.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("headerLine"), double(headerLine)},
        {QStringLiteral("headers"), toArray(headers)},
        {QStringLiteral("columns"), columns},
        {QStringLiteral("unmappedHeaders"), toArray(unmappedHeaders)},
    };
}

Result<ColumnMapping> ColumnMapping::fromJson(const QJsonObject &json) {
    if (json.value(QStringLiteral("version")).toInt() != kFormatVersion)
        return invalid(Tabular::tr("unknown version"));
    ColumnMapping mapping;
    const QJsonValue line = json.value(QStringLiteral("headerLine"));
    if (!line.isDouble() || line.toDouble() < 0)
        return invalid(Tabular::tr("the header line is missing"));
    mapping.headerLine = qint64(line.toDouble());

    auto headers = toStrings(json.value(QStringLiteral("headers")), QStringLiteral("headers"));
    if (!headers)
        return headers.error();
    mapping.headers = std::move(headers).value();
    auto unmapped =
        toStrings(json.value(QStringLiteral("unmappedHeaders")), QStringLiteral("unmappedHeaders"));
    if (!unmapped)
        return unmapped.error();
    mapping.unmappedHeaders = std::move(unmapped).value();

    const QJsonValue columns = json.value(QStringLiteral("columns"));
    if (!columns.isObject())
        return invalid(Tabular::tr("the columns are missing"));
    const QJsonObject columnObject = columns.toObject();
    for (auto it = columnObject.begin(); it != columnObject.end(); ++it) {
        const double column = it.value().toDouble(-1);
        if (!it.value().isDouble() || column < 0 || column >= kMaxColumns || column != double(int(column)))
            return invalid(Tabular::tr("the column of “%1” is not a column number").arg(it.key()));
        mapping.columnOf.insert(it.key(), int(column));
    }
    return mapping;
}

} // namespace cd::tabular
