// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace cd::tabular {

enum class TableFormat { Csv, Xlsx };

// One row of a table, as importers see it.
//
// `cells` always holds text, so every consumer can work with strings alone:
//  - whitespace (including no-break spaces) trimmed; text NFC-normalised, because Vietnamese keyboards on
//    Windows ("Unicode tổ hợp") type decomposed marks that would never equal the composed text stored in
//    the database;
//  - a leading apostrophe that forces text in spreadsheets ("'0912345678") dropped when a digit or '+'
//    follows it; elsewhere the apostrophe is kept as data;
//  - line breaks inside a cell are '\n', whatever the file used;
//  - trailing empty cells removed; rows with no text at all are never returned.
//
// `values` is filled by the XLSX reader only, parallel to `cells`: a typed value for each non-text cell
// (double for numbers, bool, QDate / QDateTime / QTime for cells with a date or time format) and an
// invalid QVariant for text and empty cells; it stays empty when every cell of the row is text.
// The text of a date cell is ISO, "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss" or "HH:mm:ss" as its format shows
// a date, both or a time, so text-only consumers still get an unambiguous date; QDateTime values hold
// the wall-clock time the sheet shows with a UTC spec, whatever the machine's time zone (a sheet has
// none). Use value() to get whichever applies.
struct Row {
    // CSV: the 1-based physical line where the record starts. XLSX: the row number in the sheet.
    qint64 line = 0;
    QStringList cells;
    QList<QVariant> values;

    QString cell(qsizetype column) const {
        return column >= 0 && column < cells.size() ? cells[column] : QString();
    }
    // The typed value if the cell has one, otherwise its text (an invalid QVariant past the last cell).
    QVariant value(qsizetype column) const;
    bool isDate(qsizetype column) const;
};

// A table read row by row, whatever the file format. Rows are produced as the file is read, never all at
// once. After an error the reader is finished: next() keeps returning that error.
class TableReader {
public:
    virtual ~TableReader();
    TableReader(const TableReader &) = delete;
    TableReader &operator=(const TableReader &) = delete;

    // The next non-blank row; false at the end of the table.
    Result<bool> next(Row &row);
    // Up to `count` of the next rows, which next() will still return afterwards: lets header detection and
    // the import preview look ahead without reading the file twice.
    Result<QList<Row>> peek(qsizetype count);

    // The file name given to openTable(), for messages.
    const QString &fileName() const { return m_fileName; }
    virtual TableFormat format() const = 0;
    // Workbooks only: the worksheets in workbook order, and the one being read.
    virtual QStringList sheetNames() const { return {}; }
    virtual QString sheetName() const { return {}; }
    // How far into the file reading has got, in bytes of the file, for progress bars; -1 when the format
    // cannot tell (a workbook's sheet is read through its compressed entry).
    virtual qint64 bytesConsumed() const { return -1; }
    // Text files: the encoding the file was read in ("UTF-8", "Windows-1258"…); empty for workbooks.
    virtual QString encodingName() const { return {}; }
    // A text file that is not Unicode: read in a legacy Vietnamese encoding.
    bool isLegacyEncoded() const {
        const QString name = encodingName();
        return !name.isEmpty() && !name.startsWith(QLatin1String("UTF"));
    }

protected:
    explicit TableReader(QString fileName)
        : m_fileName(std::move(fileName)) {}
    // The next raw row, possibly blank and untrimmed; false at the end.
    virtual Result<bool> readRow(Row &row) = 0;

private:
    QString m_fileName;
    QList<Row> m_lookahead;
    std::optional<Error> m_error;
};

} // namespace cd::tabular
