// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 runner that owns the Qt application object the code under test needs.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "TestBackend.h"

#include <QSettings>
#include <QTemporaryDir>

#include <cstdio>

#ifdef CD_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

namespace {

// CTest's exit code for a case that could not run: the PostgreSQL run of a case without a server.
constexpr int kSkipped = 77;

bool listsOnly(int argc, char **argv) {
    for (int i = 1; i < argc; ++i)
        if (qstrncmp(argv[i], "--list", 6) == 0)
            return true;
    return false;
}

} // namespace

int main(int argc, char **argv) {
    if (cd::test::onServer() && cd::test::serverUri().isEmpty() && !listsOnly(argc, argv)) {
        std::fprintf(stderr,
                     "skipped: no PostgreSQL server for the tests (CHECKPOINT_DESK_TEST_SERVER is not "
                     "set; tests/pg/with-server.sh starts one)\n");
        return kSkipped;
    }
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
