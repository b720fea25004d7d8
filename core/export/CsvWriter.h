// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariantList>

class QTextStream;

namespace cd::sheets {

// Every CSV the program writes goes through here: RFC 4180 quoting, CRLF line ends in files (LF on a
// terminal, where Unix tools read it), and text that a
// spreadsheet would run as a formula (=, +, -, @, tab or CR first) neutralised with a leading apostrophe,
// which spreadsheets show as text and our importers drop again. Numbers (int, double) stay numbers.
// The caller writes the UTF-8 byte-order mark Excel needs, or not (standard output).
class CsvWriter {
public:
    enum class LineEnd { CrLf, Lf };
    explicit CsvWriter(QTextStream &out, LineEnd lineEnd = LineEnd::CrLf)
        : m_out(out)
        , m_lineEnd(lineEnd == LineEnd::CrLf ? "\r\n" : "\n") {}

    void writeRow(const QVariantList &cells);
    void writeRow(const QStringList &cells);

    // One cell as written: neutralised, then quoted when it needs to be.
    static QString cell(const QVariant &value);

private:
    QTextStream &m_out;
    const char *m_lineEnd;
};

} // namespace cd::sheets
