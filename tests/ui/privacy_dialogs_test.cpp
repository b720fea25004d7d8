// SPDX-License-Identifier: GPL-3.0-or-later
// The Data protection menu and its dialogs over a real demo database file: the audit log filtered and
// exported, the retention period and purge, the start reminder, automatic backups and a restore.
#include "GuiSession.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "database/Backup.h"
#include "database/SqlQuery.h"
#include "demo/DemoDatabase.h"
#include "privacy/AuditDialog.h"
#include "privacy/AutoBackupDialog.h"
#include "privacy/NoticeBanner.h"
#include "privacy/OperatorDialog.h"
#include "privacy/PrivacyMenu.h"
#include "privacy/RetentionDialog.h"
#include "retention/Retention.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

using namespace cd;

namespace {

QString demoFile(const QTemporaryDir &dir) {
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    auto db = openWorkspace(path);
    REQUIRE(db.ok());
    REQUIRE(DemoDatabase::populate(db.value()->connection()).ok());
    return path;
}

qint64 count(const Database &db, const QString &statement) {
    return sql::scalar(db.connection(), statement).value().toLongLong();
}

} // namespace

TEST_CASE("the audit view filters by period, action and person, and exports what it shows", "[ui][privacy]") {
    QTemporaryDir dir;
    auto db = openWorkspace(demoFile(dir));
    REQUIRE(db.ok());
    Database &database = *db.value();
    const audit::AuditLog log(database.connection());
    REQUIRE(log.record(audit::Action::Trace, {{QStringLiteral("query"), QStringLiteral("phone")}},
                       {QStringLiteral("p:0912345678")})
                .ok());
    REQUIRE(log.record(audit::Action::Trace, {{QStringLiteral("query"), QStringLiteral("phone")}},
                       {QStringLiteral("p:0987654321")})
                .ok());
    REQUIRE(
        log.record(audit::Action::Backup, {{QStringLiteral("file"), QStringLiteral("/tmp/a.sqlite")}}).ok());

    ui::AuditDialog dialog(database);
    const int all = dialog.shownEntries();
    CHECK(all >= 3);
    dialog.setAction(audit::actionKey(audit::Action::Trace));
    CHECK(dialog.shownEntries() == 2);
    // The person as an official types it: spaces, +84; matched through the salted hash.
    dialog.setPerson(QStringLiteral("+84 912 345 678"));
    CHECK(dialog.shownEntries() == 1);
    dialog.setPerson({});
    dialog.setAction({});
    CHECK(dialog.shownEntries() == all);
    // A period before the entries shows none.
    dialog.setPeriod(QDate(2021, 1, 1), QDate(2021, 12, 31));
    CHECK(dialog.shownEntries() == 0);
    dialog.setPeriod(clock::today().addDays(-1), clock::today());
    CHECK(dialog.shownEntries() == all);

    const QString csv = dir.filePath(QStringLiteral("nhat-ky.csv"));
    REQUIRE(dialog.exportTo(csv).ok());
    const QString exported = QString::fromUtf8(test::readFile(csv));
    CHECK(exported.count(u'\n') == all + 1);
    CHECK_FALSE(exported.contains(QStringLiteral("0912345678")));
    CHECK_FALSE(exported.contains(QStringLiteral("912345678")));
}

TEST_CASE("the retention dialog purges only when confirmed, and the statistics stay", "[ui][privacy]") {
    QTemporaryDir dir;
    auto db = openWorkspace(demoFile(dir));
    REQUIRE(db.ok());
    Database &database = *db.value();
    const qint64 scans = count(database, QStringLiteral("SELECT count(*) FROM scans"));
    const qint64 daily = count(database, QStringLiteral("SELECT sum(scans) FROM daily_counts"));
    REQUIRE(scans > 0);

    ui::RetentionDialog dialog(database);
    CHECK(dialog.chosenDays() == RetentionPeriod::kDefaultDays);
    CHECK(dialog.statusText().contains(QStringLiteral("past the period")));
    QString asked;
    dialog.setConfirmer([&](const QString &, const QString &question) {
        asked = question;
        return false;
    });
    dialog.setChosenDays(21);
    CHECK_FALSE(dialog.purgeNow());
    CHECK(asked.contains(QStringLiteral("scans")));
    CHECK(count(database, QStringLiteral("SELECT count(*) FROM scans")) == scans);
    // The period was saved (and audited) even though the purge was declined.
    CHECK(Retention(database).days() == 21);

    QSignalSpy purged(&dialog, &ui::RetentionDialog::purged);
    dialog.setConfirmer([](const QString &, const QString &) { return true; });
    REQUIRE(dialog.purgeNow());
    // Off the UI thread: the dialog says it is at work, and the report arrives through the event loop.
    CHECK(dialog.isPurging());
    CHECK(dialog.statusText().contains(QStringLiteral("Purging")));
    CHECK_FALSE(dialog.purgeNow()); // not twice at once
    REQUIRE(purged.wait(60000));
    CHECK_FALSE(dialog.isPurging());
    CHECK(purged.first().first().value<PurgeReport>().scans == scans);
    CHECK(count(database, QStringLiteral("SELECT count(*) FROM scans")) == 0);
    CHECK(count(database, QStringLiteral("SELECT sum(scans) FROM daily_counts")) == daily);
    CHECK(dialog.statusText().contains(QStringLiteral("has been purged")));
    audit::Filter purges;
    purges.action = audit::Action::Purge;
    CHECK(audit::AuditLog(database.connection()).entries(purges)->size() == 1);
}

TEST_CASE("the window reminds of personal data past its time until it is purged", "[ui][privacy]") {
    QTemporaryDir dir;
    const QString path = demoFile(dir);
    ui::GuiSession session;
    session.setOperatorKnown(true);
    REQUIRE(session.start(path));
    ui::MainWindow *window = session.window();
    REQUIRE(window);
    // The menu is there, in the menu bar.
    bool inMenuBar = false;
    for (QAction *action : window->menuBar()->actions())
        inMenuBar |= action->menu() == window->privacyMenu();
    CHECK(inMenuBar);
    REQUIRE(window->notices().size() == 1);
    CHECK(window->notices().first()->objectName() == QStringLiteral("overdueNotice"));
    CHECK(window->notices().first()->text().contains(QStringLiteral("28 days")));

    ui::RetentionDialog dialog(*session.database());
    QObject::connect(&dialog, &ui::RetentionDialog::purged, window->privacyMenu(),
                     &ui::PrivacyMenu::personalDataPurged);
    dialog.setConfirmer([](const QString &, const QString &) { return true; });
    QSignalSpy purged(&dialog, &ui::RetentionDialog::purged);
    REQUIRE(dialog.purgeNow());
    REQUIRE(purged.wait(60000));
    // With every page of the window open over the database, the freed pages are still overwritten.
    CHECK(purged.first().first().value<PurgeReport>().warnings.isEmpty());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(window->notices().isEmpty());
    CHECK(window->privacyMenu()->overdueNotice().isEmpty());
}

TEST_CASE("automatic backups are made into the chosen folder, and a restore rebuilds the window",
          "[ui][privacy][backup]") {
    QTemporaryDir dir;
    const QString path = demoFile(dir);
    ui::GuiSession session;
    session.setOperatorKnown(true);
    REQUIRE(session.start(path));
    Database &database = *session.database();
    const qint64 scans = count(database, QStringLiteral("SELECT count(*) FROM scans"));

    ui::PrivacyMenu *privacy = session.window()->privacyMenu();

    // Backed up now, from the menu: off the UI thread, said in the status bar when done.
    QSignalSpy said(privacy, &ui::PrivacyMenu::statusMessage);
    const QString manual = dir.filePath(QStringLiteral("ban-sao.sqlite"));
    REQUIRE(privacy->backUpTo(manual));
    CHECK(privacy->isBackingUp());
    REQUIRE(said.wait(60000));
    CHECK(said.first().first().toString().contains(QStringLiteral("ban-sao.sqlite")));
    CHECK(Backup::examine(manual).ok());

    // A daily backup that cannot be written: a notice across the window, not a silent miss.
    const QString blocked = manual + QStringLiteral("/khong-the"); // a folder inside a file
    AutoBackupSettings failing;
    failing.enabled = true;
    failing.folder = blocked;
    REQUIRE(Backup(database).setAutoSettings(failing).ok());
    QSignalSpy failed(privacy, &ui::PrivacyMenu::backupFailed);
    REQUIRE(privacy->backUpIfDue());
    REQUIRE(failed.wait(60000));
    CHECK(failed.first().at(1).toBool());
    bool noticed = false;
    for (ui::NoticeBanner *banner : session.window()->notices())
        noticed |= banner->objectName() == QStringLiteral("backupNotice");
    CHECK(noticed);

    const QString folder = dir.filePath(QStringLiteral("sao-luu"));
    ui::AutoBackupDialog choice(database);
    choice.setChoice(true, QString(), 3);
    CHECK_FALSE(choice.apply().ok()); // no folder
    choice.setChoice(true, folder, 3);
    REQUIRE(choice.apply().ok());
    said.clear();
    REQUIRE(privacy->backUpIfDue());
    REQUIRE(said.wait(60000));
    const QStringList made = QDir(folder).entryList({QStringLiteral("demo-*.sqlite")}, QDir::Files);
    REQUIRE(made.size() == 1);
    CHECK_FALSE(Backup(database).autoBackupDue());
    CHECK_FALSE(session.window()->privacyMenu()->backUpIfDue()); // not again the same day
    CHECK(QDir(folder).entryList({QStringLiteral("demo-*.sqlite")}, QDir::Files).size() == 1);

    // Delete scans, then restore the backup through the menu: the scans are back, the window rebuilt.
    REQUIRE(sql::exec(database.connection(), QStringLiteral("DELETE FROM scans")).ok());
    QPointer<ui::MainWindow> before = session.window();
    QSignalSpy restored(before->privacyMenu(), &ui::PrivacyMenu::databaseRestored);
    REQUIRE(before->privacyMenu()->restore(QDir(folder).filePath(made.first()), false).ok());
    CHECK(restored.count() == 1);
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(before.isNull());
    REQUIRE(session.window());
    CHECK(count(*session.database(), QStringLiteral("SELECT count(*) FROM scans")) == scans);
    CHECK(QDir(dir.path()).entryList({QStringLiteral("demo.sqlite.before-restore-*")}, QDir::Files).size() ==
          1);
}

TEST_CASE("the operator named once is the session's operator in the audit log", "[ui][privacy]") {
    // Answer the modal question the way an official would, once it is up.
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<ui::OperatorDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("operatorName"))
            ->setText(QStringLiteral("  Trần   Thị Mai "));
        dialog->accept();
    });
    ui::OperatorDialog::askForSession();
    CHECK(audit::operatorName() == QStringLiteral("Trần Thị Mai"));

    auto db = test::memoryWorkspace();
    REQUIRE(audit::AuditLog(db->connection()).record(audit::Action::Backup, {}).ok());
    const auto entries = audit::AuditLog(db->connection()).entries();
    REQUIRE(entries->size() == 1);
    CHECK(entries->first().operatorName == QStringLiteral("Trần Thị Mai"));
    CHECK(entries->first().osUser == audit::osUser());

    // Declined: the login name stands for the operator, and nothing is asked again.
    audit::setOperatorName({});
    QTimer::singleShot(0, [] { QApplication::activeModalWidget()->close(); });
    ui::OperatorDialog::askForSession();
    CHECK(audit::operatorName() == audit::osUser());
}
