// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestBackend.h"

#include "database/PgConnection.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace cd::test {
namespace {

// Creates the schema through a connection of the test process's own (the CLI child opens its own).
void createSchema(const QString &schema) {
    const QString name = QStringLiteral("checkpoint-desk-test-admin");
    {
        QSqlDatabase admin = QSqlDatabase::contains(name)
                                 ? QSqlDatabase::database(name)
                                 : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!admin.isOpen()) {
            if (!sql::configureServerConnection(admin, serverUri()))
                FAIL("the test server's address is not valid");
            if (!admin.open())
                FAIL("cannot connect to the test server: " << admin.lastError().text().toStdString());
            QSqlQuery quiet(admin);
            quiet.exec(QStringLiteral("SET client_min_messages TO warning"));
        }
        QSqlQuery create(admin);
        // The name is ours (letters, digits and underscores): it cannot be bound, and needs no quoting.
        if (!create.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(schema)))
            FAIL("cannot create the test schema: " << create.lastError().text().toStdString());
    }
}

QString withSearchPath(const QString &schema) {
    const QString uri = serverUri();
    const QString separator = uri.contains(u'?') ? QStringLiteral("&") : QStringLiteral("?");
    return uri + separator + QStringLiteral("options=-csearch_path%3D") + schema;
}

} // namespace

bool onServer() {
    return qgetenv("CD_TEST_BACKEND") == "postgresql";
}

QString serverUri() {
    return qEnvironmentVariable("CHECKPOINT_DESK_TEST_SERVER");
}

QString databaseLocation(const QString &path) {
    if (!onServer())
        return path;
    static QAtomicInteger<quint64> fresh;
    const QString identity =
        path == QLatin1String(":memory:")
            ? QStringLiteral("memory-%1-%2").arg(QCoreApplication::applicationPid()).arg(++fresh)
            : QFileInfo(path).absoluteFilePath();
    const QByteArray digest = QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha1).toHex();
    const QString schema = QStringLiteral("cd_test_") + QString::fromLatin1(digest.left(16));
    createSchema(schema);
    return withSearchPath(schema);
}

} // namespace cd::test
