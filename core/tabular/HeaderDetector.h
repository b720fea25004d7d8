// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <initializer_list>
#include <optional>

#include "tabular/ColumnMapping.h"
#include "tabular/TableOptions.h"
#include "tabular/TableReader.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>

namespace cd::tabular {

// A field an importer wants, and the headers it goes by in the wild.
struct FieldSpec {
    QString key;          // the importer's name for it, e.g. "phone"
    QStringList synonyms; // "Số điện thoại", "SĐT", "Phone"...; the first one names the field in messages
    bool required = false;
    // Whether a header holding a synonym among other words is the field too ("SĐT liên hệ"); off where a
    // wrong guess would store the wrong thing ("Địa điểm đặt mã QR" is no QR payload).
    bool contained = true;
};

// What an importer looks for in a header row: its fields, and headers that are never a field although
// they hold a synonym ("Mã số thuế" holds "Mã số").
struct HeaderSpec {
    QList<FieldSpec> fields;
    QStringList ignored;
    // false for a preview: the closest row is taken as the header even when it lacks required fields or
    // names none, so that the user can place the columns by hand.
    bool requireComplete = true;
};

// The fields of an importer ("registry", "scans") as the vocabulary lists them (resources/vocabulary/
// headers.json), with `required` set for the given keys.
HeaderSpec headerSpecFor(const QString &importer, const QStringList &requiredKeys = {});

// Columns the user placed by hand: field key -> a header as written (matched like a synonym), a column
// letter ("C") or a 1-based column number ("3"). The CLI's --map FIELD=COLUMN.
using ColumnOverrides = QHash<QString, QString>;

// Finds the header row among the first scanRows rows: real exports put titles, dates and merged banners
// above it, and reports split it over two rows ("Địa bàn" merged over "Xã" and "Thôn/Ấp"). The header is
// the row, or pair of rows, naming the most fields (at least two, or every required one); the rows above
// it are skipped and the reader is left on the first data row. A header matches a synonym ignoring case,
// diacritics, tone placement, punctuation and bracketed notes, or by holding it among other words ("SĐT
// liên hệ"); see text::PhraseMatcher. Overrides are applied to the row found. Fails, listing what was
// expected and what was found, when no row qualifies or a required field has no column.
Result<ColumnMapping> detectHeader(TableReader &reader, const HeaderSpec &spec,
                                   const ColumnOverrides &overrides = {}, int scanRows = 30);
Result<ColumnMapping> detectHeader(TableReader &reader, const QList<FieldSpec> &fields, int scanRows = 30);

// Maps fields to the columns of one header row.
ColumnMapping mapHeaderRow(const Row &header, const QList<FieldSpec> &fields);

// Places the overridden fields in a mapping; the error names the field or the column it cannot find.
Status applyOverrides(ColumnMapping &mapping, const HeaderSpec &spec, const ColumnOverrides &overrides);

// A table opened on its header. A workbook opened without naming a sheet is read on its first sheet
// with a header: offices put a cover or instructions sheet before the data.
struct TableWithHeader {
    std::unique_ptr<TableReader> reader;
    ColumnMapping mapping;
};
Result<TableWithHeader> openWithHeader(const QString &path, const QString &sheet, const HeaderSpec &spec,
                                       const std::optional<ColumnMapping> &confirmed = {},
                                       const ColumnOverrides &overrides = {});

// The mapping an import uses, with the reader left on the first data row: the one the user confirmed
// (the rows up to its header line are skipped), or, when there is none, the one detectHeader() finds.
Result<ColumnMapping> headerFor(TableReader &reader, const HeaderSpec &spec,
                                const std::optional<ColumnMapping> &confirmed,
                                const ColumnOverrides &overrides = {});

} // namespace cd::tabular
