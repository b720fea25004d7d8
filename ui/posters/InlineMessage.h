// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace cd::ui {

// A message shown where the problem is, instead of a message box: hidden until there is something to
// say, red for what went wrong, green for what went well, grey for what simply happened.
class InlineMessage : public QLabel {
    Q_OBJECT

public:
    explicit InlineMessage(QWidget *parent = nullptr);

    void showError(const QString &message);
    void showSuccess(const QString &message);
    void showInfo(const QString &message);
    void dismiss();
    bool isError() const { return m_error; }

private:
    void showStyled(const QString &message, const QString &style);

    bool m_error = false;
};

} // namespace cd::ui
