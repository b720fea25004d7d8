// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "database/Database.h"
#include "poster/PosterPainter.h"
#include "posters/InlineMessage.h"
#include "posters/IssuedQrDialog.h"
#include "posters/PosterChoiceModel.h"
#include "posters/PosterPreview.h"
#include "posters/PosterPrinting.h"
#include "posters/PosterTextsDialog.h"
#include "posters/PostersPage.h"
#include "registry/CheckpointRegistry.h"
#include "registry/PosterSources.h"
#include "registry/QrPayloads.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPainter>
#include <QPrinter>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <functional>

using namespace cd;
using Model = ui::PosterChoiceModel;

namespace {

const QString kDoanKet = QStringLiteral("Xã Đoàn Kết");
const QString kIssuedLink =
    QStringLiteral("https://tokhaiyte.vn/?page=Group.checkin&groupId=61204c1a9b8f7e0012d3a4f5");

// The page on a fresh demo database, with the sheet options of a fresh install whatever earlier runs
// saved.
struct PageFixture {
    std::unique_ptr<Database> db = test::demoWorkspace();
    ui::PostersPage page{*db};

    PageFixture() { page.setPosterLayout(PosterLayout{}); }

    void showCommune(const QString &name) {
        auto *combo = page.findChild<QComboBox *>(QStringLiteral("communeFilter"));
        REQUIRE(combo);
        const int index = combo->findText(name);
        REQUIRE(index >= 0);
        combo->setCurrentIndex(index);
    }

    // Starts a job on the worker and waits for it; what the page reported.
    bool run(const std::function<bool()> &start, const std::function<void()> &afterStart = {}) {
        QSignalSpy finished(&page, &ui::PostersPage::jobFinished);
        REQUIRE(start());
        REQUIRE(page.isBusy());
        if (afterStart)
            afterStart();
        REQUIRE(finished.wait(180000));
        REQUIRE_FALSE(page.isBusy());
        return finished.first().first().toBool();
    }

    QString sourceOf(const QString &code) const {
        const int row = page.model()->rowOfCode(code);
        REQUIRE(row >= 0);
        return page.model()->index(row, Model::SourceColumn).data().toString();
    }
};

// The pages of a PDF, counted from the page objects (/Type /Page, not /Pages).
int pdfPages(const QString &path) {
    const QByteArray pdf = test::readFile(path);
    REQUIRE(pdf.startsWith("%PDF"));
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
    int pages = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++pages;
    return pages;
}

// Pixels of the preview that are neither the page's white nor the window's background.
int inkedPixels(const QImage &image, const QColor &background) {
    int inked = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (pixel != qRgb(255, 255, 255) && pixel != background.rgb() && qGray(pixel) < 160)
                ++inked;
        }
    }
    return inked;
}

} // namespace

TEST_CASE("the posters page lists the active checkpoints, filtered by commune", "[ui][posters]") {
    PageFixture f;
    QAbstractItemModelTester tester(f.page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(f.page.model()->rowCount() == 189);
    CHECK(f.page.model()->columnCount() == Model::ColumnCount);

    f.showCommune(kDoanKet);
    REQUIRE(f.page.model()->rowCount() == 4);
    QStringList sources;
    for (int row = 0; row < 4; ++row) {
        CHECK(f.page.model()->rowAt(row).checkpoint.communeName == kDoanKet);
        sources << f.page.model()->index(row, Model::SourceColumn).data().toString();
    }
    for (const QString &source : sources) {
        CHECK((source == Model::sourceText(PrintedPayload::Source::Issued) ||
               source == Model::sourceText(PrintedPayload::Source::Template)));
    }

    // Choices survive the filter: one ticked here is still chosen with every commune listed.
    REQUIRE(f.page.model()->setData(f.page.model()->index(0, Model::CodeColumn), Qt::Checked,
                                    Qt::CheckStateRole));
    const QString chosen = f.page.model()->rowAt(0).checkpoint.code;
    f.showCommune(QStringLiteral("All communes"));
    REQUIRE(f.page.model()->rowCount() == 189);
    CHECK(f.page.chosenCodes() == QStringList{chosen});
    CHECK(f.page.model()
              ->index(f.page.model()->rowOfCode(chosen), Model::CodeColumn)
              .data(Qt::CheckStateRole) == Qt::Checked);

    f.page.setSearchText(QStringLiteral("tram y te xa doan ket"));
    REQUIRE(f.page.model()->rowCount() == 1);
    // Space ticks the current row from any of its cells.
    f.page.show();
    f.page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&f.page));
    f.page.table()->setFocus();
    f.page.table()->setCurrentIndex(f.page.model()->index(0, Model::NameColumn));
    QTest::keyClick(f.page.table(), Qt::Key_Space);
    CHECK(f.page.model()->isChosen(f.page.model()->rowAt(0).checkpoint.code));
    CHECK(f.page.chosenCodes().size() == 2);
}

TEST_CASE("exporting the chosen posters writes a PDF on the worker thread", "[ui][posters]") {
    PageFixture f;
    QTemporaryDir dir;
    f.showCommune(kDoanKet);
    f.page.chooseAllShown(true);
    REQUIRE(f.page.chosenCodes().size() == 4);
    QSignalSpy status(&f.page, &ui::PostersPage::statusMessage);

    const QString onePerSheet = dir.filePath(QStringLiteral("doan-ket.pdf"));
    REQUIRE(f.run([&] { return f.page.exportPdf(onePerSheet); }));
    CHECK(pdfPages(onePerSheet) == 4);
    REQUIRE_FALSE(status.isEmpty());
    CHECK(status.last().first().toString().contains(QStringLiteral("4 poster(s) on 4 page(s)")));
    CHECK_FALSE(f.page.message()->isError());
    CHECK(f.page.message()->text().contains(QStringLiteral("doan-ket.pdf")));

    PosterLayout stickers;
    stickers.perPage = 4;
    f.page.setPosterLayout(stickers);
    const QString fourPerSheet = dir.filePath(QStringLiteral("stickers.pdf"));
    REQUIRE(f.run([&] { return f.page.exportPdf(fourPerSheet); }));
    CHECK(pdfPages(fourPerSheet) == 1);
}

TEST_CASE("nothing chosen: the export does not start and says why", "[ui][posters]") {
    PageFixture f;
    QTemporaryDir dir;
    CHECK_FALSE(f.page.exportPdf(dir.filePath(QStringLiteral("none.pdf"))));
    CHECK_FALSE(f.page.isBusy());
    CHECK(f.page.message()->isError());
    CHECK_FALSE(f.page.message()->text().isEmpty());
    CHECK(QDir(dir.path()).isEmpty());
}

TEST_CASE("cancelling an export leaves no file behind", "[ui][posters]") {
    PageFixture f;
    QTemporaryDir dir;
    f.page.chooseAllShown(true);
    REQUIRE(f.page.chosenCodes().size() == 189);

    const QString fresh = dir.filePath(QStringLiteral("all.pdf"));
    CHECK_FALSE(f.run([&] { return f.page.exportPdf(fresh); }, [&] { f.page.cancelJob(); }));
    CHECK_FALSE(QFile::exists(fresh));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());

    // A file already there stays as it was.
    const QString existing = dir.filePath(QStringLiteral("previous.pdf"));
    test::writeFile(existing, "%PDF-1.4 the previous export");
    CHECK_FALSE(f.run([&] { return f.page.exportPdf(existing); }, [&] { f.page.cancelJob(); }));
    CHECK(test::readFile(existing) == "%PDF-1.4 the previous export");
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot) ==
          QStringList{QStringLiteral("previous.pdf")});
}

TEST_CASE("an export that fails names the checkpoint", "[ui][posters]") {
    PageFixture f;
    QTemporaryDir dir;
    // Fits a code at level L (the office's level when it was stored), not at H.
    REQUIRE(QrPayloads(f.db->connection()).setEcc(QrCode::Ecc::L).ok());
    f.showCommune(kDoanKet);
    const QString code = f.page.model()->rowAt(1).checkpoint.code;
    REQUIRE(f.page.setIssuedPayload(code, QString(2000, u'A')).ok());
    f.page.chooseAllShown(true);
    PosterLayout strong;
    strong.ecc = QrCode::Ecc::H;
    f.page.setPosterLayout(strong);

    const QString path = dir.filePath(QStringLiteral("failed.pdf"));
    CHECK_FALSE(f.run([&] { return f.page.exportPdf(path); }));
    CHECK(f.page.message()->isError());
    CHECK(f.page.message()->text().contains(code));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("the preview paints the current checkpoint's sheet", "[ui][posters]") {
    PageFixture f;
    f.showCommune(kDoanKet);
    ui::PosterPreview *preview = f.page.preview();
    const QColor background = preview->palette().color(QPalette::Window);
    const QImage poster = preview->render(QSize(360, 500));
    CHECK(preview->problem().isEmpty());
    // The code alone covers a good part of the sheet.
    CHECK(inkedPixels(poster, background) > 360 * 500 / 20);

    // Nothing listed: a blank sheet with a hint, far less ink.
    f.page.setSearchText(QStringLiteral("no checkpoint is called this"));
    REQUIRE(f.page.model()->rowCount() == 0);
    CHECK(inkedPixels(preview->render(QSize(360, 500)), background) < inkedPixels(poster, background) / 10);
}

TEST_CASE("an issued payload set through the page changes the source shown", "[ui][posters]") {
    PageFixture f;
    f.showCommune(kDoanKet);
    QString templated;
    for (int row = 0; row < f.page.model()->rowCount(); ++row) {
        if (f.page.model()->rowAt(row).printed.source == PrintedPayload::Source::Template)
            templated = f.page.model()->rowAt(row).checkpoint.code;
    }
    REQUIRE_FALSE(templated.isEmpty());
    CHECK(f.sourceOf(templated) == Model::sourceText(PrintedPayload::Source::Template));

    REQUIRE(
        f.page.setIssuedPayload(templated, QStringLiteral("  ") + kIssuedLink + QStringLiteral("\n")).ok());
    CHECK(f.sourceOf(templated) == Model::sourceText(PrintedPayload::Source::Issued));
    CHECK(CheckpointRegistry(f.db->connection()).byCode(templated)->issuedQrPayload == kIssuedLink);

    // The same code on a second checkpoint is refused, naming the first.
    const QString other =
        f.page.model()->rowAt(templated == f.page.model()->rowAt(0).checkpoint.code ? 1 : 0).checkpoint.code;
    const Status duplicate = f.page.setIssuedPayload(other, kIssuedLink);
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().message.contains(templated));

    REQUIRE(f.page.setIssuedPayload(templated, QString()).ok());
    CHECK(f.sourceOf(templated) == Model::sourceText(PrintedPayload::Source::Template));
}

TEST_CASE("the issued-code dialog reads a picture of the code and stores it", "[ui][posters]") {
    auto db = test::demoWorkspace();
    const Checkpoint checkpoint = CheckpointRegistry(db->connection()).list().at(7);
    ui::IssuedQrDialog dialog(db->connection(), checkpoint);

    CHECK_FALSE(dialog.readImage(test::testData(QStringLiteral("qr/missing.png"))));
    auto *message = dialog.findChild<ui::InlineMessage *>();
    REQUIRE(message);
    CHECK(message->isError());

    REQUIRE(dialog.readImage(test::testData(QStringLiteral("qr/clean-tokhaiyte.png"))));
    CHECK(dialog.payload() == kIssuedLink);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(CheckpointRegistry(db->connection()).byId(checkpoint.id)->issuedQrPayload == kIssuedLink);
}

TEST_CASE("printing checks every code, then prints one sheet per page", "[ui][posters]") {
    PageFixture f;
    QTemporaryDir dir;
    f.showCommune(kDoanKet);
    f.page.chooseAllShown(true);
    PosterLayout twoUp;
    twoUp.perPage = 2;
    f.page.setPosterLayout(twoUp);

    QList<PreparedPoster> shown;
    PosterTexts shownTexts;
    f.page.setPreviewer(
        [&](const QList<PreparedPoster> &posters, const PosterTexts &texts, const PosterLayout &) {
            shown = posters;
            shownTexts = texts;
        });
    REQUIRE(f.run([&] { return f.page.print(); }));
    REQUIRE(shown.size() == 4);
    CHECK(shown.first().content.communeName == kDoanKet);

    // What the preview's paintRequested does, on a PDF printer.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(path);
    REQUIRE(ui::printSheets(printer, shown, shownTexts, twoUp).ok());
    CHECK(pdfPages(path) == 2);
    CHECK(printer.pageLayout().orientation() == QPageLayout::Landscape);
    CHECK(printer.pageLayout().margins().isNull());
}

TEST_CASE("the wording dialog saves the office's poster texts, never an empty title", "[ui][posters]") {
    auto db = test::demoWorkspace();
    const PosterContent sample{QStringLiteral("25426-001"), QStringLiteral("Trụ sở UBND xã Đăng Hà"),
                               QStringLiteral("Thôn 3"), QStringLiteral("Xã Đăng Hà"),
                               QByteArrayLiteral("CHECKPOINT-DESK:25426-001")};
    ui::PosterTextsDialog dialog(db->connection(), sample);
    auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("title"));
    auto *hotline = dialog.findChild<QLineEdit *>(QStringLiteral("hotline"));
    REQUIRE(title);
    REQUIRE(hotline);
    CHECK(title->text() == PosterSources(db->connection()).texts().title);

    title->clear();
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.findChild<ui::InlineMessage *>()->isError());

    title->setText(QStringLiteral("QUÉT MÃ QR TRƯỚC KHI VÀO"));
    hotline->setText(QStringLiteral("0271 3870 115"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    const PosterTexts saved = PosterSources(db->connection()).texts();
    CHECK(saved.title == QStringLiteral("QUÉT MÃ QR TRƯỚC KHI VÀO"));
    CHECK(saved.hotline == QStringLiteral("0271 3870 115"));
}
