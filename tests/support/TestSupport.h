// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestBackend.h"
#include "database/Database.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <functional>
#include <memory>
#include <ostream>

QT_BEGIN_NAMESPACE
// Lets Catch2 print QStrings in failure messages.
inline std::ostream &operator<<(std::ostream &os, const QString &value) {
    return os << value.toStdString();
}
QT_END_NAMESPACE

namespace cd::test {

// A fresh in-memory database with the schema and the administrative units (on the test server, a
// schema of its own: see TestBackend).
std::unique_ptr<Database> memoryWorkspace();
// The same, configured for Bù Đăng (Bình Phước) with the annex's commune order.
std::unique_ptr<Database> demoWorkspace();

// Makes the database refuse a write, as a full disk would: `events` ("INSERT", "UPDATE OR DELETE"…) on
// `table` where `condition` (an SQL expression over NEW or OLD; "TRUE" for every row) holds fail with
// `message`. A trigger in the dialect of the test's backend; call what it returns to allow them again.
std::function<void()> refuseWrites(const QSqlDatabase &db, const QString &table, const QString &events,
                                   const QString &condition, const QString &message);

QString testData(const QString &relativePath);
QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);

} // namespace cd::test
