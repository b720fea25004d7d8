// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "common/SideFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace cd;

TEST_CASE("a side file replaces its target whole, or leaves it as it was", "[sidefile]") {
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("bao-cao.xlsx"));
    test::writeFile(target, "old");
    {
        auto side = SideFile::create(target, QStringLiteral(".xlsx"));
        REQUIRE(side.ok());
        CHECK(QFileInfo(side->path()).dir() == QFileInfo(target).dir());
        test::writeFile(side->path(), "half");
        // Given up (an error, an exception): the target stays, the temporary goes.
    }
    CHECK(test::readFile(target) == "old");
    CHECK(SideFile::leftovers(dir.path()).isEmpty());

    auto side = SideFile::create(target, QStringLiteral(".xlsx"));
    REQUIRE(side.ok());
    test::writeFile(side->path(), "new");
    REQUIRE(side.value().commit().ok());
    CHECK(test::readFile(target) == "new");
    CHECK(SideFile::leftovers(dir.path()).isEmpty());

    // No folder: an error naming it, nothing made.
    CHECK_FALSE(
        SideFile::create(dir.filePath(QStringLiteral("missing/x.xlsx")), QStringLiteral(".xlsx")).ok());
}

TEST_CASE("the next writer removes what a killed one left, not what a living one writes", "[sidefile]") {
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("office.sqlite"));
    // What a writer killed half-way leaves: its temporary and SQLite's journal beside it, locked by nobody.
    const QString abandoned = dir.filePath(QStringLiteral(".checkpoint-desk-AbC123.sqlite"));
    test::writeFile(abandoned, "half a backup");
    test::writeFile(abandoned + QStringLiteral("-journal"), "journal");
    // A file of the office's that only looks alike stays.
    test::writeFile(dir.filePath(QStringLiteral("checkpoint-desk-notes.txt")), "mine");

    auto living = SideFile::create(target, QStringLiteral(".sqlite"));
    REQUIRE(living.ok());
    CHECK_FALSE(QFile::exists(abandoned));
    CHECK_FALSE(QFile::exists(abandoned + QStringLiteral("-journal")));
    CHECK(QFile::exists(dir.filePath(QStringLiteral("checkpoint-desk-notes.txt"))));
    test::writeFile(living->path(), "being written");

    // A second writer in the same folder leaves the living one's temporary alone.
    auto second = SideFile::create(target, QStringLiteral(".sqlite"));
    REQUIRE(second.ok());
    CHECK(QFile::exists(living->path()));
    CHECK(SideFile::leftovers(dir.path()).size() == 2);
    REQUIRE(living.value().commit().ok());
    CHECK(test::readFile(target) == "being written");
}
