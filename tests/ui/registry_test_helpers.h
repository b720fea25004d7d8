// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the registry GUI tests.
#pragma once

#include "TestSupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDialog>
#include <QLineEdit>
#include <QTimer>

#include <functional>

namespace cd::test {

// Acts on the next modal dialog of type Dialog once exec() shows it, then closes it if the action left
// it open, so that a failing test cannot hang in exec(). Gives up (and rejects any modal dialog) after
// five seconds.
template <typename Dialog>
void whenModal(std::function<void(Dialog *)> act) {
    auto *timer = new QTimer;
    const QDeadlineTimer deadline(5000);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, deadline, act] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog && !deadline.hasExpired())
            return;
        timer->stop();
        timer->deleteLater();
        if (dialog) {
            act(dialog);
            if (dialog->isVisible())
                dialog->reject();
        } else if (auto *other = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            other->reject();
        }
    });
    timer->start(10);
}

template <typename Widget>
Widget *field(QWidget *form, const char *name) {
    auto *widget = form->findChild<Widget *>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

inline void setText(QWidget *form, const char *name, const QString &text) {
    field<QLineEdit>(form, name)->setText(text);
}

// Chooses the item whose text is `text`; fails the test when there is none.
inline void choose(QWidget *form, const char *name, const QString &text) {
    auto *combo = field<QComboBox>(form, name);
    const int index = combo->findText(text);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace cd::test
