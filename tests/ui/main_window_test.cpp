// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "GuiSession.h"
#include "MainWindow.h"
#include "Workspace.h"
#include "area/AreaPage.h"
#include "area/UnitOrderModel.h"
#include "demo/DemoDatabase.h"
#include "dialogs/FirstRunDialog.h"
#include "scans/ImportScansDialog.h"
#include "units/OfficeScope.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDropEvent>
#include <QMimeData>
#include <QPointer>
#include <QSqlDatabase>
#include <QTableView>
#include <QTest>
#include <QUrl>

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
    session.setOperatorKnown(true);
    REQUIRE(session.start(path));
    ui::MainWindow *window = session.window();
    REQUIRE(window);
    CHECK(window->sectionIds() == QStringList{QStringLiteral("checkpoints"), QStringLiteral("posters"),
                                              QStringLiteral("imports"), QStringLiteral("statistics"),
                                              QStringLiteral("trace"), QStringLiteral("desk"),
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

TEST_CASE("scan exports dropped on the window open the import dialog on the imports section", "[ui][scans]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    {
        auto db = openWorkspace(path);
        REQUIRE(db.ok());
        REQUIRE(DemoDatabase::populate(db.value()->connection()).ok());
    }
    const QString csv = dir.filePath(QStringLiteral("quet.csv"));
    test::writeFile(csv, "Thời gian,Mã điểm,SĐT\n24/08/2021 07:00,25426-001,0912345678\n");
    const QString notes = dir.filePath(QStringLiteral("ghi-chu.txt"));
    test::writeFile(notes, "ghi chú");
    ui::GuiSession session;
    session.setOperatorKnown(true);
    REQUIRE(session.start(path));
    ui::MainWindow *window = session.window();
    REQUIRE(window);
    window->showSection(QStringLiteral("checkpoints"));

    QMimeData onlyNotes;
    onlyNotes.setUrls({QUrl::fromLocalFile(notes)});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &onlyNotes, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &refused);
    CHECK_FALSE(refused.isAccepted());

    QMimeData files;
    files.setUrls({QUrl::fromLocalFile(notes), QUrl::fromLocalFile(csv)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &drop);
    CHECK(window->currentSectionId() == QStringLiteral("imports"));
    auto *dialog = window->findChild<ui::ImportScansDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->files() == QStringList{csv});
    dialog->reject();
}

TEST_CASE("opening another database keeps the old one until the old window is gone", "[ui][security]") {
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("a.sqlite"));
    const QString second = dir.filePath(QStringLiteral("b.sqlite"));
    for (const QString &path : {first, second}) {
        auto db = openWorkspace(path);
        REQUIRE(db.ok());
        REQUIRE(DemoDatabase::populate(db.value()->connection()).ok());
    }
    ui::GuiSession session;
    session.setOperatorKnown(true);
    REQUIRE(session.start(first));
    QPointer<ui::MainWindow> previous = session.window();
    const QString oldConnection = session.database()->connection().connectionName();
    REQUIRE(QSqlDatabase::contains(oldConnection));
    emit previous->newDatabaseRequested(second);
    REQUIRE(session.window() != previous.data());
    CHECK(session.database()->path() == second);
    // The old window still exists until the event loop deletes it, and its database with it.
    REQUIRE(previous);
    CHECK(QSqlDatabase::contains(oldConnection));
    CHECK(QSqlDatabase::database(oldConnection, false).isOpen());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK_FALSE(previous);
    CHECK_FALSE(QSqlDatabase::contains(oldConnection));
}
