// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeskInputLine.h"

#include <QKeyEvent>

namespace cd::ui {

DeskInputLine::DeskInputLine(QWidget *parent)
    : QLineEdit(parent) {
    QFont large = font();
    large.setPointSize(kPointSize);
    setFont(large);
    setMinimumHeight(fontMetrics().height() + 20);
    setTextMargins(8, 4, 8, 4);
}

void DeskInputLine::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        emit escapePressed();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace cd::ui
