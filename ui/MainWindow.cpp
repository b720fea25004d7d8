// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "common/Translations.h"
#include "database/Database.h"
#include "dialogs/AboutDialog.h"
#include "help/GuideWindow.h"
#include "help/UserGuide.h"
#include "privacy/NoticeBanner.h"
#include "privacy/PrivacyMenu.h"
#include "scans/ImportsPage.h"
#include "units/OfficeScope.h"

#include "dialogs/ServerConnectDialog.h"
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace cd::ui {
namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSectionKey = QStringLiteral("mainWindow/section");
const QString kDatabaseFilter = QStringLiteral("%1 (*.sqlite *.db);;%2 (*)");
} // namespace

MainWindow::MainWindow(Database &database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_scopeLabel(new QLabel(this))
    , m_noticeArea(new QWidget(this)) {
    // On the province's server the title says which one (Qt adds the program's name after it): an office
    // may also keep its own file.
    setWindowTitle(m_database.isServer() ? m_database.displayLocation() : tr("Checkpoint Desk"));
    setWindowIcon(QIcon(QStringLiteral(":/checkpoint-desk/icons/checkpoint-desk.svg")));
    // Scan exports dropped anywhere on the window open the import dialog (see scanFilesDropped).
    setAcceptDrops(true);

    auto *brand = new QLabel(tr("Checkpoint Desk"), this);
    brand->setObjectName(QStringLiteral("brand"));
    m_scopeLabel->setObjectName(QStringLiteral("brandScope"));
    m_scopeLabel->setWordWrap(true);
    if (const auto scope = OfficeScope(database.connection()).current())
        m_scopeLabel->setText(scope->district
                                  ? scope->district->nameWithType + u'\n' + scope->province.nameWithType
                                  : scope->province.nameWithType);

    m_navigation->setObjectName(QStringLiteral("sidebar"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    auto *sidebar = new QWidget(this);
    sidebar->setFixedWidth(230);
    sidebar->setStyleSheet(QStringLiteral("background: #12382e;"));
    auto *sidebarLayout = new QVBoxLayout(sidebar);
    sidebarLayout->setContentsMargins(0, 0, 0, 0);
    sidebarLayout->setSpacing(0);
    sidebarLayout->addWidget(brand);
    sidebarLayout->addWidget(m_scopeLabel);
    sidebarLayout->addWidget(m_navigation, 1);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(sidebar);
    auto *column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    auto *notices = new QVBoxLayout(m_noticeArea);
    notices->setContentsMargins(0, 0, 0, 0);
    notices->setSpacing(0);
    column->addWidget(m_noticeArea);
    column->addWidget(m_pages, 1);
    layout->addLayout(column, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    createMenus();
    statusBar()->showMessage(tr("Database: %1").arg(QDir::toNativeSeparators(database.path())));
    restoreWindowState();
}

void MainWindow::addSection(const QString &id, const QString &title, QWidget *page) {
    m_sectionIds << id;
    m_pages->addWidget(page);
    m_navigation->addItem(title);
    if (m_navigation->currentRow() < 0 || id == QSettings().value(kSectionKey).toString())
        m_navigation->setCurrentRow(m_navigation->count() - 1);
}

void MainWindow::addMenu(QMenu *menu) {
    menuBar()->insertMenu(m_helpMenu->menuAction(), menu);
}

void MainWindow::addNotice(NoticeBanner *banner) {
    banner->setParent(m_noticeArea);
    m_noticeArea->layout()->addWidget(banner);
}

QList<NoticeBanner *> MainWindow::notices() const {
    return m_noticeArea->findChildren<NoticeBanner *>(QString(), Qt::FindDirectChildrenOnly);
}

QStringList MainWindow::sectionIds() const {
    return m_sectionIds;
}

QString MainWindow::currentSectionId() const {
    return m_sectionIds.value(m_navigation->currentRow());
}

bool MainWindow::showSection(const QString &id) {
    const qsizetype row = m_sectionIds.indexOf(id);
    if (row < 0)
        return false;
    m_navigation->setCurrentRow(int(row));
    return true;
}

void MainWindow::createMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open database…"), this, &MainWindow::chooseDatabaseToOpen);
    open->setShortcut(QKeySequence::Open);
    QAction *create = file->addAction(tr("&New database…"), this, &MainWindow::chooseDatabaseToCreate);
    create->setShortcut(QKeySequence::New);
    file->addAction(tr("&Connect to server…"), this, [this] {
        ServerConnectDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            emit serverConnectionRequested(dialog.uri(), dialog.password());
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_privacyMenu = new PrivacyMenu(m_database, this);
    menuBar()->addMenu(m_privacyMenu);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QMenu *language = settings->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString current = i18n::preferredLanguage();
    const QVector<std::pair<QString, QString>> names{{QStringLiteral("vi"), QStringLiteral("Tiếng Việt")},
                                                     {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto &[code, name] : names) {
        QAction *action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            if (code != i18n::preferredLanguage())
                emit languageChangeRequested(code);
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_helpMenu = help;
    // F1 opens the chapter of the section in front of the user.
    QAction *guide = help->addAction(tr("&User guide"), this, [this] { showUserGuide(currentSectionId()); });
    guide->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(tr("&About Checkpoint Desk"), this, [this] { AboutDialog(this).exec(); });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showUserGuide(const QString &sectionId) {
    if (!m_guide)
        m_guide = new GuideWindow(i18n::preferredLanguage(), this);
    m_guide->showPage(guide::chapterFor(sectionId, i18n::preferredLanguage()));
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

GuideWindow *MainWindow::guideWindow() const {
    return m_guide;
}

void MainWindow::chooseDatabaseToOpen() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open database"), QFileInfo(m_database.path()).absolutePath(),
                                     kDatabaseFilter.arg(tr("Checkpoint Desk databases"), tr("All files")));
    if (!path.isEmpty())
        emit openDatabaseRequested(path);
}

void MainWindow::chooseDatabaseToCreate() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("New database"), QFileInfo(m_database.path()).absolutePath(),
                                     kDatabaseFilter.arg(tr("Checkpoint Desk databases"), tr("All files")));
    if (!path.isEmpty())
        emit newDatabaseRequested(path);
}

void MainWindow::restoreWindowState() {
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(kStateKey).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event) {
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSectionKey, currentSectionId());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event) {
    if (event->mimeData()->hasUrls() && !ImportsPage::importableFiles(event->mimeData()->urls()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event) {
    const QStringList files = ImportsPage::importableFiles(event->mimeData()->urls());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    emit scanFilesDropped(files);
}

} // namespace cd::ui
