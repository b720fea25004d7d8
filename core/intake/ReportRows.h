// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tabular/ColumnMapping.h"
#include "tabular/TableReader.h"

#include <QCoreApplication>

namespace cd::intake {

// The rows of a table kept as a report that are not data: a row of column numbers under the header
// ("(1) (2) (3)"), a section heading ("I. XÃ ĐĂNG HÀ"), a totals row ("Tổng cộng … 189"), the
// signature block ("NGƯỜI LẬP BIỂU", "Bù Đăng, ngày 24 tháng 8 năm 2021", the signer's name). The words
// are the vocabulary's (resources/vocabulary/table-rows.json).
enum class RowKind { Data, ColumnNumbers, Section, Totals, Signature, Note };

QString rowKindName(RowKind kind); // "section headings", "totals"… for messages and the CLI

// Rows of a table that are not data, by kind, for an import's report.
struct SkippedRows {
    RowKind kind = RowKind::Note;
    qint64 rows = 0;
    QList<qint64> lines; // the first ten

    QString toString() const; // "section headings: 3 rows (lines 8, 40, 77)"
};

class SkipTally {
public:
    void add(RowKind kind, qint64 line);
    QVector<SkippedRows> all() const;

private:
    SkippedRows m_byKind[6];
};

class ReportRows {
    Q_DECLARE_TR_FUNCTIONS(ReportRows)

public:
    ReportRows() = default;

    // What a row looks like, before the importer reads its fields. Section and Note are only candidates:
    // a single cell that is not a unit name may still be a checkpoint of the section above (the importer
    // decides). The signature block begins at the first signature row (a signer's title, "ngày … tháng …
    // năm …") and lasts to the end: rows of one or two cells in it are signature rows.
    RowKind classify(const tabular::Row &row);

    // A section heading's text without its number: "I. XÃ ĐĂNG HÀ (12 điểm)" -> "XÃ ĐĂNG HÀ".
    static QString headingText(const QString &cell);
    // The only non-empty cell of a row, or empty.
    static QString singleCell(const tabular::Row &row);
    // Whether a cell holds nothing in a way of the vocabulary ("không có", "-").
    static bool isNothing(const QString &cell);

private:
    bool m_inSignatureBlock = false;
};

} // namespace cd::intake
