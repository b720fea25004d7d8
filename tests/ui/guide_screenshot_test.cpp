// SPDX-License-Identifier: GPL-3.0-or-later
// The user guide's pictures (docs/images/guide/), made from the demonstration database in the Vietnamese
// window, on the demo's day (24/08/2021), so that they change when the window does. Hidden: the
// `guide_screenshots` target runs it into the source tree,
//   cmake --build build --target guide_screenshots
// and by hand, `CD_SCREENSHOT_DIR=DIR CD_EXTRA_QM=build/app/checkpoint-desk_vi.qm ui_tests "[.guide]"`
// (default folder: the system's temporary one).
#include "TestSupport.h"
#include "preview_wait.h"

#include "GuiSession.h"
#include "MainWindow.h"
#include "Theme.h"
#include "Workspace.h"
#include "audit/AuditLog.h"
#include "checkin/DeskInputLine.h"
#include "checkin/DeskPage.h"
#include "common/Clock.h"
#include "common/Translations.h"
#include "demo/DemoDatabase.h"
#include "demo/ScanGenerator.h"
#include "dialogs/FirstRunDialog.h"
#include "help/GuideWindow.h"
#include "privacy/AutoBackupDialog.h"
#include "privacy/RetentionDialog.h"
#include "registry/ImportCheckpointsDialog.h"
#include "report/ReportTextsDialog.h"
#include "scans/ImportScansDialog.h"
#include "stats/StatisticsChartsView.h"
#include "stats/StatisticsPage.h"
#include "trace/TracePage.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

using namespace cd;

namespace {

QString shot(const QString &name) {
    return QDir(qEnvironmentVariable("CD_SCREENSHOT_DIR", QDir::tempPath())).filePath(name);
}

void grab(QWidget &widget, const QString &name) {
    widget.show();
    QTest::qWait(150); // tables fit their columns to the rows after a delay
    REQUIRE(widget.grab().save(shot(name)));
}

void section(ui::MainWindow &window, const QString &id, const QString &name) {
    REQUIRE(window.showSection(id));
    grab(window, name);
}

// A scanner's burst; the Vietnamese letters as key events with their text.
void scan(QWidget *widget, const QString &text) {
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    QTest::keyClick(widget, Qt::Key_Return);
}

} // namespace

TEST_CASE("pictures of the user guide", "[.guide]") {
    ui::applyTheme(*qobject_cast<QApplication *>(QCoreApplication::instance()));
    i18n::rememberLanguage(QStringLiteral("vi"));
    i18n::install(QStringLiteral("vi"));
    // ui_tests has no translations built in: the program's compiled Vietnamese comes from $CD_EXTRA_QM.
    QTranslator vietnamese;
    if (qEnvironmentVariableIsSet("CD_EXTRA_QM"))
        REQUIRE(vietnamese.load(qEnvironmentVariable("CD_EXTRA_QM")));
    QCoreApplication::installTranslator(&vietnamese);
    audit::setOperatorName(QStringLiteral("Nguyễn Thu Hà"));
    QTemporaryDir dir;

    // Chapter 2: the first start asks for the area the database serves.
    {
        auto empty = test::memoryWorkspace();
        ui::FirstRunDialog first(*empty);
        REQUIRE(first.selectProvince(QStringLiteral("Bình Phước")));
        REQUIRE(first.selectDistrict(QStringLiteral("Bù Đăng")));
        grab(first, QStringLiteral("chon-dia-ban.png"));
    }

    const QString path = dir.filePath(QStringLiteral("checkpoint-desk.sqlite"));
    {
        // The demo's scans run to the end of 2021: it is made (and its import logged) early in 2022.
        const clock::FixedForTesting madeOn(
            QDateTime(QDate(2022, 1, 3), QTime(8, 0), QTimeZone(int(clock::kVietnamOffsetSeconds)))
                .toSecsSinceEpoch());
        auto db = openWorkspace(path);
        REQUIRE(db.ok());
        REQUIRE(DemoDatabase::populate(db.value()->connection()).ok());
    }
    // Then the window on the demo's day, mid-morning in Vietnam: "today" of every page is the day of the
    // annex (24/08/2021).
    const clock::FixedForTesting demoDay(
        QDateTime(DemoDatabase::kAnnexAsOf, QTime(9, 30), QTimeZone(int(clock::kVietnamOffsetSeconds)))
            .toSecsSinceEpoch());
    ui::GuiSession session;
    session.setOperatorKnown(true);
    REQUIRE(session.start(path));
    ui::MainWindow &window = *session.window();
    window.resize(1200, 760);
    window.statusBar()->clearMessage(); // the database's path, a temporary folder here
    Database &db = *session.database();

    section(window, QStringLiteral("area"), QStringLiteral("dia-ban.png"));
    section(window, QStringLiteral("checkpoints"), QStringLiteral("diem-kiem-dich.png"));
    section(window, QStringLiteral("posters"), QStringLiteral("ap-phich.png"));
    section(window, QStringLiteral("imports"), QStringLiteral("nhap-luot-quet.png"));
    section(window, QStringLiteral("statistics"), QStringLiteral("thong-ke.png"));
    auto *statistics = window.findChild<ui::StatisticsPage *>();
    REQUIRE(statistics);
    statistics->showTab(ui::StatisticsPage::ChartsTab);
    statistics->chartsView()->showChart(ui::StatisticsChartsView::Kind::ScansByUnit);
    grab(window, QStringLiteral("thong-ke-bieu-do.png"));
    statistics->showTab(ui::StatisticsPage::TableTab);
    {
        ui::ReportTextsDialog texts(db.connection());
        grab(texts, QStringLiteral("bao-cao-noi-dung.png"));
    }

    // Chapter 3: a register as an office keeps it, with its title, totals and signature rows.
    {
        const QString file = dir.filePath(QStringLiteral("danh-sach-diem-quet.csv"));
        test::writeFile(file, "UBND HUYỆN BÙ ĐĂNG;;;;\n"
                              "DANH SÁCH ĐIỂM QUÉT MÃ QR;;;;\n"
                              "STT;Tên cơ sở (*);Loại hình;SĐT liên hệ;Xã/Phường\n"
                              "1;Bến xe Bù Đăng;Bến xe;0912 345 678;TT.Đức Phong\n"
                              "2;Tạp hóa Minh;Cửa hàng tạp hóa;912345680;X. Đăng Hà\n"
                              "3;Nhà văn hóa thôn 2;Nhà văn hóa thôn;0271 3870 123;Xã Đăng Hà\n"
                              "4;Quán Hương;Nhà hàng, quán ăn;12345;Nghĩa Trung\n"
                              ";Tổng cộng;;;4\n"
                              ";NGƯỜI LẬP BIỂU;;;CHỦ TỊCH\n");
        ui::ImportCheckpointsDialog import(db);
        import.setFile(file);
        REQUIRE(test::previewRead(import));
        import.resize(1000, 620);
        // The file as an office PC names it, not the test's temporary folder (which changes every run).
        for (QLineEdit *field : import.findChildren<QLineEdit *>()) {
            if (field->text() == file) {
                const QSignalBlocker quiet(field);
                field->setText(QStringLiteral("D:\\Văn bản\\danh-sach-diem-quet.csv"));
            }
        }
        grab(import, QStringLiteral("nhap-danh-sach.png"));
    }

    // Chapter 5: a month of scans from the national system's export.
    {
        const QString file = dir.filePath(QStringLiteral("quet-thang-8.csv"));
        ScanGenerator generator(db.connection(), 9);
        REQUIRE(
            generator
                .write(file, 2000, [&] { return generator.random(QDate(2021, 8, 20), QDate(2021, 8, 24)); })
                .ok());
        ui::ImportScansDialog import(db);
        import.setFiles({file});
        REQUIRE(test::previewRead(import));
        grab(import, QStringLiteral("nhap-luot-quet-xem-truoc.png"));
    }

    // Chapter 7: a person of the demo's own scans.
    auto *tracing = window.findChild<ui::TracePage *>();
    REQUIRE(tracing);
    REQUIRE(window.showSection(QStringLiteral("trace")));
    tracing->setPeriod(QDate(2021, 6, 25), QDate(2021, 7, 8));
    tracing->setWindowMinutes(90);
    tracing->search(QStringLiteral("0335 889 358"));
    REQUIRE(QTest::qWaitFor([tracing] { return !tracing->isSearching(); }, 30000));
    grab(window, QStringLiteral("truy-vet.png"));

    // Chapter 8: the desk in use, a wrong keyboard layout refused last.
    auto *desk = window.findChild<ui::DeskPage *>();
    REQUIRE(desk);
    REQUIRE(window.showSection(QStringLiteral("desk")));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(desk->start());
    scan(desk->input(), QStringLiteral("079123456789|281234567|Nguyễn Thị Hoa|01011990|Nữ|"
                                       "Thôn 5, xã Đăng Hà, huyện Bù Đăng, tỉnh Bình Phước|15082021"));
    scan(desk->input(), QStringLiteral("0912 345 678"));
    scan(desk->input(), QStringLiteral("Lê Văn Tám"));
    scan(desk->phoneInput(), QStringLiteral("0987654321"));
    scan(desk->input(), QStringLiteral("079123456789\\281234567\\Nguyn Th Hoa\\01011990\\N\\"
                                       "Thn 5, x ng H, huyn B ng, tnh Bnh Phc\\15082021"));
    grab(window, QStringLiteral("ban-khai-bao.png"));

    // Chapter 9: the reminder across the window, the retention and the daily backups.
    section(window, QStringLiteral("checkpoints"), QStringLiteral("nhac-xoa-du-lieu.png"));
    {
        ui::AutoBackupDialog backups(db);
        backups.setChoice(true, QDir::toNativeSeparators(QStringLiteral("D:/SaoLuu/CheckpointDesk")), 7);
        grab(backups, QStringLiteral("sao-luu-tu-dong.png"));
        ui::RetentionDialog retention(db);
        grab(retention, QStringLiteral("thoi-han-luu-tru.png"));
    }

    // Help → User guide with F1 on the statistics.
    window.showUserGuide(QStringLiteral("statistics"));
    ui::GuideWindow *guide = window.guideWindow();
    REQUIRE(guide);
    guide->resize(900, 640);
    grab(*guide, QStringLiteral("huong-dan-f1.png"));

    audit::setOperatorName({});
    i18n::rememberLanguage({});
    QCoreApplication::removeTranslator(&vietnamese);
    i18n::install(QStringLiteral("en"));
}
