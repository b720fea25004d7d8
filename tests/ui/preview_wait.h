// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPushButton>
#include <QSignalSpy>

namespace cd::test {

// An import dialog reads its preview off the UI thread: this waits, in an event loop of the test's own,
// for the files just chosen to be previewed. True when they could be read.
template <typename Dialog>
bool previewRead(Dialog &dialog, int timeoutMs = 20000) {
    QSignalSpy read(&dialog, &Dialog::previewRead);
    if (dialog.isReadingPreview() && !read.wait(timeoutMs))
        return false;
    return dialog.errorText().isEmpty();
}

// The dialog's Import button.
inline QPushButton *importButton(const QWidget &dialog) {
    for (QPushButton *button : dialog.findChildren<QPushButton *>())
        if (button->text() == QStringLiteral("Import"))
            return button;
    return nullptr;
}

} // namespace cd::test
