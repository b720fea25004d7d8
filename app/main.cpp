// SPDX-License-Identifier: GPL-3.0-or-later
// checkpoint-desk: the desktop application, or the command-line interface when given a command.
#include "audit/AuditLog.h"
#include "cli/CommandLine.h"
#include "common/Translations.h"
#include "database/Database.h"

#include "GuiSession.h"
#include "Theme.h"

#include <QApplication>
#include <QDir>
#include <QGuiApplication>

#include <csignal>

#ifdef Q_OS_WIN
#include <qt_windows.h>

#include <cstdio>
#endif

namespace {

void describeApplication() {
    QCoreApplication::setOrganizationName(QStringLiteral("CheckpointDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("checkpoint-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHECKPOINT_DESK_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Checkpoint Desk"));
    QGuiApplication::setDesktopFileName(QStringLiteral("checkpoint-desk"));
}

#ifdef Q_OS_WIN
// On Windows the program is a GUI application, so that no console window opens behind the window; a
// command typed in a console then writes to that console, unless its output already goes to a file or a
// pipe (scripts, the tests), which it inherits as it is.
void attachParentConsole() {
    if (::GetFileType(::GetStdHandle(STD_OUTPUT_HANDLE)) != FILE_TYPE_UNKNOWN)
        return;
    if (!::AttachConsole(ATTACH_PARENT_PROCESS))
        return;
    FILE *stream = nullptr;
    freopen_s(&stream, "CONOUT$", "w", stdout);
    freopen_s(&stream, "CONOUT$", "w", stderr);
    freopen_s(&stream, "CONIN$", "r", stdin);
}
#endif

QStringList argumentsOf(int argc, char **argv) {
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

} // namespace

int main(int argc, char **argv) {
#ifdef SIGXFSZ
    // A file-size limit (ulimit -f, a quota) makes a write fail with an error the program reports and rolls
    // back, instead of killing it half-way through.
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    const QStringList args = argumentsOf(argc, argv);
    if (cd::cli::isCommandLineInvocation(args)) {
#ifdef Q_OS_WIN
        attachParentConsole();
#endif
        // Commands run headless (servers, CI, cron): posters and reports need fonts, not a display.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef Q_OS_LINUX
        // Without a session (cron, CI, ssh) Qt on Linux would warn on every run that XDG_RUNTIME_DIR is
        // not set; it creates this folder itself. Windows and macOS have no such variable.
        if (!qEnvironmentVariableIsSet("XDG_RUNTIME_DIR"))
            qputenv("XDG_RUNTIME_DIR",
                    QDir::tempPath().toLocal8Bit() + "/checkpoint-desk-runtime-" + qgetenv("USER"));
#endif
        QGuiApplication app(argc, argv);
        describeApplication();
        return cd::cli::run(app.arguments());
    }

    QApplication app(argc, argv);
    describeApplication();
    QStringList guiArgs = app.arguments();
    QString databasePath = cd::cli::takeDatabaseOption(guiArgs);
    const QString language = cd::cli::takeLanguageOption(guiArgs);
    const QString operatorName = cd::cli::takeOperatorOption(guiArgs).simplified();
    if (!language.isEmpty() && cd::i18n::availableLanguages().contains(language))
        cd::i18n::rememberLanguage(language);
    cd::i18n::install(cd::i18n::preferredLanguage());
    cd::ui::applyTheme(app);
    if (databasePath.isEmpty())
        databasePath = cd::Database::defaultPath();

    cd::ui::GuiSession session;
    if (!operatorName.isEmpty()) {
        cd::audit::setOperatorName(operatorName);
        session.setOperatorKnown(true);
    }
    if (!session.start(databasePath))
        return 1;
    return app.exec();
}
