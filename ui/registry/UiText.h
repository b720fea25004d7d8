// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPushButton>
#include <QString>
#include <QStyle>

namespace cd::ui {

// Small helpers the registry's widgets share.

// The core's messages start in lower case, to follow a file name and line on the command line; on their
// own in the GUI they start a sentence.
inline QString sentence(QString message) {
    if (!message.isEmpty())
        message[0] = message[0].toUpper();
    return message;
}

// The theme's green button for the one action a dialog or page is for. The theme's style sheet matches
// the object name when the button is polished, which a button box may already have done: polish again.
inline void makePrimary(QPushButton *button) {
    button->setObjectName(QStringLiteral("primaryButton"));
    button->style()->unpolish(button);
    button->style()->polish(button);
}

} // namespace cd::ui
