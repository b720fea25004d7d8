// SPDX-License-Identifier: GPL-3.0-or-later
#include "Theme.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QPalette>
#include <QStyleFactory>

namespace cd::ui {

void applyTheme(QApplication &app) {
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    const int regular = QFontDatabase::addApplicationFont(
        QStringLiteral(":/checkpoint-desk/fonts/LiberationSans-Regular.ttf"));
    QFontDatabase::addApplicationFont(QStringLiteral(":/checkpoint-desk/fonts/LiberationSans-Bold.ttf"));
    if (regular >= 0) {
        QFont font(QFontDatabase::applicationFontFamilies(regular).value(0));
        font.setPointSizeF(10);
        app.setFont(font);
    }

    QPalette palette;
    const QColor accent(0x0f, 0x6e, 0x56);
    palette.setColor(QPalette::Window, QColor(0xf4, 0xf6, 0xf5));
    palette.setColor(QPalette::WindowText, QColor(0x1f, 0x29, 0x25));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf2, 0xf7, 0xf5));
    palette.setColor(QPalette::Text, QColor(0x1f, 0x29, 0x25));
    palette.setColor(QPalette::Button, QColor(0xfb, 0xfc, 0xfb));
    palette.setColor(QPalette::ButtonText, QColor(0x1f, 0x29, 0x25));
    palette.setColor(QPalette::Highlight, accent);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, accent);
    palette.setColor(QPalette::ToolTipBase, QColor(0xff, 0xfd, 0xe7));
    palette.setColor(QPalette::ToolTipText, QColor(0x1f, 0x29, 0x25));
    palette.setColor(QPalette::PlaceholderText, QColor(0x7a, 0x86, 0x81));
    app.setPalette(palette);

    app.setStyleSheet(QStringLiteral(R"(
        #sidebar { background: #12382e; border: none; color: #e6efe9; font-size: 11pt; outline: 0; }
        #sidebar::item { padding: 10px 16px; border-left: 4px solid transparent; }
        #sidebar::item:selected { background: #1d5244; border-left: 4px solid #f2c14e; color: white; }
        #sidebar::item:hover:!selected { background: #184739; }
        #brand { background: #12382e; color: white; font-size: 13pt; font-weight: bold; padding: 16px 16px 4px 16px; }
        #brandScope { background: #12382e; color: #a9c7bb; padding: 0 16px 14px 16px; }
        #pageTitle { font-size: 16pt; font-weight: bold; color: #12382e; }
        #pageSubtitle { color: #4d5b55; font-size: 10.5pt; }
        #hint { color: #66736d; }
        QPushButton { padding: 6px 14px; border-radius: 4px; border: 1px solid #c5d0cb; background: #ffffff; }
        QPushButton:hover { background: #eef5f2; }
        QPushButton:disabled { color: #9aa5a0; background: #f3f5f4; }
        QPushButton#primaryButton { background: #0f6e56; color: white; border: 1px solid #0b5a46; font-weight: bold; }
        QPushButton#primaryButton:hover { background: #138066; }
        QPushButton#primaryButton:disabled { background: #9cc2b7; border-color: #9cc2b7; }
        QTableView { gridline-color: #e3e9e6; border: 1px solid #d5ddd9; selection-background-color: #0f6e56; }
        QHeaderView::section { background: #e8efec; padding: 6px; border: none; border-right: 1px solid #d5ddd9;
                               border-bottom: 1px solid #d5ddd9; font-weight: bold; color: #24332d; }
        QStatusBar { background: #e8efec; color: #3b4944; }
    )"));
}

} // namespace cd::ui
