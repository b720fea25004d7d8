// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace cd::ui {

// Version, licence, and the licences and sources of the bundled data, fonts and libraries.
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace cd::ui
