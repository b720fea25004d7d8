// SPDX-License-Identifier: GPL-3.0-or-later
// Grabs the posters page and its dialogs offscreen, to look at them as a user would. Hidden: run with
//   ui_tests "screenshots of the posters page"
// The PNGs go to $CD_SCREENSHOT_DIR (default: the system's temporary folder); a translation to load
// first may be given in $CD_SCREENSHOT_QM.
#include "TestSupport.h"

#include "Theme.h"
#include "database/Database.h"
#include "posters/IssuedQrDialog.h"
#include "posters/PosterChoiceModel.h"
#include "posters/PosterPrinting.h"
#include "posters/PosterTextsDialog.h"
#include "posters/PostersPage.h"
#include "registry/CheckpointRegistry.h"

#include <QApplication>
#include <QDir>
#include <QPrintPreviewDialog>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace cd;

namespace {

QString shot(const QString &name) {
    const QString dir = qEnvironmentVariable("CD_SCREENSHOT_DIR", QDir::tempPath());
    return QDir(dir).filePath(name);
}

// Grabs the next modal dialog once it shows, then closes it.
void grabNextModal(const QString &path) {
    auto *timer = new QTimer;
    QObject::connect(timer, &QTimer::timeout, timer, [timer, path] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        timer->stop();
        timer->deleteLater();
        // Let the print preview lay out its pages first.
        QTimer::singleShot(1500, modal, [modal, path] {
            modal->grab().save(path);
            modal->close();
        });
    });
    timer->start(50);
}

} // namespace

TEST_CASE("screenshots of the posters page", "[.screenshot]") {
    ui::applyTheme(*qobject_cast<QApplication *>(QCoreApplication::instance()));
    QTranslator translator;
    if (const QString qm = qEnvironmentVariable("CD_SCREENSHOT_QM"); !qm.isEmpty() && translator.load(qm))
        QCoreApplication::installTranslator(&translator);
    auto db = test::demoWorkspace();

    ui::PostersPage page(*db);
    page.setPosterLayout(PosterLayout{});
    page.resize(1280, 760);
    page.show();
    page.chooseAllShown(true);
    page.setCurrentCheckpoint(page.model()->rowAt(2).checkpoint.code);
    QCoreApplication::processEvents();
    page.grab().save(shot(QStringLiteral("posters-page.png")));

    PosterLayout stickers;
    stickers.perPage = 4;
    page.setPosterLayout(stickers);
    page.showCommune(page.model()->rowAt(0).checkpoint.communeCode);
    QCoreApplication::processEvents();
    page.grab().save(shot(QStringLiteral("posters-page-stickers.png")));

    PosterLayout twoUp;
    twoUp.perPage = 2;
    page.setPosterLayout(twoUp);
    QCoreApplication::processEvents();
    page.grab().save(shot(QStringLiteral("posters-page-two-up.png")));

    // Busy: the progress row while the worker checks the codes.
    page.showCommune(QString());
    page.chooseAllShown(true);
    QSignalSpy finished(&page, &ui::PostersPage::jobFinished);
    REQUIRE(page.exportPdf(QDir(QDir::tempPath()).filePath(QStringLiteral("posters-screenshot.pdf"))));
    QTest::qWait(600);
    page.grab().save(shot(QStringLiteral("posters-page-busy.png")));
    page.cancelJob();
    REQUIRE(finished.wait(60000));
    QCoreApplication::processEvents();
    page.grab().save(shot(QStringLiteral("posters-page-cancelled.png")));

    // The print preview, through the page's own path: the checkpoints of one commune, two to a sheet.
    page.setPosterLayout(twoUp);
    page.showCommune(QString());
    page.chooseAllShown(false);
    page.showCommune(page.model()->rowAt(1).checkpoint.communeCode);
    page.chooseAllShown(true);
    grabNextModal(shot(QStringLiteral("posters-print-preview.png")));
    QSignalSpy printed(&page, &ui::PostersPage::jobFinished);
    REQUIRE(page.print());
    REQUIRE(printed.wait(120000));

    {
        const PosterContent sample{QStringLiteral("25426-001"), QStringLiteral("Trụ sở UBND Xã Đăng Hà"),
                                   QStringLiteral("Thôn 3, xã Đăng Hà"), QStringLiteral("Xã Đăng Hà"),
                                   QByteArrayLiteral("CHECKPOINT-DESK:25426-001")};
        ui::PosterTextsDialog dialog(db->connection(), sample, &page);
        dialog.show();
        QCoreApplication::processEvents();
        dialog.grab().save(shot(QStringLiteral("posters-texts-dialog.png")));
    }
    {
        const Checkpoint checkpoint = CheckpointRegistry(db->connection()).list().at(3);
        ui::IssuedQrDialog dialog(db->connection(), checkpoint, &page);
        dialog.show();
        dialog.readImage(test::testData(QStringLiteral("qr/clean-tokhaiyte.png")));
        QCoreApplication::processEvents();
        dialog.grab().save(shot(QStringLiteral("posters-issued-dialog.png")));
        dialog.readImage(test::testData(QStringLiteral("qr/phone-photo-exif.jpg"))
                             .replace(QStringLiteral(".jpg"), QStringLiteral("-missing.jpg")));
        dialog.setPayload(QString(4000, u'x'));
        dialog.accept();
        QCoreApplication::processEvents();
        dialog.grab().save(shot(QStringLiteral("posters-issued-dialog-error.png")));
    }
    QCoreApplication::removeTranslator(&translator);
}
