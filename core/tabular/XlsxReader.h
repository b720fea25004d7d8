// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tabular/ExcelDates.h"
#include "tabular/TableOptions.h"
#include "tabular/TableReader.h"
#include "tabular/XlsxWorkbook.h"

#include <QIODevice>
#include <QXmlStreamAttributes>

#include <memory>

namespace cd::tabular {

class ZipArchive;
class ZipXmlStream;

// Reads one worksheet of an XLSX workbook, streaming its XML out of the archive. Shared strings, inline
// strings, formula results, booleans, numbers and date cells (see Row) are all read; cells land in the
// column their reference names, whatever columns or rows the file leaves out.
class XlsxReader final : public TableReader {
public:
    // Takes an open, seekable device. Picks options.sheet, else the first visible worksheet.
    static Result<std::unique_ptr<XlsxReader>>
    open(std::unique_ptr<QIODevice> device, const QString &fileName, const TableOptions &options = {});
    ~XlsxReader() override;

    TableFormat format() const override { return TableFormat::Xlsx; }
    QStringList sheetNames() const override;
    QString sheetName() const override { return m_sheet.name; }

protected:
    Result<bool> readRow(Row &row) override;

private:
    // The t attribute of a cell.
    enum class CellType { Number, SharedString, InlineString, FormulaString, Boolean, Error, IsoDate };

    static CellType cellTypeOf(QStringView type);
    XlsxReader(const QString &fileName, std::unique_ptr<ZipArchive> zip);
    Status load(const TableOptions &options);
    void startRow(const QXmlStreamAttributes &attributes);
    Status startCell(const QXmlStreamAttributes &attributes);
    Status finishCell(Row &row);
    Error errorAt(qint64 line, const QString &message) const;

    std::unique_ptr<ZipArchive> m_zip;
    std::unique_ptr<ZipXmlStream> m_stream;
    XlsxWorkbook m_workbook;
    XlsxSheet m_sheet;
    QStringList m_sharedStrings;
    QList<DateKind> m_dateKinds;

    // Where the parser is in the sheet XML.
    bool m_inSheetData = false;
    bool m_finished = false;
    qint64 m_rowNumber = 0;
    qsizetype m_nextColumn = 0;
    qsizetype m_cellColumn = 0;
    CellType m_cellType = CellType::Number;
    DateKind m_cellDateKind = DateKind::None;
    QString m_cellText;
    bool m_collectText = false; // inside <v>, or the <t> of an inline string
    bool m_inInlineString = false;
    int m_phonetic = 0;
};

} // namespace cd::tabular
