// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>

namespace cd::ui {

// Qt ships no Vietnamese for its own buttons (there is no qtbase_vi.qm): a standard OK, Cancel, Close,
// Yes or No would stay in English in a Vietnamese window. Every dialog names its standard buttons here.
inline void nameStandardButtons(QDialogButtonBox *buttons) {
    static const std::pair<QDialogButtonBox::StandardButton, const char *> names[] = {
        {QDialogButtonBox::Ok, QT_TRANSLATE_NOOP("cd::ui::StandardButtons", "OK")},
        {QDialogButtonBox::Cancel, QT_TRANSLATE_NOOP("cd::ui::StandardButtons", "Cancel")},
        {QDialogButtonBox::Close, QT_TRANSLATE_NOOP("cd::ui::StandardButtons", "Close")},
        {QDialogButtonBox::Yes, QT_TRANSLATE_NOOP("cd::ui::StandardButtons", "Yes")},
        {QDialogButtonBox::No, QT_TRANSLATE_NOOP("cd::ui::StandardButtons", "No")},
        {QDialogButtonBox::Save, QT_TRANSLATE_NOOP("cd::ui::StandardButtons", "Save")},
    };
    for (const auto &[which, name] : names)
        if (QPushButton *button = buttons->button(which))
            button->setText(QCoreApplication::translate("cd::ui::StandardButtons", name));
}

// A yes/no question over `parent`, No by default, with the buttons in the program's language.
inline bool askYesNo(QWidget *parent, const QString &title, const QString &question) {
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
    QPushButton *yes =
        box.addButton(QCoreApplication::translate("cd::ui::StandardButtons", "Yes"), QMessageBox::YesRole);
    QPushButton *no =
        box.addButton(QCoreApplication::translate("cd::ui::StandardButtons", "No"), QMessageBox::NoRole);
    box.setDefaultButton(no);
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

} // namespace cd::ui
