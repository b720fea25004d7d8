// SPDX-License-Identifier: GPL-3.0-or-later
#include "TablePainter.h"

#include "AdminDocument.h"

#include <QFontMetricsF>
#include <QPainter>

namespace cd {
namespace {
constexpr qreal kPaddingMm = 1.2;
} // namespace

TablePainter::TablePainter(QVector<Column> columns, double points)
    : m_columns(std::move(columns))
    , m_points(points) {}

void TablePainter::addRow(QStringList cells, bool bold) {
    m_rows.append({std::move(cells), bold});
}

QVector<qreal> TablePainter::columnWidths(const AdminDocument &document) const {
    qreal total = 0;
    for (const Column &column : m_columns)
        total += column.weight;
    QVector<qreal> widths;
    for (const Column &column : m_columns)
        widths.append(document.contentRect().width() * column.weight / total);
    return widths;
}

qreal TablePainter::rowHeight(AdminDocument &document, const QStringList &cells, const QFont &font,
                              const QVector<qreal> &widths) const {
    const qreal padding = document.mm(kPaddingMm);
    const QFontMetricsF metrics(font, document.painter().device());
    qreal height = metrics.height();
    for (int c = 0; c < widths.size(); ++c) {
        const QRectF bounds =
            metrics.boundingRect(QRectF(0, 0, widths[c] - 2 * padding, 1e6),
                                 Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, cells.value(c));
        height = std::max(height, bounds.height());
    }
    return height + 2 * padding;
}

void TablePainter::paintRow(AdminDocument &document, const QStringList &cells, const QFont &font,
                            bool heading, const QVector<qreal> &widths, qreal height) const {
    QPainter &painter = document.painter();
    const qreal padding = document.mm(kPaddingMm);
    QPen pen(Qt::black);
    pen.setWidthF(document.pt(0.5));
    qreal x = document.contentRect().left();
    const qreal y = document.cursor();
    painter.setFont(font);
    for (int c = 0; c < widths.size(); ++c) {
        const QRectF cell(x, y, widths[c], height);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(cell);
        painter.setPen(Qt::black);
        const Qt::Alignment alignment =
            heading ? Qt::AlignHCenter | Qt::AlignVCenter : m_columns[c].alignment | Qt::AlignVCenter;
        painter.drawText(cell.adjusted(padding, padding, -padding, -padding),
                         int(alignment) | Qt::TextWordWrap, cells.value(c));
        x += widths[c];
    }
    document.advance(height);
}

bool TablePainter::paint(AdminDocument &document) const {
    const QVector<qreal> widths = columnWidths(document);
    const QFont headingFont = AdminDocument::font(m_points, true);
    const QFont bodyFont = AdminDocument::font(m_points);
    const QFont totalFont = AdminDocument::font(m_points, true);
    QStringList headings;
    for (const Column &column : m_columns)
        headings << column.heading;
    const qreal headingHeight = rowHeight(document, headings, headingFont, widths);

    // The heading never ends a page alone: it goes with the first row.
    const qreal firstRow = m_rows.isEmpty() ? 0
                                            : rowHeight(document, m_rows.first().cells,
                                                        m_rows.first().bold ? totalFont : bodyFont, widths);
    if (!document.ensureSpace(headingHeight + firstRow))
        return false;
    paintRow(document, headings, headingFont, true, widths, headingHeight);
    for (const Row &row : m_rows) {
        const QFont &font = row.bold ? totalFont : bodyFont;
        const qreal height = rowHeight(document, row.cells, font, widths);
        if (document.remaining() < height) {
            if (!document.newPage())
                return false;
            paintRow(document, headings, headingFont, true, widths, headingHeight);
        }
        paintRow(document, row.cells, font, false, widths, height);
    }
    return true;
}

} // namespace cd
