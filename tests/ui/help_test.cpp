// SPDX-License-Identifier: GPL-3.0-or-later
// Help → User guide: the guide is in the program, F1 opens the chapter of the section in front of the user,
// and every link of every page leads to a page or picture that is there.
#include "TestSupport.h"

#include "GuiSession.h"
#include "MainWindow.h"
#include "Workspace.h"
#include "common/Translations.h"
#include "demo/DemoDatabase.h"
#include "help/GuideWindow.h"
#include "help/UserGuide.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTextBrowser>

using namespace cd;

namespace {

// The first heading of a page of the guide, as its Markdown file has it.
QString headingOf(const QUrl &page) {
    QFile file(u':' + page.path());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString first = QString::fromUtf8(file.readLine()).trimmed();
    REQUIRE(first.startsWith(QLatin1String("# ")));
    return first.mid(2);
}

} // namespace

TEST_CASE("F1 on the Statistics section opens the statistics chapter of the guide", "[ui][help]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    {
        auto db = openWorkspace(path);
        REQUIRE(db.ok());
        REQUIRE(DemoDatabase::populate(db.value()->connection()).ok());
    }
    const QString language = GENERATE(QStringLiteral("vi"), QStringLiteral("en"));
    CAPTURE(language);
    i18n::rememberLanguage(language);
    ui::GuiSession session;
    session.setOperatorKnown(true);
    REQUIRE(session.start(path));
    ui::MainWindow *window = session.window();
    REQUIRE(window->showSection(QStringLiteral("statistics")));
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));
    REQUIRE_FALSE(window->guideWindow());

    QTest::keyClick(window, Qt::Key_F1);

    ui::GuideWindow *guide = window->guideWindow();
    REQUIRE(guide);
    CHECK(guide->isVisible());
    const QUrl chapter = ui::guide::chapterFor(QStringLiteral("statistics"), language);
    CHECK(chapter.path().endsWith(language == QLatin1String("vi") ? QLatin1String("/06-thong-ke-bao-cao.md")
                                                                  : QLatin1String("/06-statistics.md")));
    CHECK(guide->currentPage() == chapter);
    const QString text = guide->browser()->toPlainText();
    CHECK(text.startsWith(headingOf(chapter)));
    // Markdown, not its source.
    CHECK_FALSE(text.contains(QLatin1String("](")));

    // F1 elsewhere opens that section's chapter in the same window.
    REQUIRE(window->showSection(QStringLiteral("desk")));
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_F1);
    CHECK(window->guideWindow() == guide);
    CHECK(guide->currentPage() == ui::guide::chapterFor(QStringLiteral("desk"), language));
    i18n::rememberLanguage({});
}

TEST_CASE("a link of the guide's contents opens its page, and Back returns", "[ui][help]") {
    ui::GuideWindow guide(QStringLiteral("vi"));
    guide.show();
    guide.showPage(ui::guide::contents(QStringLiteral("vi")));
    QTextBrowser *browser = guide.browser();
    browser->setFocus();
    // The keyboard's way through links: Tab selects the first, Return follows it.
    QTest::keyClick(browser, Qt::Key_Tab);
    QTest::keyClick(browser, Qt::Key_Return);
    const QUrl opened = guide.currentPage();
    CHECK(opened.scheme() == QLatin1String("qrc"));
    CHECK(opened.path().startsWith(QLatin1String("/guide/huong-dan/0")));
    CHECK(browser->toPlainText().startsWith(headingOf(opened)));
    browser->backward();
    CHECK(guide.currentPage() == ui::guide::contents(QStringLiteral("vi")));
}

TEST_CASE("every link and picture of the guide is in the program", "[ui][help]") {
    const QRegularExpression link(QStringLiteral(R"(\]\(([^)\s]+)\))"));
    int pages = 0;
    int pictures = 0;
    for (const QString &folder : {QStringLiteral(":/guide/huong-dan"), QStringLiteral(":/guide/guide-en")}) {
        const QStringList names = QDir(folder).entryList({QStringLiteral("*.md")});
        CHECK(names.size() == 11); // the contents and ten chapters
        for (const QString &name : names) {
            ++pages;
            QFile file(folder + u'/' + name);
            REQUIRE(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            for (auto it = link.globalMatch(text); it.hasNext();) {
                const QString target = it.next().captured(1).section(u'#', 0, 0);
                if (target.isEmpty() || target.contains(QLatin1String("://")) ||
                    target.startsWith(QLatin1String("mailto:")))
                    continue;
                const QUrl resolved =
                    QUrl(QStringLiteral("qrc") + folder + u'/' + name).resolved(QUrl(target));
                INFO(name.toStdString() << " links to " << target.toStdString());
                // Links out of the guide (the README, the sources) are for readers of the repository.
                if (!resolved.path().startsWith(QLatin1String("/guide/")))
                    continue;
                CHECK(QFile::exists(u':' + resolved.path()));
                pictures += target.endsWith(QLatin1String(".png"));
            }
        }
    }
    CHECK(pages == 22);
    CHECK(pictures > 10);
    for (const QString &section :
         {QStringLiteral("checkpoints"), QStringLiteral("posters"), QStringLiteral("imports"),
          QStringLiteral("statistics"), QStringLiteral("trace"), QStringLiteral("desk"),
          QStringLiteral("area"), QStringLiteral("province")}) {
        for (const QString &language : {QStringLiteral("vi"), QStringLiteral("en")}) {
            const QUrl chapter = ui::guide::chapterFor(section, language);
            INFO(section.toStdString() << " " << language.toStdString());
            CHECK(chapter != ui::guide::contents(language));
            CHECK(QFile::exists(u':' + chapter.path()));
        }
    }
}
