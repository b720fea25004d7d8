// SPDX-License-Identifier: GPL-3.0-or-later
// Grabs the Data protection dialogs offscreen, to look at them as a user would. Hidden: run with
//   ui_tests "[.screenshot]"
// The PNGs go to $CD_SCREENSHOT_DIR (default: the system's temporary folder).
#include "TestSupport.h"

#include "Theme.h"
#include "Workspace.h"
#include "audit/AuditLog.h"
#include "common/Translations.h"
#include "demo/DemoDatabase.h"
#include "privacy/AuditDialog.h"
#include "privacy/AutoBackupDialog.h"
#include "privacy/RetentionDialog.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QSignalSpy>

using namespace cd;

namespace {

void grab(QWidget &widget, const QString &name) {
    widget.show();
    QCoreApplication::processEvents();
    widget.grab().save(QDir(qEnvironmentVariable("CD_SCREENSHOT_DIR", QDir::tempPath())).filePath(name));
}

} // namespace

TEST_CASE("screenshots of data protection", "[.screenshot]") {
    ui::applyTheme(*qobject_cast<QApplication *>(QCoreApplication::instance()));
    i18n::install(QStringLiteral("vi"));
    QTemporaryDir dir;
    auto db = openWorkspace(dir.filePath(QStringLiteral("demo.sqlite")));
    REQUIRE(db.ok());
    REQUIRE(DemoDatabase::populate(db.value()->connection()).ok());
    audit::setOperatorName(QStringLiteral("Nguyễn Thu Hà"));
    const audit::AuditLog log(db.value()->connection());
    REQUIRE(log.record(audit::Action::Trace,
                       {{QStringLiteral("query"), QStringLiteral("phone")},
                        {QStringLiteral("from"), QStringLiteral("2021-08-10")},
                        {QStringLiteral("to"), QStringLiteral("2021-08-24")},
                        {QStringLiteral("visits"), 3},
                        {QStringLiteral("contacts"), 12},
                        {QStringLiteral("sites"), 5}},
                       {QStringLiteral("p:0912345678")})
                .ok());

    ui::RetentionDialog retention(*db.value());
    grab(retention, QStringLiteral("privacy-retention.png"));
    retention.setConfirmer([](const QString &, const QString &) { return true; });
    QSignalSpy purged(&retention, &ui::RetentionDialog::purged);
    REQUIRE(retention.purgeNow());
    REQUIRE(purged.wait(60000));
    grab(retention, QStringLiteral("privacy-retention-purged.png"));

    ui::AuditDialog audit(*db.value());
    grab(audit, QStringLiteral("privacy-audit.png"));

    ui::AutoBackupDialog backups(*db.value());
    backups.setChoice(true, dir.filePath(QStringLiteral("sao-luu")), 7);
    grab(backups, QStringLiteral("privacy-auto-backup.png"));
    audit::setOperatorName({});
    i18n::install(QStringLiteral("en"));
}
