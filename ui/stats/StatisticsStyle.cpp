// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatisticsStyle.h"

#include <QFont>
#include <QPainter>
#include <QPixmap>

namespace cd::ui::statisticsStyle {

QColor checkpointsColor() {
    return QColor(0x0f, 0x6e, 0x56);
}

QColor scansColor() {
    return QColor(0x2b, 0x6c, 0xb0);
}

QColor activeColor() {
    return QColor(0x3f, 0x9c, 0x6d);
}

QColor inactiveColor() {
    return QColor(0xe0, 0x8e, 0x1b);
}

QBrush flagBackground() {
    return QColor(0xff, 0xf3, 0xdc);
}

QBrush totalBackground() {
    return QColor(0xe8, 0xef, 0xec);
}

QIcon flagIcon() {
    QIcon icon;
    for (const int side : {16, 32}) {
        QPixmap pixmap(side, side);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(inactiveColor());
        painter.drawEllipse(QRectF(0.5, 0.5, side - 1, side - 1));
        QFont font;
        font.setBold(true);
        font.setPixelSize(side * 3 / 4);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(QRect(0, 0, side, side), Qt::AlignCenter, QStringLiteral("!"));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace cd::ui::statisticsStyle
