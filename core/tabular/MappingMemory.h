// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "tabular/ColumnMapping.h"

#include <QSqlDatabase>

#include <optional>

namespace cd::tabular {

// The column mappings the office confirmed, one per set of headers and importer, kept in the database:
// the next file with the same headers (the same export of the same system) gets the mapping the user
// corrected last time, not the guess again.
class MappingMemory {
public:
    MappingMemory(QSqlDatabase db, QString importer)
        : m_db(std::move(db))
        , m_importer(std::move(importer)) {}

    // The detected mapping with the columns the user confirmed for these headers, or nullopt when they
    // never confirmed one. The header line stays the detected one: titles above may differ.
    std::optional<ColumnMapping> recall(const ColumnMapping &detected) const;
    Status remember(const ColumnMapping &confirmed);

    // Equal for the same headers however they are spaced, cased or accented.
    static QString signatureOf(const QStringList &headers);

private:
    QString keyOf(const QStringList &headers) const;

    QSqlDatabase m_db;
    QString m_importer;
};

} // namespace cd::tabular
