// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrPainter.h"

#include <QHash>
#include <QPainter>

namespace cd {

QrPlacement placeQr(const QRectF &target, int modules) {
    QrPlacement placement;
    if (modules <= 0 || target.isEmpty())
        return placement;
    const qreal side = qMin(target.width(), target.height());
    placement.moduleSize = side / (modules + 2 * qrQuietZoneModules);
    placement.square = QRectF(0, 0, side, side);
    placement.square.moveCenter(target.center());
    const qreal quiet = qrQuietZoneModules * placement.moduleSize;
    placement.symbol = placement.square.adjusted(quiet, quiet, -quiet, -quiet);
    return placement;
}

QPainterPath qrPath(const QrCode &code, const QRectF &symbolRect) {
    struct Block {
        int left, right, top, bottom; // modules; right and bottom exclusive
    };
    QVector<Block> blocks;
    // Blocks that reached the previous row, by their (left, right) span: the ones the current row may
    // extend downwards.
    QHash<quint32, int> open, stillOpen;
    const int n = code.size();
    for (int y = 0; y < n; ++y) {
        stillOpen.clear();
        for (int x = 0; x < n;) {
            if (!code.isDark(x, y)) {
                ++x;
                continue;
            }
            const int left = x;
            while (x < n && code.isDark(x, y))
                ++x;
            const quint32 span = quint32(left) << 16 | quint32(x);
            const auto previous = open.constFind(span);
            if (previous != open.cend()) {
                blocks[*previous].bottom = y + 1;
                stillOpen.insert(span, *previous);
            } else {
                blocks.append(Block{left, x, y, y + 1});
                stillOpen.insert(span, int(blocks.size() - 1));
            }
        }
        open.swap(stillOpen);
    }

    QPainterPath path;
    if (n == 0)
        return path;
    const qreal sx = symbolRect.width() / n;
    const qreal sy = symbolRect.height() / n;
    // Blocks never overlap, so the fill rule does not matter; winding keeps shared edges seamless.
    path.setFillRule(Qt::WindingFill);
    for (const Block &block : std::as_const(blocks)) {
        // Edges from the module grid, not from accumulated widths, so neighbours meet exactly.
        const qreal x0 = symbolRect.left() + block.left * sx;
        const qreal x1 = symbolRect.left() + block.right * sx;
        const qreal y0 = symbolRect.top() + block.top * sy;
        const qreal y1 = symbolRect.top() + block.bottom * sy;
        path.addRect(QRectF(QPointF(x0, y0), QPointF(x1, y1)));
    }
    return path;
}

void paintQr(QPainter &painter, const QRectF &target, const QrCode &code, const QColor &dark,
             const QColor &light) {
    const QrPlacement placement = placeQr(target, code.size());
    if (placement.square.isEmpty())
        return;
    if (light.alpha() > 0)
        painter.fillRect(placement.square, light);
    painter.fillPath(qrPath(code, placement.symbol), dark);
}

} // namespace cd
