// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "TestBackend.h"

#include "Workspace.h"
#include "database/Dialect.h"
#include "database/SqlQuery.h"
#include "demo/DemoDatabase.h"

#include <QFile>

namespace cd::test {

std::unique_ptr<Database> memoryWorkspace() {
    auto database = openWorkspace(databaseLocation(QStringLiteral(":memory:")));
    if (!database)
        FAIL(database.error().toString().toStdString());
    return std::move(database).value();
}

std::unique_ptr<Database> demoWorkspace() {
    auto database = memoryWorkspace();
    const auto status = DemoDatabase::populate(database->connection());
    if (!status)
        FAIL(status.error().toString().toStdString());
    return database;
}

std::function<void()> refuseWrites(const QSqlDatabase &db, const QString &table, const QString &events,
                                   const QString &condition, const QString &message) {
    static int made = 0;
    const QString name = QStringLiteral("test_refuse_%1").arg(++made);
    QStringList statements, undo;
    if (sql::isServer(db)) {
        undo << QStringLiteral("DROP TRIGGER %1 ON %2").arg(name, table)
             << QStringLiteral("DROP FUNCTION %1()").arg(name);
        statements << QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                     "RAISE EXCEPTION '%2'; END $$")
                          .arg(name, message)
                   << QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 FOR EACH ROW WHEN (%4) EXECUTE "
                                     "FUNCTION %1()")
                          .arg(name, events, table, condition);
    } else {
        for (const QString &event : events.split(QStringLiteral(" OR "))) {
            undo << QStringLiteral("DROP TRIGGER %1_%2").arg(name, event.trimmed());
            statements << QStringLiteral("CREATE TRIGGER %1_%2 BEFORE %2 ON %3 WHEN %4 BEGIN SELECT "
                                         "RAISE(ABORT, '%5'); END")
                              .arg(name, event.trimmed(), table, condition, message);
        }
    }
    for (const QString &statement : statements) {
        const auto made = sql::exec(db, statement);
        if (!made)
            FAIL(made.error().message.toStdString());
    }
    return [db, undo] {
        for (const QString &statement : undo)
            REQUIRE(sql::exec(db, statement).ok());
    };
}

QString testData(const QString &relativePath) {
    return QStringLiteral(CD_TEST_DATA_DIR "/") + relativePath;
}

QByteArray readFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace cd::test
