// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MainWindow.h"
#include "database/Database.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace cd::ui {

// Owns the open database and the main window: opens the database (asking once for the area it serves),
// builds the window with the sections that work, and rebuilds it when the database or language changes.
class GuiSession : public QObject {
    Q_OBJECT

public:
    explicit GuiSession(QObject *parent = nullptr);
    ~GuiSession() override;

    // The operator was named on the command line (--operator): the session does not ask who is working.
    void setOperatorKnown(bool known) { m_operatorKnown = known; }
    // Opens the database, asks who is working, and shows the window; false when the user gave up (the
    // app should quit).
    bool start(const QString &databasePath);
    MainWindow *window() const { return m_window; }
    Database *database() const { return m_database.get(); }

    // Builds the window over an already opened, configured database (used by start() and by tests).
    MainWindow *buildWindow();
    // What the office should act on now: personal data past its time, the day's automatic backup.
    void showStartNotices();

private:
    bool openDatabase(const QString &path, bool quitOnFailure);
    void switchLanguage(const QString &language);
    void replaceDatabase(const QString &path);
    void connectToServer(const QString &uri, const QString &password);
    // Shows the window over the database just opened, in place of the current one.
    void replaceWith(Result<std::unique_ptr<Database>> opened);
    // The same database, changed under the window (a restore): every page is built again over it.
    void rebuildWindow();
    void checkAutomaticBackup();

    std::unique_ptr<Database> m_database;
    QPointer<MainWindow> m_window;
    QTimer m_dailyCheck;
    bool m_operatorKnown = false;
};

} // namespace cd::ui
