// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 runner that owns the Qt application object the code under test needs.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QSettings>
#include <QTemporaryDir>

#ifdef CD_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

int main(int argc, char **argv) {
    // Test discovery runs the binary at build time, where there may be no display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!qEnvironmentVariableIsSet("XDG_RUNTIME_DIR"))
        qputenv("XDG_RUNTIME_DIR", QByteArray("/tmp/checkpoint-desk-tests-runtime-") + qgetenv("USER"));
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("CheckpointDeskTests"));
    TestApplication::setApplicationName(QStringLiteral("checkpoint-desk-tests"));
    // Each test process has settings of its own: CTest runs them side by side, and a window layout or a
    // remembered choice written by one must not change what another sees.
    const QTemporaryDir settings;
    for (const auto format : {QSettings::NativeFormat, QSettings::IniFormat})
        QSettings::setPath(format, QSettings::UserScope, settings.path());
    return Catch::Session().run(argc, argv);
}
