// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "registry_test_helpers.h"

#include "common/Clock.h"
#include "database/Database.h"
#include "database/SqlQuery.h"
#include "registry/CheckpointDialog.h"
#include "registry/CheckpointFilterProxy.h"
#include "registry/CheckpointForm.h"
#include "registry/CheckpointRegistry.h"
#include "registry/CheckpointTableModel.h"
#include "registry/CheckpointTypes.h"
#include "registry/CheckpointsPage.h"
#include "registry/RegistryImport.h"
#include "registry/TypesDialog.h"
#include "units/OfficeScope.h"

#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

using namespace cd;
using Model = ui::CheckpointTableModel;

namespace {

const QString kDangHa = QStringLiteral("25426"); // Xã Đăng Hà, first in the annex's order

// Fills the registration form as a user would.
void fillNewCheckpoint(QWidget *dialog, const QString &name) {
    test::setText(dialog, "name", name);
    test::choose(dialog, "type", QStringLiteral("Chợ"));
    test::setText(dialog, "phone", QStringLiteral("0912 345 678"));
    test::choose(dialog, "commune", QStringLiteral("Xã Đăng Hà"));
    test::setText(dialog, "address", QStringLiteral("Thôn 3, xã Đăng Hà"));
    test::setText(dialog, "latitude", QStringLiteral("11,8123"));
    test::setText(dialog, "longitude", QStringLiteral("107.2456"));
}

// Adds a checkpoint through the page's own dialog; the code it got.
QString addThroughDialog(ui::CheckpointsPage &page, const QString &name) {
    bool accepted = false;
    test::whenModal<ui::CheckpointDialog>([&](ui::CheckpointDialog *dialog) {
        fillNewCheckpoint(dialog, name);
        dialog->accept();
        accepted = dialog->result() == QDialog::Accepted;
    });
    page.addCheckpoint();
    REQUIRE(accepted);
    const auto current = page.currentCheckpoint();
    REQUIRE(current);
    CHECK(current->name == name);
    return current->code;
}

} // namespace

TEST_CASE("the checkpoint table shows the register in Vietnamese", "[ui][registry]") {
    auto db = test::demoWorkspace();
    CheckpointRegistry registry(db->connection());
    const Checkpoint first = registry.list().first();
    REQUIRE(registry.close(first.id, QDate(2021, 8, 30)).ok());

    Model model(db->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    REQUIRE(model.rowCount() == 189);
    REQUIRE(model.columnCount() == Model::ColumnCount);

    const int row = model.rowOf(first.id);
    REQUIRE(row == 0); // the office's order: Đăng Hà first
    CHECK(model.checkpointAt(row).code == first.code);
    CHECK(model.index(row, Model::RegisteredColumn).data().toString() ==
          first.registeredOn.toString(QStringLiteral("dd/MM/yyyy")));
    CHECK(model.index(row, Model::CommuneColumn).data().toString() == QStringLiteral("Xã Đăng Hà"));
    CHECK(model.index(row, Model::StatusColumn).data().toString() == QStringLiteral("Closed"));
    CHECK(model.index(row, Model::StatusColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("30/08/2021")));
    // Closed rows recede; open ones keep the palette's text colour.
    CHECK(model.index(row, Model::NameColumn).data(Qt::ForegroundRole).isValid());
    CHECK_FALSE(model.index(row + 1, Model::NameColumn).data(Qt::ForegroundRole).isValid());
    CHECK(model.index(row, Model::RegisteredColumn).data(Model::SortRole).toDate() == first.registeredOn);
}

TEST_CASE("the filter proxy searches without diacritics, filters and sorts in Vietnamese", "[ui][registry]") {
    auto db = test::demoWorkspace();
    Model model(db->connection());
    model.reload();
    ui::CheckpointFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QHash<QString, int> counts = CheckpointRegistry(db->connection()).countByCommune();

    proxy.setSearchText(QStringLiteral("  tram y te XA THONG nhat "));
    REQUIRE(proxy.rowCount() == 1);
    CHECK(proxy.index(0, Model::NameColumn).data().toString() == QStringLiteral("Trạm Y tế xã Thống Nhất"));
    proxy.setSearchText({});

    proxy.setCommuneCode(kDangHa);
    CHECK(proxy.rowCount() == counts.value(kDangHa));
    proxy.setClosed(true);
    CHECK(proxy.rowCount() == 0);
    proxy.setClosed(false);
    CHECK(proxy.rowCount() == counts.value(kDangHa));
    proxy.setCommuneCode({});
    proxy.setClosed(std::nullopt);
    CHECK_FALSE(proxy.isFiltering());

    const qint64 market = model.index(0, 0).data(Model::TypeIdRole).toLongLong();
    proxy.setTypeId(market);
    for (int row = 0; row < proxy.rowCount(); ++row)
        CHECK(proxy.index(row, 0).data(Model::TypeIdRole).toLongLong() == market);
    proxy.setTypeId(0);
    proxy.setParentId(1);
    CHECK(proxy.rowCount() == 0); // the demo has no sub-checkpoints
    proxy.setParentId(std::nullopt);

    proxy.sort(Model::RegisteredColumn, Qt::AscendingOrder);
    for (int row = 1; row < proxy.rowCount(); ++row)
        CHECK(proxy.index(row - 1, Model::RegisteredColumn).data(Model::SortRole).toDate() <=
              proxy.index(row, Model::RegisteredColumn).data(Model::SortRole).toDate());

    // Vietnamese alphabet: every name starting with D comes before those starting with Đ.
    proxy.sort(Model::NameColumn, Qt::AscendingOrder);
    int lastD = -1;
    int firstDd = proxy.rowCount();
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QString name = proxy.index(row, Model::NameColumn).data().toString();
        if (name.startsWith(u'D'))
            lastD = row;
        if (name.startsWith(u'Đ'))
            firstDd = std::min(firstDd, row);
    }
    CHECK(lastD < firstDd);
    CHECK(firstDd < proxy.rowCount());
}

TEST_CASE("a checkpoint added through the dialog is found, deleted and brought back by undo",
          "[ui][registry]") {
    auto db = test::demoWorkspace();
    CheckpointRegistry registry(db->connection());
    ui::CheckpointsPage page(*db);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QStringList questions;
    page.setConfirmer([&](const QString &, const QString &question) {
        questions << question;
        return true;
    });

    const QString expectedCode = registry.nextCode(kDangHa);
    const QString code = addThroughDialog(page, QStringLiteral("Chợ đêm Đồng Xoài Mới"));
    CHECK(code == expectedCode);
    CHECK(registry.count() == 190);
    CHECK(page.model()->rowCount() == 190);

    // Typed without accents into the page's own search box.
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("search"));
    REQUIRE(search);
    search->setText(QStringLiteral("cho dem dong xoai"));
    REQUIRE(page.proxy()->rowCount() == 1);
    CHECK(page.proxy()->index(0, Model::CodeColumn).data().toString() == code);
    page.table()->setCurrentIndex(page.proxy()->index(0, 0));
    const qint64 addedId = page.currentCheckpoint()->id;

    page.deleteCurrent();
    REQUIRE(questions.size() == 1);
    CHECK(questions.first().contains(code));
    CHECK(page.proxy()->rowCount() == 0);
    CHECK(page.model()->rowOf(addedId) < 0);
    CHECK_FALSE(registry.byCode(code));
    CHECK(registry.count() == 189);

    // Ctrl+Z, as the user would press it in the table.
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    page.table()->setFocus();
    QTest::keyClick(page.table(), Qt::Key_Z, Qt::ControlModifier);
    const auto restored = registry.byCode(code);
    REQUIRE(restored);
    CHECK(restored->name == QStringLiteral("Chợ đêm Đồng Xoài Mới"));
    CHECK(page.model()->rowOf(restored->id) >= 0);
    REQUIRE(page.currentCheckpoint());
    CHECK(page.currentCheckpoint()->code == code);

    // Undo the add too, then redo it: back with the same id and code.
    page.undoStack()->undo();
    CHECK_FALSE(registry.byCode(code));
    page.undoStack()->redo();
    REQUIRE(registry.byCode(code));
    CHECK(registry.byCode(code)->id == restored->id);
}

TEST_CASE("editing through the dialog is undone and redone", "[ui][registry]") {
    auto db = test::demoWorkspace();
    CheckpointRegistry registry(db->connection());
    ui::CheckpointsPage page(*db);
    const Checkpoint before = registry.list().first();
    REQUIRE(page.selectCheckpoint(before.id));

    test::whenModal<ui::CheckpointDialog>([](ui::CheckpointDialog *dialog) {
        CHECK(dialog->findChild<QLineEdit *>(QStringLiteral("code"))->text() ==
              dialog->form()->checkpoint().code);
        test::setText(dialog, "name", QStringLiteral("Trụ sở UBND xã Đăng Hà (cơ sở 2)"));
        dialog->accept();
    });
    page.editCurrent();
    CHECK(registry.byId(before.id)->name == QStringLiteral("Trụ sở UBND xã Đăng Hà (cơ sở 2)"));
    CHECK(page.currentCheckpoint()->name == QStringLiteral("Trụ sở UBND xã Đăng Hà (cơ sở 2)"));

    page.undoStack()->undo();
    CHECK(registry.byId(before.id)->name == before.name);
    CHECK(page.currentCheckpoint()->name == before.name);
    page.undoStack()->redo();
    CHECK(registry.byId(before.id)->name == QStringLiteral("Trụ sở UBND xã Đăng Hà (cơ sở 2)"));
}

TEST_CASE("closing and reopening are undoable", "[ui][registry]") {
    auto db = test::demoWorkspace();
    CheckpointRegistry registry(db->connection());
    ui::CheckpointsPage page(*db);
    const Checkpoint first = registry.list().first();
    REQUIRE(page.selectCheckpoint(first.id));

    // 30/11/2021 at 23:30 in Vietnam is still the 30th there, whatever the machine's time zone.
    const clock::FixedForTesting fixed(
        QDateTime(QDate(2021, 11, 30), QTime(16, 30), QTimeZone::utc()).toSecsSinceEpoch());
    page.toggleClosedCurrent();
    CHECK(registry.byId(first.id)->isClosed());
    CHECK(registry.byId(first.id)->closedOn == QDate(2021, 11, 30));
    page.toggleClosedCurrent();
    CHECK_FALSE(registry.byId(first.id)->isClosed());
    page.undoStack()->undo();
    CHECK(registry.byId(first.id)->isClosed());
    page.undoStack()->undo();
    CHECK_FALSE(registry.byId(first.id)->isClosed());
    CHECK(page.undoStack()->count() == 2);
}

TEST_CASE("a checkpoint others refer to is closed instead of deleted", "[ui][registry]") {
    auto db = test::demoWorkspace();
    CheckpointRegistry registry(db->connection());
    Checkpoint parent = registry.list().first();
    Checkpoint ward = parent;
    ward.id = 0;
    ward.code.clear();
    ward.name = QStringLiteral("Khu cách ly tạm thời");
    ward.parentId = parent.id;
    REQUIRE(registry.add(ward).ok());

    ui::CheckpointsPage page(*db);
    QStringList titles;
    page.setConfirmer([&](const QString &title, const QString &) {
        titles << title;
        return true;
    });
    page.showSubCheckpoints(parent.id);
    REQUIRE(page.proxy()->rowCount() == 1);
    CHECK(page.proxy()->index(0, Model::NameColumn).data().toString() ==
          QStringLiteral("Khu cách ly tạm thời"));
    CHECK(page.proxy()->index(0, Model::ParentColumn).data().toString() == parent.code);
    REQUIRE(page.selectCheckpoint(parent.id)); // clears the filter that hides it
    CHECK(page.proxy()->rowCount() == 190);
    page.deleteCurrent();
    CHECK(titles == QStringList{QStringLiteral("Delete checkpoint"), QStringLiteral("Cannot delete")});
    REQUIRE(registry.byId(parent.id));
    CHECK(registry.byId(parent.id)->isClosed());
    page.undoStack()->undo();
    CHECK_FALSE(registry.byId(parent.id)->isClosed());
}

TEST_CASE("choosing a commune shows exactly its checkpoints", "[ui][registry]") {
    auto db = test::demoWorkspace();
    ui::CheckpointsPage page(*db);
    const QHash<QString, int> counts = CheckpointRegistry(db->connection()).countByCommune();
    for (const AdminUnit &commune : OfficeScope(db->connection()).communes()) {
        REQUIRE(page.showCommune(commune.code));
        CHECK(page.proxy()->rowCount() == counts.value(commune.code));
    }
    REQUIRE(page.showCommune(QString()));
    CHECK(page.proxy()->rowCount() == 189);
}

TEST_CASE("the dialog shows the register's objections under their fields", "[ui][registry]") {
    auto db = test::demoWorkspace();
    CheckpointRegistry registry(db->connection());
    ui::CheckpointDialog dialog(db->connection());
    ui::CheckpointForm *form = dialog.form();

    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    for (const char *required : {"name", "type", "phone", "commune", "address"})
        CHECK_FALSE(form->problemText(QString::fromLatin1(required)).isEmpty());

    fillNewCheckpoint(&dialog, QStringLiteral("Điểm tiêm chủng lưu động"));
    test::setText(&dialog, "phone", QStringLiteral("12345"));
    test::setText(&dialog, "latitude", QStringLiteral("107.2"));
    test::setText(&dialog, "longitude", QStringLiteral("11.8"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(form->problemText(QStringLiteral("name")).isEmpty());
    CHECK(form->problemText(QStringLiteral("phone")).contains(QStringLiteral("12345")));
    CHECK(form->problemText(QStringLiteral("location")).contains(QStringLiteral("swapped")));

    // Only storing finds a taken code or a duplicate: those are shown inline too.
    const Checkpoint existing = registry.list().first();
    fillNewCheckpoint(&dialog, QStringLiteral("Điểm tiêm chủng lưu động"));
    test::setText(&dialog, "code", existing.code);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(form->problemText(QStringLiteral("code")).contains(existing.code));

    test::setText(&dialog, "code", {});
    test::setText(&dialog, "name", existing.name);
    test::setText(&dialog, "address", existing.address);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(form->problemText(QStringLiteral("name")).contains(existing.code));

    test::setText(&dialog, "name", QStringLiteral("Điểm tiêm chủng lưu động"));
    // A parent typed by its code is resolved by the register.
    auto *parent = test::field<QComboBox>(&dialog, "parent");
    parent->setCurrentText(QStringLiteral("nothing-like-this"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(form->problemText(QStringLiteral("parent")).contains(QStringLiteral("nothing-like-this")));
    parent->setCurrentText(existing.code);
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.saved());
    const auto stored = registry.byCode(dialog.saved()->code);
    REQUIRE(stored);
    CHECK(stored->phone == QStringLiteral("0912345678"));
    CHECK(stored->communeCode == kDangHa);
    CHECK(stored->latitude == 11.8123);
    CHECK(stored->parentId == existing.id);
}

TEST_CASE("the register's columns are remembered", "[ui][registry]") {
    QSettings().remove(QStringLiteral("checkpoints/header"));
    auto db = test::demoWorkspace();
    {
        ui::CheckpointsPage page(*db);
        page.show(); // what the user saw and changed is saved, not the state of a page never shown
        QHeaderView *header = page.table()->horizontalHeader();
        CHECK(header->isSectionHidden(Model::ParentColumn));
        CHECK_FALSE(header->isSectionHidden(Model::NameColumn));
        header->setSectionHidden(Model::PhoneColumn, true);
        header->resizeSection(Model::NameColumn, 333);
    }
    CHECK(QSettings().contains(QStringLiteral("checkpoints/header")));
    ui::CheckpointsPage page(*db);
    QHeaderView *header = page.table()->horizontalHeader();
    CHECK(header->isSectionHidden(Model::PhoneColumn));
    CHECK(header->sectionSize(Model::NameColumn) == 333);
    QSettings().remove(QStringLiteral("checkpoints/header"));
}

TEST_CASE("the register page exports what it shows, in the columns the import reads back", "[ui][registry]") {
    auto db = test::demoWorkspace();
    ui::CheckpointsPage page(*db);
    QTemporaryDir dir;
    REQUIRE(page.showCommune(QStringLiteral("25420"))); // Xã Thống Nhất, 31 checkpoints
    const QString xlsx = dir.filePath(QStringLiteral("thong-nhat.xlsx"));
    const QString csv = dir.filePath(QStringLiteral("thong-nhat.csv"));
    REQUIRE(page.exportTo(xlsx).ok());
    REQUIRE(page.exportTo(csv).ok());
    CHECK(test::readFile(csv).startsWith("\xEF\xBB\xBF"
                                         "code,name,type,phone"));
    // Read back by the importer into a fresh database: the same 31.
    auto fresh = test::demoWorkspace();
    REQUIRE(sql::exec(fresh->connection(), QStringLiteral("DELETE FROM daily_counts")).ok());
    REQUIRE(sql::exec(fresh->connection(), QStringLiteral("DELETE FROM scans")).ok());
    REQUIRE(sql::exec(fresh->connection(), QStringLiteral("DELETE FROM checkpoint_aliases")).ok());
    REQUIRE(sql::exec(fresh->connection(), QStringLiteral("DELETE FROM checkpoints")).ok());
    for (const QString &file : {xlsx, csv}) {
        const auto report = RegistryImporter(fresh->connection()).run(file);
        REQUIRE(report.ok());
        CHECK(report->rejected.isEmpty());
    }
    CHECK(CheckpointRegistry(fresh->connection()).count() == 31);
}

TEST_CASE("the types dialog renames and merges types, and the page follows", "[ui][registry]") {
    auto db = test::demoWorkspace();
    CheckpointTypes types(db->connection());
    const auto office = types.add(QStringLiteral("Nhà văn hóa xóm"));
    REQUIRE(office.ok());
    Checkpoint hall = CheckpointRegistry(db->connection()).list().first();
    hall.id = 0;
    hall.code.clear();
    hall.name = QStringLiteral("Nhà văn hóa xóm 3");
    hall.typeId = office->id;
    REQUIRE(CheckpointRegistry(db->connection()).add(hall).ok());

    ui::TypesDialog dialog(db->connection());
    int row = -1;
    for (int r = 0; r < dialog.table()->rowCount(); ++r) {
        if (dialog.table()->item(r, 0)->text() == QStringLiteral("Nhà văn hóa xóm"))
            row = r;
    }
    REQUIRE(row >= 0);
    CHECK(dialog.table()->item(row, 1)->text() == QStringLiteral("1"));
    CHECK(dialog.table()->item(row, 2)->text() == QStringLiteral("This office"));
    QSignalSpy changed(&dialog, &ui::TypesDialog::typesChanged);
    CHECK_FALSE(dialog.rename(office->id, QStringLiteral("Chợ")).ok()); // a type of that name exists
    REQUIRE(dialog.rename(office->id, QStringLiteral("Nhà văn hóa")).ok());
    const auto residential = types.find(QStringLiteral("Khu dân cư"));
    REQUIRE(dialog.merge(office->id, residential->id).ok());
    CHECK(changed.count() == 2);
    CHECK(CheckpointRegistry(db->connection())
              .list({QString(), 0, std::nullopt, std::nullopt, QStringLiteral("Nhà văn hóa xóm 3")})
              .first()
              .typeName == QStringLiteral("Khu dân cư"));
    for (int r = 0; r < dialog.table()->rowCount(); ++r)
        CHECK(dialog.table()->item(r, 0)->text() != QStringLiteral("Nhà văn hóa"));
}

TEST_CASE("a checkpoint's registration day is edited in the form, and may be unknown", "[ui][registry]") {
    auto db = test::demoWorkspace();
    ui::CheckpointForm form(db->connection());
    auto *registered = form.findChild<QDateEdit *>(QStringLiteral("registeredOn"));
    REQUIRE(registered);
    // A new checkpoint is registered today; an imported one without a day shows "Unknown".
    CHECK(form.checkpoint().registeredOn == clock::today());
    Checkpoint imported = CheckpointRegistry(db->connection()).list().first();
    imported.registeredOn = QDate();
    form.setCheckpoint(imported);
    CHECK(registered->text() == QStringLiteral("Unknown"));
    CHECK_FALSE(form.checkpoint().registeredOn.isValid());
    registered->setDate(QDate(2021, 5, 6));
    CHECK(form.checkpoint().registeredOn == QDate(2021, 5, 6));
}
