// SPDX-License-Identifier: GPL-3.0-or-later
#include "SheetLayout.h"

#include <QPageSize>
#include <QTransform>

#include <QtMath>

namespace cd {

namespace {

// Office printers leave about 4 mm unprinted at each edge; cut marks live in this margin.
constexpr qreal sheetMargin = 8;
// Between stickers: room for the cut marks of both neighbours.
constexpr qreal gutter = 6;
constexpr qreal markOffset = 1;
constexpr qreal markLength = 5;

QPageSize::PageSizeId pageSizeId(PosterLayout::PageSize size) {
    switch (size) {
    case PosterLayout::PageSize::A5:
        return QPageSize::A5;
    case PosterLayout::PageSize::A3:
        return QPageSize::A3;
    case PosterLayout::PageSize::A4:
        break;
    }
    return QPageSize::A4;
}

// How far one can go from point in direction before reaching another slot or the sheet's edge.
qreal roomFrom(QPointF point, QPointF direction, const QList<QRectF> &posterRects, const QSizeF &sheet) {
    qreal room = direction.x() > 0   ? sheet.width() - point.x()
                 : direction.x() < 0 ? point.x()
                 : direction.y() > 0 ? sheet.height() - point.y()
                                     : point.y();
    for (const QRectF &slot : posterRects) {
        // Slots in the way: those the ray enters (edges on the line itself are not in the way).
        if (direction.x() != 0 && point.y() > slot.top() - 1e-6 && point.y() < slot.bottom() + 1e-6) {
            const qreal distance = direction.x() > 0 ? slot.left() - point.x() : point.x() - slot.right();
            if (distance > 1e-6)
                room = qMin(room, distance);
        } else if (direction.y() != 0 && point.x() > slot.left() - 1e-6 && point.x() < slot.right() + 1e-6) {
            const qreal distance = direction.y() > 0 ? slot.top() - point.y() : point.y() - slot.bottom();
            if (distance > 1e-6)
                room = qMin(room, distance);
        }
    }
    return room;
}

QList<QLineF> cornerMarks(const QList<QRectF> &posterRects, const QSizeF &sheet) {
    QList<QLineF> marks;
    for (const QRectF &slot : posterRects) {
        const QPointF corners[] = {slot.topLeft(), slot.topRight(), slot.bottomLeft(), slot.bottomRight()};
        for (const QPointF &corner : corners) {
            const QPointF outwards(corner.x() == slot.left() ? -1 : 1, corner.y() == slot.top() ? -1 : 1);
            for (const QPointF direction : {QPointF(outwards.x(), 0), QPointF(0, outwards.y())}) {
                // Half the room at most, so the marks of two neighbours never touch.
                const qreal length =
                    qMin(markLength, roomFrom(corner, direction, posterRects, sheet) / 2 - markOffset);
                if (length > 0.5)
                    marks << QLineF(corner + direction * markOffset,
                                    corner + direction * (markOffset + length));
            }
        }
    }
    return marks;
}

} // namespace

QRectF posterRectIn(const QRectF &area) {
    QSizeF size(area.height() / M_SQRT2, area.height());
    if (size.width() > area.width())
        size = QSizeF(area.width(), area.width() * M_SQRT2);
    QRectF rect(QPointF(0, 0), size);
    rect.moveCenter(area.center());
    return rect;
}

SheetGeometry sheetGeometry(const PosterLayout &layout) {
    const int perPage = layout.isValid() ? layout.perPage : 1;
    const auto orientation = perPage == 2 ? QPageLayout::Landscape : QPageLayout::Portrait;
    SheetGeometry sheet;
    sheet.pageLayout = QPageLayout(QPageSize(pageSizeId(layout.pageSize)), orientation, QMarginsF(),
                                   QPageLayout::Millimeter);
    sheet.size = sheet.pageLayout.fullRect(QPageLayout::Millimeter).size();
    if (perPage == 1) {
        sheet.posterRects << QRectF(QPointF(0, 0), sheet.size);
        return sheet;
    }

    const int columns = 2;
    const int rows = perPage / columns;
    const QRectF usable =
        QRectF(QPointF(0, 0), sheet.size).adjusted(sheetMargin, sheetMargin, -sheetMargin, -sheetMargin);
    const QSizeF cell((usable.width() - gutter * (columns - 1)) / columns,
                      (usable.height() - gutter * (rows - 1)) / rows);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            const QRectF cellRect(usable.left() + column * (cell.width() + gutter),
                                  usable.top() + row * (cell.height() + gutter), cell.width(), cell.height());
            sheet.posterRects << posterRectIn(cellRect);
        }
    }
    sheet.cutMarks = cornerMarks(sheet.posterRects, sheet.size);
    return sheet;
}

QTransform sheetToDevice(const SheetGeometry &sheet, const QRectF &pageRect) {
    return QTransform::fromScale(pageRect.width() / sheet.size.width(),
                                 pageRect.height() / sheet.size.height()) *
           QTransform::fromTranslate(pageRect.left(), pageRect.top());
}

} // namespace cd
