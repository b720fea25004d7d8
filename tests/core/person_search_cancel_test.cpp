// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "demo/DemoDatabase.h"
#include "trace/PersonSearch.h"

#include <atomic>

using namespace cd;

TEST_CASE("a name search stops with an error once cancelled, and finds names otherwise", "[trace]") {
    auto db = test::demoWorkspace();
    const trace::PersonSearch search(db->connection());
    std::atomic_bool cancel = false;
    const auto found = search.find(trace::QueryKind::Name, QStringLiteral("nguyen"), {}, {}, &cancel);
    REQUIRE(found.ok());
    CHECK_FALSE(found->isEmpty());

    // Set before the statement's first step: SQLite's progress handler interrupts it.
    cancel = true;
    const auto stopped = search.find(trace::QueryKind::Name, QStringLiteral("nguyen"), {}, {}, &cancel);
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().message.contains(QStringLiteral("cancelled")));
    // The handler is gone with the search: the connection's other statements run.
    const auto after = search.find(trace::QueryKind::Name, QStringLiteral("nguyen"));
    REQUIRE(after.ok());
    CHECK(after->size() == found->size());
}
