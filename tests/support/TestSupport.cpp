// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "TestBackend.h"

#include "Workspace.h"
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
