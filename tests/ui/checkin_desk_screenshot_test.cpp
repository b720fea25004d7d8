// SPDX-License-Identifier: GPL-3.0-or-later
// Grabs the check-in desk offscreen, in use, to look at it as the official would. Hidden: run with
//   ui_tests "[.screenshot]"
// The PNGs go to $CD_SCREENSHOT_DIR (default: the system's temporary folder).
#include "TestSupport.h"

#include "Theme.h"
#include "checkin/DeskInputLine.h"
#include "checkin/DeskPage.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QTest>

using namespace cd;

namespace {

QString shot(const QString &name) {
    const QString dir = qEnvironmentVariable("CD_SCREENSHOT_DIR", QDir::tempPath());
    return QDir(dir).filePath(name);
}

void grab(QWidget &widget, const QString &name) {
    QTest::qWait(100); // the table fits its columns to the rows after a delay
    widget.grab().save(shot(name));
}

// A scanner's burst; the Vietnamese letters as key events with their text (QTest::keyClicks would pass
// them through toLatin1()).
void scan(QWidget *widget, const QString &text) {
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    QTest::keyClick(widget, Qt::Key_Return);
}

} // namespace

TEST_CASE("screenshots of the check-in desk", "[.screenshot]") {
    ui::applyTheme(*qobject_cast<QApplication *>(QCoreApplication::instance()));
    auto db = test::demoWorkspace();
    ui::DeskPage page(*db);
    page.resize(1280, 820);
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    grab(page, QStringLiteral("desk-closed.png"));

    REQUIRE(page.start());
    scan(page.input(), QStringLiteral("079123456789|281234567|Nguyễn Thị Hoa|01011990|Nữ|"
                                      "Thôn 5, xã Đăng Hà, huyện Bù Đăng, tỉnh Bình Phước|15082021"));
    scan(page.input(), QStringLiteral("079085001234|Trần Văn Bình|15051985|Nam|"
                                      "Ấp 3, xã Bom Bo, huyện Bù Đăng, tỉnh Bình Phước|20062021"));
    scan(page.input(), QStringLiteral("0912 345 678"));
    scan(page.input(), QStringLiteral("Lê Văn Tám"));
    grab(page, QStringLiteral("desk-phone-question.png"));
    scan(page.phoneInput(), QStringLiteral("0987654321"));
    scan(page.input(), QStringLiteral("079123456789|281234567|Nguyễn Thị Hoa|01011990|Nữ|"
                                      "Thôn 5, xã Đăng Hà, huyện Bù Đăng, tỉnh Bình Phước|15082021"));
    grab(page, QStringLiteral("desk-repeat.png"));
    scan(page.input(), QStringLiteral("079123456789\\281234567\\Nguyn Th Hoa\\01011990\\N\\"
                                      "Thn 5, x ng H, huyn B ng, tnh Bnh Phc\\15082021"));
    grab(page, QStringLiteral("desk-in-use.png"));
}
