// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiSession.h"

#include "MainWindow.h"
#include "Workspace.h"
#include "area/AreaPage.h"
#include "checkin/DeskPage.h"
#include "common/Translations.h"
#include "dialogs/FirstRunDialog.h"
#include "posters/PostersPage.h"
#include "privacy/NoticeBanner.h"
#include "privacy/OperatorDialog.h"
#include "privacy/PrivacyMenu.h"
#include "province/ProvinceServerUi.h"
#include "registry/CheckpointsPage.h"
#include "scans/ImportsPage.h"
#include "stats/StatisticsPage.h"
#include "trace/TracePage.h"
#include "units/OfficeScope.h"

#include <QApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace cd::ui {

GuiSession::GuiSession(QObject *parent)
    : QObject(parent) {
    // An office PC runs for days: the day's backup is made past midnight too, not only at start.
    m_dailyCheck.setInterval(std::chrono::minutes(30));
    connect(&m_dailyCheck, &QTimer::timeout, this, &GuiSession::checkAutomaticBackup);
}

GuiSession::~GuiSession() {
    delete m_window;
}

bool GuiSession::start(const QString &databasePath) {
    if (!openDatabase(databasePath, true))
        return false;
    if (!m_operatorKnown)
        OperatorDialog::askForSession();
    buildWindow()->show();
    showStartNotices();
    m_dailyCheck.start();
    return true;
}

void GuiSession::showStartNotices() {
    if (!m_window)
        return;
    PrivacyMenu *privacy = m_window->privacyMenu();
    if (const QString overdue = privacy->overdueNotice(); !overdue.isEmpty()) {
        auto *banner = new NoticeBanner(overdue, tr("Purge now…"));
        banner->setObjectName(QStringLiteral("overdueNotice"));
        connect(banner, &NoticeBanner::actionClicked, privacy, &PrivacyMenu::openRetention);
        connect(privacy, &PrivacyMenu::personalDataPurged, banner, [banner, privacy] {
            if (privacy->overdueNotice().isEmpty())
                banner->deleteLater();
        });
        m_window->addNotice(banner);
    }
    checkAutomaticBackup();
}

void GuiSession::checkAutomaticBackup() {
    if (!m_window || !m_database)
        return;
    m_window->privacyMenu()->backUpIfDue();
}

bool GuiSession::openDatabase(const QString &path, bool quitOnFailure) {
    QString candidate = path;
    while (true) {
        auto opened = openWorkspace(candidate);
        if (opened) {
            if (!OfficeScope(opened.value()->connection()).current()) {
                FirstRunDialog dialog(*opened.value(), m_window);
                if (dialog.exec() != QDialog::Accepted)
                    return false;
            }
            delete m_window;
            m_database = std::move(opened).value();
            return true;
        }
        QMessageBox box(QMessageBox::Critical, tr("Cannot open the database"), opened.error().message,
                        QMessageBox::NoButton, m_window);
        QPushButton *other = box.addButton(tr("Choose another file…"), QMessageBox::AcceptRole);
        box.addButton(quitOnFailure ? tr("Quit") : tr("Cancel"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() != other)
            return false;
        candidate = QFileDialog::getSaveFileName(m_window, tr("Database"), QString(),
                                                 tr("Checkpoint Desk databases (*.sqlite *.db)"), nullptr,
                                                 QFileDialog::DontConfirmOverwrite);
        if (candidate.isEmpty())
            return false;
    }
}

MainWindow *GuiSession::buildWindow() {
    auto *window = new MainWindow(*m_database);
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    // Every page reports through one status bar.
    auto show = [window](const QString &message) {
        window->statusBar()->showMessage(message, 5000);
    };
    auto *checkpoints = new CheckpointsPage(*m_database, window);
    window->addSection(QStringLiteral("checkpoints"), tr("Checkpoints"), checkpoints);
    connect(checkpoints, &CheckpointsPage::statusMessage, window, show);
    auto *posters = new PostersPage(*m_database, window);
    window->addSection(QStringLiteral("posters"), tr("QR posters"), posters);
    connect(posters, &PostersPage::statusMessage, window, show);
    auto *imports = new ImportsPage(*m_database, window);
    window->addSection(QStringLiteral("imports"), tr("Scan imports"), imports);
    connect(imports, &ImportsPage::statusMessage, window, show);
    connect(imports, &ImportsPage::registerChanged, checkpoints, &CheckpointsPage::reload);
    connect(window, &MainWindow::scanFilesDropped, imports, [window, imports](const QStringList &files) {
        window->showSection(QStringLiteral("imports"));
        imports->openImportDialog(files);
    });
    auto *statistics = new StatisticsPage(*m_database, window);
    window->addSection(QStringLiteral("statistics"), tr("Statistics"), statistics);
    connect(statistics, &StatisticsPage::statusMessage, window, show);
    auto *tracing = new TracePage(*m_database, window);
    window->addSection(QStringLiteral("trace"), tr("Contact tracing"), tracing);
    connect(tracing, &TracePage::statusMessage, window, show);
    // On a province's server: the province office's section, or a district office's requests to it.
    if (const auto office = addProvinceServerUi(*window, *m_database, *tracing); !office) {
        auto *banner = new NoticeBanner(
            tr("The province server's pages are not shown: which office this login is cannot be read (%1).")
                .arg(office.error().message),
            tr("Try again"));
        banner->setObjectName(QStringLiteral("serverOfficeNotice"));
        connect(banner, &NoticeBanner::actionClicked, this, &GuiSession::rebuildWindow, Qt::QueuedConnection);
        window->addNotice(banner);
    }
    auto *desk = new DeskPage(*m_database, window);
    window->addSection(QStringLiteral("desk"), tr("Check-in desk"), desk);
    connect(desk, &DeskPage::statusMessage, window, show);
    connect(imports, &ImportsPage::scansImported, statistics, &StatisticsPage::reload);
    auto *area = new AreaPage(*m_database, window);
    window->addSection(QStringLiteral("area"), tr("Area and communes"), area);
    connect(area, &AreaPage::statusMessage, window, show);
    PrivacyMenu *privacy = window->privacyMenu();
    connect(privacy, &PrivacyMenu::statusMessage, window, show);
    // A backup that failed is said where it stays until acted on: the daily one across the window.
    connect(privacy, &PrivacyMenu::backupFailed, window,
            [window, privacy](const QString &message, bool automatic) {
                if (!automatic) {
                    QMessageBox::warning(window, tr("Back up the database"), message);
                    return;
                }
                auto *banner = new NoticeBanner(message, tr("Automatic backups…"));
                banner->setObjectName(QStringLiteral("backupNotice"));
                connect(banner, &NoticeBanner::actionClicked, privacy, &PrivacyMenu::openAutoBackups);
                window->addNotice(banner);
            });
    // Queued: the menu that restored belongs to the window the rebuild deletes.
    connect(window->privacyMenu(), &PrivacyMenu::databaseRestored, this, &GuiSession::rebuildWindow,
            Qt::QueuedConnection);
    connect(window, &MainWindow::languageChangeRequested, this, &GuiSession::switchLanguage);
    connect(window, &MainWindow::openDatabaseRequested, this, &GuiSession::replaceDatabase);
    connect(window, &MainWindow::newDatabaseRequested, this, &GuiSession::replaceDatabase);
    connect(window, &MainWindow::serverConnectionRequested, this, &GuiSession::connectToServer);
    m_window = window;
    return window;
}

void GuiSession::switchLanguage(const QString &language) {
    i18n::rememberLanguage(language);
    i18n::install(language);
    // Widgets take their texts when built: rebuild the window in the new language, where it was.
    rebuildWindow();
}

void GuiSession::rebuildWindow() {
    if (!m_window)
        return;
    const QByteArray geometry = m_window->saveGeometry();
    const QString section = m_window ? m_window->currentSectionId() : QString();
    m_window->deleteLater();
    MainWindow *window = buildWindow();
    window->restoreGeometry(geometry);
    window->showSection(section);
    window->show();
}

void GuiSession::replaceDatabase(const QString &path) {
    replaceWith(openWorkspace(path));
}

void GuiSession::connectToServer(const QString &uri, const QString &password) {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = openServerWorkspace(uri, password);
    QApplication::restoreOverrideCursor();
    replaceWith(std::move(opened));
}

void GuiSession::replaceWith(Result<std::unique_ptr<Database>> opened) {
    // Keep the current window until the new database has opened; on failure nothing changes.
    MainWindow *previous = m_window;
    const QByteArray geometry = previous ? previous->saveGeometry() : QByteArray();
    if (!opened) {
        QMessageBox::critical(previous, tr("Cannot open the database"), opened.error().message);
        return;
    }
    if (!OfficeScope(opened.value()->connection()).current()) {
        FirstRunDialog dialog(*opened.value(), previous);
        if (dialog.exec() != QDialog::Accepted)
            return;
    }
    if (previous) {
        previous->hide();
        // The old window goes later, and its pages still hold the old database: a trace or an import
        // finishing in the meantime reports to them. The database is kept until the window is gone,
        // whose jobs stop and join their threads as it is destroyed.
        std::shared_ptr<Database> old(std::move(m_database));
        connect(previous, &QObject::destroyed, this, [old]() mutable { old.reset(); });
        previous->deleteLater();
    }
    m_window = nullptr;
    m_database = std::move(opened).value();
    MainWindow *window = buildWindow();
    window->restoreGeometry(geometry);
    window->show();
    showStartNotices();
}

} // namespace cd::ui
