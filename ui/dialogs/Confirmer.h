// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/StandardButtons.h"

#include <QString>
#include <QWidget>

#include <functional>

namespace cd::ui {

// Asks the user a yes/no question. Pages keep one so that tests can answer without a modal dialog.
using Confirmer = std::function<bool(const QString &title, const QString &question)>;

// The Confirmer of a page: a question box over `parent`, No by default.
inline Confirmer questionBoxOver(QWidget *parent) {
    return [parent](const QString &title, const QString &question) {
        return askYesNo(parent, title, question);
    };
}

} // namespace cd::ui
