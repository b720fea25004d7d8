// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QString>
#include <QStringList>
#include <QVector>

namespace cd {

class AdminDocument;

// A ruled table painted into an AdminDocument from its cursor down, across as many pages as it needs,
// with the heading row repeated at the top of every page. Cells wrap; a row is never split.
class TablePainter {
public:
    struct Column {
        QString heading;
        qreal weight = 1;                        // share of the text area's width
        Qt::Alignment alignment = Qt::AlignLeft; // of the body cells; numbers: Qt::AlignRight
    };

    TablePainter(QVector<Column> columns, double points = 13);

    // Cells already formatted (numbers as "8.832"). A bold row is a total.
    void addRow(QStringList cells, bool bold = false);
    qsizetype rowCount() const { return m_rows.size(); }

    // Paints the table; returns false when a page could not be added.
    bool paint(AdminDocument &document) const;

private:
    struct Row {
        QStringList cells;
        bool bold = false;
    };
    QVector<qreal> columnWidths(const AdminDocument &document) const;
    qreal rowHeight(AdminDocument &document, const QStringList &cells, const QFont &font,
                    const QVector<qreal> &widths) const;
    void paintRow(AdminDocument &document, const QStringList &cells, const QFont &font, bool heading,
                  const QVector<qreal> &widths, qreal height) const;

    QVector<Column> m_columns;
    QVector<Row> m_rows;
    double m_points;
};

} // namespace cd
