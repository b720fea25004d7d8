// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableReader.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

namespace cd::tabular {
namespace {

bool hasCombiningMark(const QString &text) {
    for (const QChar ch : text) {
        if (ch.unicode() >= 0x0300 && ch.unicode() <= 0x036F)
            return true;
    }
    return false;
}

// Only the rare cells that need it are copied: this runs on every cell of a million-row file.
void tidyCell(QString &cell) {
    if (cell.isEmpty())
        return;
    if (cell.front().isSpace() || cell.back().isSpace())
        cell = cell.trimmed();
    if (cell.size() > 1 && cell.front() == u'\'' && (cell[1].isDigit() || cell[1] == u'+'))
        cell.remove(0, 1);
    if (hasCombiningMark(cell))
        cell = cell.normalized(QString::NormalizationForm_C);
}

// Tidies the cells; false when nothing is left.
bool tidyRow(Row &row) {
    for (QString &cell : row.cells)
        tidyCell(cell);
    qsizetype used = row.cells.size();
    while (used > 0 && row.cells[used - 1].isEmpty())
        --used;
    row.cells.resize(used);
    if (row.values.size() > used)
        row.values.resize(used);
    return used > 0;
}

} // namespace

QVariant Row::value(qsizetype column) const {
    if (column >= 0 && column < values.size() && values[column].isValid())
        return values[column];
    if (column >= 0 && column < cells.size())
        return cells[column];
    return {};
}

bool Row::isDate(qsizetype column) const {
    if (column < 0 || column >= values.size())
        return false;
    const auto type = values[column].typeId();
    return type == QMetaType::QDate || type == QMetaType::QDateTime || type == QMetaType::QTime;
}

TableReader::~TableReader() = default;

Result<bool> TableReader::next(Row &row) {
    if (!m_lookahead.isEmpty()) {
        row = m_lookahead.takeFirst();
        return true;
    }
    if (m_error)
        return *m_error;
    for (;;) {
        auto more = readRow(row);
        if (!more) {
            m_error = more.error();
            return more;
        }
        if (!*more)
            return false;
        if (tidyRow(row))
            return true;
    }
}

Result<QList<Row>> TableReader::peek(qsizetype count) {
    QList<Row> rows;
    std::optional<Error> error;
    while (rows.size() < count) {
        Row row;
        auto more = next(row);
        if (!more) {
            error = more.error();
            break;
        }
        if (!*more)
            break;
        rows.append(std::move(row));
    }
    // Whatever was read goes back in front, even on error, so that next() returns it before the error.
    m_lookahead = rows + m_lookahead;
    if (error)
        return *error;
    return rows;
}

} // namespace cd::tabular
