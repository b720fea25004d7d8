// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace cd::ui {

// A line across the top of the window for what the office should act on soon (personal data past its
// time, an automatic backup that failed), with the button that acts and one that puts it off.
class NoticeBanner : public QFrame {
    Q_OBJECT

public:
    NoticeBanner(const QString &text, const QString &actionText, QWidget *parent = nullptr);
    QString text() const;

signals:
    void actionClicked();

private:
    QLabel *m_text;
};

} // namespace cd::ui
