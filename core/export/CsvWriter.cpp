// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvWriter.h"

#include "SheetWriters.h"

#include <QTextStream>

namespace cd::sheets {

QString CsvWriter::cell(const QVariant &value) {
    if (!value.isValid() || value.isNull())
        return {};
    return csvQuoted(isNumber(value) ? plainText(value) : protectAgainstFormula(plainText(value)));
}

void CsvWriter::writeRow(const QVariantList &cells) {
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_out << u',';
        m_out << cell(cells[i]);
    }
    m_out << m_lineEnd;
}

void CsvWriter::writeRow(const QStringList &cells) {
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_out << u',';
        m_out << cell(cells[i]);
    }
    m_out << m_lineEnd;
}

} // namespace cd::sheets
