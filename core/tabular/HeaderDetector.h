// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <initializer_list>
#include <optional>

#include "tabular/ColumnMapping.h"
#include "tabular/TableReader.h"

#include <QList>
#include <QStringList>

namespace cd::tabular {

// A field an importer wants, and the headers it goes by in the wild.
struct FieldSpec {
    QString key;          // the importer's name for it, e.g. "phone"
    QStringList synonyms; // "Số điện thoại", "SĐT", "Phone"...; the first one names the field in messages
    bool required = false;
};

// Synonyms written as UTF-16 literals, as importers list them: synonyms({u"Số điện thoại", u"SĐT"}).
QStringList synonyms(std::initializer_list<const char16_t *> words);

// Finds the header row among the first scanRows rows: real exports put titles, dates and merged banners
// above it. The header is the row naming the most fields (at least two, or every required one); the rows
// above it are skipped and the reader is left on the first data row. Fails, listing what was expected and
// what was found, when no row qualifies or a required field has no column.
Result<ColumnMapping> detectHeader(TableReader &reader, const QList<FieldSpec> &fields, int scanRows = 30);

// Maps fields to the columns of a header row. A header matches a synonym ignoring case, spacing,
// punctuation ("*", ":", "(*)"), a bracketed note or unit ("(dd/mm/yyyy)") and tone-mark placement;
// failing that, ignoring diacritics ("So dien thoai"). Exact matches win over diacritic-free ones.
ColumnMapping mapHeaderRow(const Row &header, const QList<FieldSpec> &fields);

// The mapping an import uses, with the reader left on the first data row: the one the user confirmed
// (the rows up to its header line are skipped), or, when there is none, the one detectHeader() finds.
Result<ColumnMapping> headerFor(TableReader &reader, const QList<FieldSpec> &fields,
                                const std::optional<ColumnMapping> &confirmed);

} // namespace cd::tabular
