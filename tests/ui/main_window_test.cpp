// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "GuiSession.h"
#include "MainWindow.h"
#include "Workspace.h"
#include "area/AreaPage.h"
#include "area/UnitOrderModel.h"
#include "demo/DemoDatabase.h"
#include "dialogs/FirstRunDialog.h"
#include "units/OfficeScope.h"

#include <QAbstractItemModelTester>
#include <QTableView>
#include <QTest>

using namespace cd;

TEST_CASE("the main window shows only the sections that work", "[ui]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    {
        auto db = openWorkspace(path);
        REQUIRE(db.ok());
        REQUIRE(DemoDatabase::populate(db.value()->connection()).ok());
    }
    ui::GuiSession session;
    REQUIRE(session.start(path));
    ui::MainWindow *window = session.window();
    REQUIRE(window);
    CHECK(window->sectionIds() == QStringList{QStringLiteral("checkpoints"), QStringLiteral("posters"),
                                              QStringLiteral("imports"), QStringLiteral("trace"),
                                              QStringLiteral("area")});
    CHECK(window->isVisible());
}

TEST_CASE("the area page reorders the communes and saves the order", "[ui]") {
    auto db = test::demoWorkspace();
    ui::AreaPage page(*db);
    ui::UnitOrderModel *model = page.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() == 16);
    CHECK(model->data(model->index(0, ui::UnitOrderModel::NameColumn)).toString() ==
          QStringLiteral("Xã Đăng Hà"));

    auto *table = page.findChild<QTableView *>();
    REQUIRE(table);
    table->selectRow(1); // Xã Thống Nhất
    page.moveSelected(-1);
    CHECK(model->data(model->index(0, ui::UnitOrderModel::CodeColumn)).toString() == QStringLiteral("25420"));
    CHECK(model->data(model->index(0, ui::UnitOrderModel::OrderColumn)).toInt() == 1);
    CHECK(page.hasUnsavedOrder());

    page.saveOrder();
    CHECK_FALSE(page.hasUnsavedOrder());
    const AdminUnits stored = OfficeScope(db->connection()).communes();
    CHECK(stored[0].code == QStringLiteral("25420"));
    CHECK(stored[1].code == QStringLiteral("25426"));

    page.resetToCodeOrder();
    page.saveOrder();
    CHECK(OfficeScope(db->connection()).communes().first().code == QStringLiteral("25396"));
}

TEST_CASE("the first-run dialog sets the area the database serves", "[ui]") {
    auto db = test::memoryWorkspace();
    ui::FirstRunDialog dialog(*db);
    REQUIRE(dialog.selectProvince(QStringLiteral("Bình Phước")));
    REQUIRE(dialog.selectDistrict(QStringLiteral("Bù Đăng")));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    const auto scope = OfficeScope(db->connection()).current();
    REQUIRE(scope);
    CHECK(scope->district->code == QStringLiteral("696"));
}
