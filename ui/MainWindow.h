// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace cd {
class Database;
}

namespace cd::ui {

class GuideWindow;
class NoticeBanner;
class PrivacyMenu;

// The window: a navigation list of sections on the left, the current section on the right, menus for
// the database, the language and help. Sections are added by GuiSession, only those that work.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(Database &database, QWidget *parent = nullptr);

    void addSection(const QString &id, const QString &title, QWidget *page);
    QStringList sectionIds() const;
    QString currentSectionId() const;
    bool showSection(const QString &id);

    PrivacyMenu *privacyMenu() const { return m_privacyMenu; }
    // A menu of a part of the window that only some databases have (the province server's), before Help.
    void addMenu(QMenu *menu);
    // Shows a notice across the top of the sections until it is acted on or put off.
    void addNotice(NoticeBanner *banner);
    QList<NoticeBanner *> notices() const;
    // Help → User guide (F1): the guide's chapter about the section, in the program's language.
    void showUserGuide(const QString &sectionId);
    GuideWindow *guideWindow() const;

signals:
    void openDatabaseRequested(const QString &path);
    void newDatabaseRequested(const QString &path);
    // File → Connect to server…: the URI (no password) and the password typed, if any.
    void serverConnectionRequested(const QString &uri, const QString &password);
    void languageChangeRequested(const QString &language);
    // CSV or Excel files were dropped on a part of the window that takes no drops of its own.
    void scanFilesDropped(const QStringList &paths);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void chooseDatabaseToOpen();
    void chooseDatabaseToCreate();
    void restoreWindowState();

    Database &m_database;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QLabel *m_scopeLabel;
    QWidget *m_noticeArea;
    PrivacyMenu *m_privacyMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QStringList m_sectionIds;
    QPointer<GuideWindow> m_guide;
};

} // namespace cd::ui
