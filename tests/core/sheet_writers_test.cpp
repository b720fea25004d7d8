// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "export/SheetWriters.h"

#include <QFileInfo>

#include <atomic>
#include <thread>
#include <unistd.h>

using namespace cd;

namespace {

SheetData sheetWith(const QString &value) {
    SheetData sheet;
    sheet.title = QStringLiteral("Trang 1");
    sheet.columns = {{QStringLiteral("name"), QStringLiteral("Tên"), 20}};
    sheet.rows = {{value}};
    return sheet;
}

} // namespace

TEST_CASE("sheets: replacing a workbook never leaves the path without one", "[export]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("thong-ke.xlsx"));
    REQUIRE(sheets::writeXlsx(path, {sheetWith(QStringLiteral("đầu tiên"))}).ok());

    // A reader polling the path while the workbook is replaced again and again: the old file was once
    // deleted before the new one was renamed into place, and a reader could find nothing there.
    std::atomic_bool stop = false;
    std::atomic_int missing = 0;
    const QByteArray encoded = QFile::encodeName(path);
    std::thread watcher([&] {
        while (!stop) {
            if (::access(encoded.constData(), F_OK) != 0)
                ++missing;
        }
    });
    for (int i = 0; i < 150; ++i)
        REQUIRE(sheets::writeXlsx(path, {sheetWith(QStringLiteral("lần %1").arg(i))}).ok());
    stop = true;
    watcher.join();
    CHECK(missing == 0);
    CHECK(QFileInfo(path).size() > 0);
    // Nothing of the temporary files remains beside it.
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1);
}

TEST_CASE("sheets: a workbook that fails to fill keeps the old file byte for byte", "[export]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("thong-ke.xlsx"));
    REQUIRE(sheets::writeXlsx(path, {sheetWith(QStringLiteral("cũ"))}).ok());
    const QByteArray before = test::readFile(path);

    const Status failed = sheets::writeWorkbook(
        path, [](lxw_workbook *) -> Status { return makeError(QStringLiteral("the disk is full")); });
    REQUIRE_FALSE(failed.ok());
    CHECK(test::readFile(path) == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1);

    // A target that cannot be replaced (a folder of that name) is an error naming it, not a lost file.
    const QString folder = dir.filePath(QStringLiteral("thu-muc.xlsx"));
    REQUIRE(QDir().mkpath(folder + QStringLiteral("/con")));
    const Status refused = sheets::writeXlsx(folder, {sheetWith(QStringLiteral("mới"))});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().file == folder);
    CHECK(QFileInfo(folder + QStringLiteral("/con")).isDir());
}
