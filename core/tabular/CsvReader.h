// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tabular/LegacyEncodings.h"
#include "tabular/TableOptions.h"
#include "tabular/TableReader.h"
#include "tabular/TextEncoding.h"

#include <QIODevice>
#include <QStringDecoder>

#include <memory>
#include <optional>

namespace cd::tabular {

// Reads delimited text: ',' ';' tab or '|' (detected), RFC 4180 quoting with line breaks and doubled
// quotes inside quoted fields, CRLF, LF or CR line ends, UTF-8 with or without BOM and UTF-16 (see
// guessTextEncoding). The file is decoded in large blocks and parsed in place, so memory stays flat
// whatever its size.
//
// A file that is not UTF-8 is read in the Vietnamese legacy encoding its bytes read as (Windows-1258, as
// Excel on a Vietnamese Windows saves CSV, or TCVN3), when one of them gives Vietnamese letters and the
// other does not (guessLegacyEncoding); otherwise it is an error telling the user how to convert it. A
// guess is never made between two readings that both look like Vietnamese.
class CsvReader final : public TableReader {
public:
    // Takes an open, readable device.
    static Result<std::unique_ptr<CsvReader>> open(std::unique_ptr<QIODevice> device, const QString &fileName,
                                                   const TableOptions &options = {});

    TableFormat format() const override { return TableFormat::Csv; }
    QChar delimiter() const { return m_delimiter; }
    qint64 bytesConsumed() const override;
    QStringConverter::Encoding encoding() const { return m_encoding; }
    // "UTF-8", "UTF-16LE", "Windows-1258"…
    QString encodingName() const override;

protected:
    Result<bool> readRow(Row &row) override;

private:
    enum class Parsed { Record, NeedMore, Unterminated };

    CsvReader(std::unique_ptr<QIODevice> device, const QString &fileName, TextEncoding encoding);
    Status fill();
    Parsed parseRecord(QStringList &cells, qint64 &lineBreaks);
    Error errorAt(qint64 line, const QString &message) const;

    std::unique_ptr<QIODevice> m_device;
    QStringConverter::Encoding m_encoding;
    QStringDecoder m_decoder;
    QByteArray m_bytes;
    // Decoded text not yet parsed starts at m_pos; m_line is the line it starts on.
    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    // The device is exhausted: the end of m_buffer is the end of the file.
    bool m_atEnd = false;
    // Bytes that do not decode follow the end of m_buffer.
    bool m_invalidText = false;
    // The legacy encoding the file is in, once known.
    std::optional<LegacyEncoding> m_legacy;
    // Every byte so far was ASCII: a legacy encoding can still take over without reading anything again.
    bool m_onlyAscii = true;
    QChar m_delimiter = u',';
};

} // namespace cd::tabular
