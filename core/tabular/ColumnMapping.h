// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "tabular/TableReader.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace cd::tabular {

// Which column holds which field, as guessed by detectHeader() and corrected by the user. A plain value,
// saved as JSON so that the next file from the same source gets the same mapping.
struct ColumnMapping {
    QHash<QString, int> columnOf; // field key -> 0-based column; unmapped fields are absent
    QStringList headers;          // the header row's cells
    qint64 headerLine = 0;        // its line (CSV) or row number (XLSX)
    QStringList unmappedHeaders;  // non-empty headers that no field took, for the user to check

    int column(const QString &key) const { return columnOf.value(key, -1); }
    // The field's text in a data row; empty when the field is unmapped or the cell is missing.
    QString text(const Row &row, const QString &key) const;
    // The field's typed value (see Row::value); invalid when unmapped or missing.
    QVariant value(const Row &row, const QString &key) const;
    // Maps a field to a column, or unmaps it with -1, keeping unmappedHeaders in step. A column holds one
    // field: a field mapped there before is unmapped.
    void setColumn(const QString &key, int column);
    // Recomputes unmappedHeaders from headers and columnOf, after editing them directly.
    void updateUnmappedHeaders();

    QJsonObject toJson() const;
    static Result<ColumnMapping> fromJson(const QJsonObject &json);

    bool operator==(const ColumnMapping &) const = default;
};

} // namespace cd::tabular
