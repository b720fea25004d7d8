// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

namespace cd::ui {

// The desk's input: large type, for an official reading it from a step away, and Esc as a signal (a line
// edit would otherwise let the key reach the window). A USB scanner types into it like a keyboard and
// presses Enter, which is returnPressed().
class DeskInputLine : public QLineEdit {
    Q_OBJECT

public:
    static constexpr int kPointSize = 22;

    explicit DeskInputLine(QWidget *parent = nullptr);

signals:
    void escapePressed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace cd::ui
