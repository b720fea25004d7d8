// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "preview_wait.h"
#include "registry_test_helpers.h"

#include "Workspace.h"
#include "import/MappingPreview.h"
#include "import/ProblemGroupsView.h"
#include "registry/CheckpointRegistry.h"
#include "registry/CheckpointTableModel.h"
#include "registry/CheckpointsPage.h"
#include "registry/ImportCheckpointsDialog.h"
#include "registry/ImportResultView.h"
#include "units/OfficeScope.h"

#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QUndoStack>

using namespace cd;

namespace {

// A district office's register: a title row above the header, the form's columns, one extra column.
QByteArray registerCsv(const QString &thirdPhone = QStringLiteral("0912.345.680")) {
    return QStringList{
        QStringLiteral("DANH SÁCH ĐIỂM KIỂM DỊCH"),
        QStringLiteral("STT,Tên điểm kiểm dịch (*),Loại điểm kiểm dịch (*),Số điện thoại (*),Phường xã (*),"
                       "Địa chỉ (*),Giới thiệu,Người nhập"),
        QStringLiteral("1,Quán cà phê Gió Núi,\"Nhà hàng, quán ăn, cà phê\",+84 912 345 678,Thông Nhất,"
                       "\"Thôn 4, xã Thống Nhất\",Mở cửa 6:00,Lan"),
        QStringLiteral("2,Nhà thuốc Tâm An,cơ sở y tế,912345679,TT Đức Phong,\"Khu phố 2, thị trấn Đức "
                       "Phong\",,Lan"),
        QStringLiteral("3,Chốt kiểm soát cầu Đăng Hà,Chốt kiểm dịch,%1,xã đăng hà,\"Cầu Đăng Hà, xã Đăng "
                       "Hà\",Trực 24/24,Minh")
            .arg(thirdPhone),
    }
        .join(u'\n')
        .toUtf8();
}

int columnOf(const ui::MappingPreview *preview, const QString &header) {
    for (int column = 0; column < preview->columnCount(); ++column) {
        if (preview->horizontalHeaderItem(column)->text() == header)
            return column;
    }
    return -1;
}

} // namespace

TEST_CASE("the import dialog previews the mapping, lets the user change it and imports", "[ui][registry]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dang-ky.csv"));
    test::writeFile(path, registerCsv());
    auto db = test::demoWorkspace();
    CheckpointRegistry registry(db->connection());

    ui::ImportCheckpointsDialog dialog(*db);
    dialog.setFile(path);
    REQUIRE(test::previewRead(dialog));
    CHECK(dialog.errorText().isEmpty());
    ui::MappingPreview *preview = dialog.preview();
    REQUIRE(preview->columnCount() == 8);
    CHECK(preview->rowCount() == 1 + 3); // the row of choices, then the data
    const int name = columnOf(preview, QStringLiteral("Tên điểm kiểm dịch (*)"));
    const int description = columnOf(preview, QStringLiteral("Giới thiệu"));
    const int enteredBy = columnOf(preview, QStringLiteral("Người nhập"));
    CHECK(preview->fieldAt(name) == QStringLiteral("name"));
    CHECK(preview->fieldAt(description) == QStringLiteral("description"));
    CHECK(preview->fieldAt(enteredBy).isEmpty());
    CHECK(preview->missingRequiredFields().isEmpty());

    // The user takes "Giới thiệu" out, then puts it back on the wrong column and corrects it.
    REQUIRE(preview->setFieldAt(description, QString()));
    CHECK(preview->mapping().column(QStringLiteral("description")) < 0);
    REQUIRE(preview->setFieldAt(enteredBy, QStringLiteral("description")));
    CHECK(preview->mapping().column(QStringLiteral("description")) == enteredBy);
    REQUIRE(preview->setFieldAt(description, QStringLiteral("description")));
    CHECK(preview->fieldAt(enteredBy).isEmpty());

    QSignalSpy finished(&dialog, &ui::ImportCheckpointsDialog::importFinished);
    dialog.startImport(); // an in-memory database imports on this thread
    REQUIRE(finished.count() == 1);
    REQUIRE(dialog.report());
    CHECK(dialog.report()->added == 3);
    CHECK(dialog.wroteAnything());
    CHECK(registry.count() == 192);
    std::optional<Checkpoint> post;
    for (const Checkpoint &c : registry.list())
        if (c.name == QStringLiteral("Chốt kiểm soát cầu Đăng Hà"))
            post = c;
    REQUIRE(post);
    CHECK(post->description == QStringLiteral("Trực 24/24"));
    CHECK(post->phone == QStringLiteral("0912345680"));
    CHECK(dialog.summary().contains(QStringLiteral("3 added")));
}

TEST_CASE("the import dialog lists every refused row and can store the others", "[ui][registry]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dang-ky.csv"));
    test::writeFile(path, registerCsv(QStringLiteral("12345")));
    auto db = test::demoWorkspace();
    CheckpointRegistry registry(db->connection());

    ui::ImportCheckpointsDialog dialog(*db);
    dialog.setFile(path);
    REQUIRE(test::previewRead(dialog));
    dialog.startImport();
    REQUIRE(dialog.report());
    CHECK_FALSE(dialog.wroteAnything());
    CHECK(registry.count() == 189);
    REQUIRE(dialog.report()->rejected.size() == 1);
    ui::ProblemGroupsView *table = dialog.findChild<ui::ImportResultView *>()->problems();
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, ui::ProblemGroupsView::LinesColumn)->text() ==
          QStringLiteral("line 5")); // the file's
    CHECK(table->item(0, ui::ProblemGroupsView::FieldColumn)->text() == QStringLiteral("Số điện thoại"));
    CHECK(table->item(0, ui::ProblemGroupsView::ProblemColumn)->text().contains(QStringLiteral("12345")));
    CHECK_FALSE(table->fixButton(0)); // a wrong number is corrected in the file

    dialog.setSkipInvalid(true);
    dialog.startImport();
    REQUIRE(dialog.report());
    CHECK(dialog.wroteAnything());
    CHECK(dialog.report()->added == 2);
    CHECK(registry.count() == 191);
    CHECK(QFile::exists(dir.filePath(QStringLiteral("dang-ky.rejects.csv"))));
}

TEST_CASE("a file database is imported on a worker thread the window's connection then sees",
          "[ui][registry]") {
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("dang-ky.csv"));
    test::writeFile(csv, registerCsv());
    auto opened = openWorkspace(dir.filePath(QStringLiteral("office.sqlite")));
    REQUIRE(opened.ok());
    std::unique_ptr<Database> db = std::move(opened).value();
    REQUIRE(OfficeScope(db->connection())
                .configure(QStringLiteral("Bình Phước"), QStringLiteral("Bù Đăng"))
                .ok());

    ui::ImportCheckpointsDialog dialog(*db);
    dialog.setFile(csv);
    REQUIRE(test::previewRead(dialog));
    QSignalSpy finished(&dialog, &ui::ImportCheckpointsDialog::importFinished);
    dialog.startImport();
    CHECK(dialog.isRunning());
    REQUIRE(finished.wait(20000));
    CHECK_FALSE(dialog.isRunning());
    REQUIRE(dialog.report());
    CHECK(dialog.report()->added == 3);
    CHECK(CheckpointRegistry(db->connection()).count() == 3);
}

TEST_CASE("importing from the page reloads it and forgets edits it cannot undo", "[ui][registry]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dang-ky.csv"));
    test::writeFile(path, registerCsv());
    auto db = test::demoWorkspace();
    ui::CheckpointsPage page(*db);
    REQUIRE(page.selectCheckpoint(CheckpointRegistry(db->connection()).list().first().id));
    page.toggleClosedCurrent();
    REQUIRE(page.undoStack()->canUndo());

    QStringList messages;
    QObject::connect(&page, &ui::CheckpointsPage::statusMessage, &page,
                     [&](const QString &message) { messages << message; });
    test::whenModal<ui::ImportCheckpointsDialog>([&](ui::ImportCheckpointsDialog *dialog) {
        dialog->setFile(path);
        REQUIRE(test::previewRead(*dialog));
        dialog->startImport();
        dialog->reject();
    });
    page.importFromFile();
    CHECK(page.model()->rowCount() == 192);
    CHECK_FALSE(page.undoStack()->canUndo());
    REQUIRE_FALSE(messages.isEmpty());
    CHECK(messages.last().contains(QStringLiteral("3 added")));
}

TEST_CASE("the import dialog proposes the mapping confirmed for a file with the same headers",
          "[ui][registry][intake]") {
    QTemporaryDir dir;
    auto db = test::demoWorkspace();
    const QByteArray headers = "Tên cơ sở;Liên lạc;Xã;Nơi đặt\n";
    const QString first = dir.filePath(QStringLiteral("thang-8.csv"));
    test::writeFile(first, headers + "Chợ tạm A;0912345678;Đăng Hà;Thôn 1\n");
    ui::ImportCheckpointsDialog dialog(*db);
    dialog.setFile(first);
    REQUIRE(test::previewRead(dialog));
    CHECK_FALSE(dialog.usesRememberedMapping());
    ui::MappingPreview *preview = dialog.preview();
    CHECK(preview->fieldAt(1).isEmpty()); // "Liên lạc" names no field the import knows
    REQUIRE(preview->setFieldAt(1, QStringLiteral("phone")));
    REQUIRE(preview->setFieldAt(3, QStringLiteral("address")));
    QSignalSpy finished(&dialog, &ui::ImportCheckpointsDialog::importFinished);
    dialog.startImport();
    REQUIRE(finished.count() == 1);
    REQUIRE(dialog.report()->added == 1);

    // Next month's file from the same office: a title row more, the same headers.
    const QString second = dir.filePath(QStringLiteral("thang-9.csv"));
    test::writeFile(second, "DANH SÁCH THÁNG 9\n" + headers + "Chợ tạm B;0912345679;Đăng Hà;Thôn 2\n");
    ui::ImportCheckpointsDialog next(*db);
    next.setFile(second);
    REQUIRE(test::previewRead(next));
    CHECK(next.usesRememberedMapping());
    CHECK(next.preview()->fieldAt(1) == QStringLiteral("phone"));
    CHECK(next.preview()->fieldAt(3) == QStringLiteral("address"));
    CHECK(next.preview()->mapping().headerLine == 2);
    QSignalSpy nextFinished(&next, &ui::ImportCheckpointsDialog::importFinished);
    next.startImport();
    REQUIRE(nextFinished.count() == 1);
    CHECK(next.report()->added == 1);
    const auto stored = CheckpointRegistry(db->connection())
                            .list({QString(), 0, std::nullopt, std::nullopt, QStringLiteral("Chợ tạm B")});
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().phone == QStringLiteral("0912345679"));
    CHECK(stored.first().address == QStringLiteral("Thôn 2"));
}

TEST_CASE("the import result groups problems and picks a unit for a name the area does not have",
          "[ui][registry][intake]") {
    QTemporaryDir dir;
    auto db = test::demoWorkspace();
    const QString path = dir.filePath(QStringLiteral("xa-cu.csv"));
    test::writeFile(path, "Tên điểm;Xã;Loại hình\n"
                          "Điểm A;Xã Đăng Hà cũ;Bến xe\n"
                          "Điểm B;Xã Đăng Hà cũ;Nhà văn hóa xóm\n"
                          "Điểm C;;Chợ\n");
    ui::ImportCheckpointsDialog dialog(*db);
    dialog.setFile(path);
    REQUIRE(test::previewRead(dialog));
    QSignalSpy finished(&dialog, &ui::ImportCheckpointsDialog::importFinished);
    dialog.startImport();
    REQUIRE(finished.count() == 1);
    REQUIRE_FALSE(dialog.wroteAnything());
    ui::ProblemGroupsView *problems = dialog.findChild<ui::ImportResultView *>()->problems();
    REQUIRE(problems->rowCount() == 2);
    CHECK(problems->item(0, ui::ProblemGroupsView::RowsColumn)->text() == QStringLiteral("2"));
    CHECK(problems->item(0, ui::ProblemGroupsView::LinesColumn)->text() == QStringLiteral("lines 2, 3"));
    REQUIRE(problems->fixButton(0));
    CHECK(problems->fixButton(0)->text() == QStringLiteral("Pick a unit…"));
    REQUIRE(problems->fixButton(1));
    CHECK(problems->fixButton(1)->text() == QStringLiteral("Map a column…"));

    // The user says the old name is Xã Đăng Hà; the row without a commune stays refused.
    dialog.setSkipInvalid(true);
    QString asked;
    dialog.applyFix(problems->groups().first(), [&](const QString &written, const AdminUnits &units) {
        asked = written;
        CHECK(units.size() == 16);
        return QStringLiteral("25426");
    });
    CHECK(asked == QStringLiteral("Xã Đăng Hà cũ"));
    REQUIRE(finished.count() == 2);
    CHECK(dialog.report()->added == 2);
    CHECK(dialog.report()->rejected.size() == 1);
    ui::ImportResultView *result = dialog.findChild<ui::ImportResultView *>();
    CHECK(result->detailsText().contains(QStringLiteral("Nhà văn hóa xóm")));
    CHECK(result->typesButton()->isVisibleTo(result));
}

TEST_CASE("a file whose headers the import does not know is previewed, to be placed by hand",
          "[ui][registry][intake]") {
    QTemporaryDir dir;
    auto db = test::demoWorkspace();
    const QString path = dir.filePath(QStringLiteral("ban-ke.csv"));
    test::writeFile(path, "Cơ sở;Nơi;Liên lạc\nQuán Hạnh;Đăng Hà;0912345678\n");
    ui::ImportCheckpointsDialog dialog(*db);
    dialog.setFile(path);
    REQUIRE(test::previewRead(dialog));
    CHECK(dialog.errorText().isEmpty());
    ui::MappingPreview *preview = dialog.preview();
    REQUIRE(preview->columnCount() == 3);
    CHECK_FALSE(preview->missingRequiredFields().isEmpty());
    REQUIRE(preview->setFieldAt(0, QStringLiteral("name")));
    REQUIRE(preview->setFieldAt(1, QStringLiteral("commune")));
    REQUIRE(preview->setFieldAt(2, QStringLiteral("phone")));
    CHECK(preview->missingRequiredFields().isEmpty());
    QSignalSpy finished(&dialog, &ui::ImportCheckpointsDialog::importFinished);
    dialog.startImport();
    REQUIRE(finished.count() == 1);
    CHECK(dialog.report()->added == 1);
}

TEST_CASE("the register import reads its preview off the UI thread, and another file supersedes it",
          "[ui][registry]") {
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("dang-ky.csv"));
    test::writeFile(csv, registerCsv());
    const QString xlsx =
        test::testData(QStringLiteral("intake/register-registration-dates-xlsx/register.xlsx"));
    auto db = test::demoWorkspace();
    ui::ImportCheckpointsDialog dialog(*db);
    QPushButton *import = test::importButton(dialog);
    REQUIRE(import);
    QSignalSpy read(&dialog, &ui::ImportCheckpointsDialog::previewRead);

    dialog.setFile(xlsx);
    // Not read when setFile() returns: a thread reads the workbook while the dialog's event loop runs.
    CHECK(dialog.isReadingPreview());
    CHECK(dialog.preview()->isReading());
    CHECK(dialog.preview()->columnCount() == 0);
    CHECK_FALSE(import->isEnabled());
    dialog.startImport();
    CHECK_FALSE(dialog.isRunning());
    REQUIRE(read.wait(20000));
    CHECK(read.size() == 1);
    CHECK(dialog.errorText().isEmpty());
    CHECK_FALSE(dialog.preview()->isReading());
    CHECK(dialog.preview()->columnCount() > 0);
    CHECK(import->isEnabled());

    dialog.setFile(xlsx);
    dialog.setFile(csv);
    REQUIRE(read.wait(20000));
    CHECK(read.size() == 2);
    CHECK(dialog.preview()->horizontalHeaderItem(0)->text() == QStringLiteral("STT")); // the CSV's
    CHECK(import->isEnabled());
    QCoreApplication::processEvents();
    CHECK(read.size() == 2);
}
