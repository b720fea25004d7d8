// SPDX-License-Identifier: GPL-3.0-or-later
#include "InlineMessage.h"

namespace cd::ui {

InlineMessage::InlineMessage(QWidget *parent)
    : QLabel(parent) {
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void InlineMessage::showError(const QString &message) {
    m_error = true;
    showStyled(message, QStringLiteral("background: #fbeceb; border: 1px solid #e2aaa5; color: #7a1d17;"));
}

void InlineMessage::showSuccess(const QString &message) {
    m_error = false;
    showStyled(message, QStringLiteral("background: #e6f2ed; border: 1px solid #b3d4c7; color: #0b4f3e;"));
}

void InlineMessage::showInfo(const QString &message) {
    m_error = false;
    showStyled(message, QStringLiteral("background: #eef1f0; border: 1px solid #cfd8d4; color: #34423c;"));
}

void InlineMessage::dismiss() {
    m_error = false;
    clear();
    hide();
}

void InlineMessage::showStyled(const QString &message, const QString &style) {
    setStyleSheet(QStringLiteral("QLabel { %1 border-radius: 4px; padding: 6px 10px; }").arg(style));
    setText(message);
    show();
}

} // namespace cd::ui
