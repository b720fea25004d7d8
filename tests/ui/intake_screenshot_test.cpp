// SPDX-License-Identifier: GPL-3.0-or-later
// Grabs the register import's result (problems grouped with their fixes, rows set aside, new types), the
// types dialog and the register page offscreen, to look at them as a user would. Hidden: run with
//   ui_tests "[.screenshot]"
// The PNGs go to $CD_SCREENSHOT_DIR (default: the system's temporary folder); a compiled translation
// can be tried from $CD_EXTRA_QM.
#include "TestSupport.h"
#include "preview_wait.h"

#include "Theme.h"
#include "common/Translations.h"
#include "registry/CheckpointsPage.h"
#include "registry/ImportCheckpointsDialog.h"
#include "registry/TypesDialog.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QTranslator>

using namespace cd;

namespace {

QString shot(const QString &name) {
    return QDir(qEnvironmentVariable("CD_SCREENSHOT_DIR", QDir::tempPath())).filePath(name);
}

} // namespace

TEST_CASE("screenshots of a register import as offices write registers", "[.screenshot]") {
    ui::applyTheme(*qobject_cast<QApplication *>(QCoreApplication::instance()));
    i18n::install(qEnvironmentVariable("CD_LANG", QStringLiteral("vi")));
    QTranslator extra;
    if (const QString qm = qEnvironmentVariable("CD_EXTRA_QM"); !qm.isEmpty() && extra.load(qm))
        QCoreApplication::installTranslator(&extra);
    QTemporaryDir dir;
    auto db = test::demoWorkspace();
    const QString path = dir.filePath(QStringLiteral("danh-sach-diem-quet.csv"));
    test::writeFile(path, "UBND HUYỆN BÙ ĐĂNG;;;;\n"
                          "DANH SÁCH ĐIỂM QUÉT MÃ QR;;;;\n"
                          "STT;Tên cơ sở (*);Loại hình;SĐT liên hệ;Xã/Phường\n"
                          "1;Bến xe Bù Đăng;Bến xe;0912 345 678;TT.Đức Phong\n"
                          "2;Tạp hóa Minh;Cửa hàng tạp hóa;912345680;X. Đăng Hà\n"
                          "3;Nhà văn hóa xóm 2;Nhà văn hóa xóm;0271 3870 123;Xã Đăng Hà cũ\n"
                          "4;Nhà văn hóa xóm 3;Nhà văn hóa xóm;;Xã Đăng Hà cũ\n"
                          "5;Quán Hương;Nhà hàng, quán ăn;12345;Nghĩa Trung\n"
                          ";Tổng cộng;;;5\n"
                          ";NGƯỜI LẬP BIỂU;;;CHỦ TỊCH\n");
    ui::ImportCheckpointsDialog dialog(*db);
    dialog.setFile(path);
    REQUIRE(test::previewRead(dialog));
    dialog.resize(1000, 620);
    dialog.show();
    CHECK(dialog.grab().save(shot(QStringLiteral("intake-register-preview.png"))));
    dialog.setSkipInvalid(true);
    dialog.startImport();
    REQUIRE(dialog.report());
    QCoreApplication::processEvents();
    CHECK(dialog.grab().save(shot(QStringLiteral("intake-register-result.png"))));

    ui::TypesDialog types(db->connection());
    types.show();
    CHECK(types.grab().save(shot(QStringLiteral("intake-types.png"))));

    ui::CheckpointsPage page(*db);
    page.resize(1280, 720);
    page.show();
    CHECK(page.grab().save(shot(QStringLiteral("intake-register-page.png"))));
}
