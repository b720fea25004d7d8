// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "Workspace.h"
#include "database/SqlQuery.h"
#include "jobs/Job.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>

using namespace cd;
using ui::Job;
using ui::JobContext;

namespace {

// Work that holds its thread until it is cancelled: no timing decides what a test sees.
Result<int> untilCancelled(JobContext &context, int value) {
    while (!context.isCancelled())
        QThread::yieldCurrentThread();
    return value;
}

Result<qint64> countUnits(const QSqlDatabase &db) {
    const auto count = sql::scalar(db, QStringLiteral("SELECT count(*) FROM admin_units"));
    if (!count)
        return count.error();
    return count->toLongLong();
}

} // namespace

TEST_CASE("a job runs its work off the UI thread and delivers on it, once", "[ui][jobs]") {
    Job job;
    QSignalSpy progress(&job, &Job::progress);
    QSignalSpy finished(&job, &Job::finished);
    QSignalSpy failed(&job, &Job::failed);
    std::atomic<QThread *> workThread = nullptr;
    QThread *deliveredOn = nullptr;
    int delivered = 0;
    REQUIRE(job.start<int>(
        [&](JobContext &context) -> Result<int> {
            workThread = QThread::currentThread();
            for (int step = 1; step <= 3; ++step)
                context.reportProgress(step, 3, QStringLiteral("step"));
            return 42;
        },
        [&](const int &value) {
            deliveredOn = QThread::currentThread();
            delivered = value;
            CHECK_FALSE(job.isRunning()); // idle before the results: a handler may start the next
        }));
    CHECK(job.runsInBackground());
    CHECK(job.isRunning());
    REQUIRE(finished.wait(10000));
    CHECK(workThread.load() != QThread::currentThread());
    CHECK(deliveredOn == QThread::currentThread());
    CHECK(delivered == 42);
    CHECK(failed.isEmpty());
    CHECK_FALSE(job.isRunning());
    // Throttled, but the last report always comes.
    REQUIRE_FALSE(progress.isEmpty());
    CHECK(progress.last().at(0).toLongLong() == 3);
    CHECK(progress.last().at(1).toLongLong() == 3);
    CHECK(progress.last().at(2).toString() == QStringLiteral("step"));
    QCoreApplication::processEvents();
    CHECK(finished.size() == 1);
}

TEST_CASE("a job reports the work's error, and its cancel as a cancel", "[ui][jobs]") {
    Job job;
    QSignalSpy finished(&job, &Job::finished);
    QSignalSpy failed(&job, &Job::failed);
    QSignalSpy cancelled(&job, &Job::cancelled);
    bool delivered = false;
    const auto failing = [](JobContext &) -> Result<int> {
        return makeError(QStringLiteral("no such file"));
    };
    REQUIRE(job.start<int>(failing, [&](const int &) { delivered = true; }));
    REQUIRE(finished.wait(10000));
    REQUIRE(failed.size() == 1);
    CHECK(failed.first().first().toString() == QStringLiteral("no such file"));
    CHECK(cancelled.isEmpty());
    CHECK_FALSE(job.wasCancelled());

    // Cancelled while it waits: the error it returns then is the cancel, not a failure to show.
    bool cancelledInFinished = false;
    QObject::connect(&job, &Job::finished, &job, [&] { cancelledInFinished = job.wasCancelled(); });
    REQUIRE(job.start<int>(
        [](JobContext &context) -> Result<int> {
            while (!context.isCancelled())
                QThread::yieldCurrentThread();
            return makeError(QStringLiteral("stopped"));
        },
        [&](const int &) { delivered = true; }));
    CHECK(job.isRunning());
    job.cancel();
    REQUIRE(finished.wait(10000));
    CHECK(cancelled.size() == 1);
    CHECK(failed.size() == 1);
    CHECK(cancelledInFinished);
    CHECK_FALSE(delivered);
    CHECK(finished.size() == 2);
}

TEST_CASE("a job refuses a second start while running, unless it supersedes", "[ui][jobs]") {
    Job job;
    QSignalSpy finished(&job, &Job::finished);
    QVector<int> delivered;
    bool runningWhenSuperseded = false;
    const auto deliver = [&](const int &value) {
        delivered << value;
    };
    REQUIRE(job.start<int>([](JobContext &context) { return untilCancelled(context, 1); }, deliver));
    CHECK_FALSE(job.start<int>([](JobContext &) -> Result<int> { return 2; }, deliver));
    CHECK(finished.isEmpty());

    // The first run ends with a value once cancelled: superseded, it is dropped all the same.
    QObject::connect(&job, &Job::finished, &job, [&] {
        if (finished.size() == 1)
            runningWhenSuperseded = job.isRunning();
    });
    std::atomic_bool postedLate = false;
    REQUIRE(job.start<int>([](JobContext &context) { return untilCancelled(context, 3); }, deliver,
                           Job::Start::Superseding));
    // At once, for the superseded run; the job runs its successor.
    CHECK(finished.size() == 1);
    CHECK(runningWhenSuperseded);
    CHECK(job.isRunning());
    REQUIRE(job.start<int>(
        [&](JobContext &context) -> Result<int> {
            context.post([&] { postedLate = true; });
            return 4;
        },
        deliver, Job::Start::Superseding));
    CHECK(finished.size() == 2);
    REQUIRE(finished.wait(10000));
    CHECK(finished.size() == 3);
    CHECK(postedLate.load());
    // The superseded runs end on their own; what they return is never delivered.
    QCoreApplication::processEvents();
    CHECK(delivered == QVector<int>{4});
}

TEST_CASE("a job's destructor cancels and joins its threads", "[ui][jobs]") {
    std::atomic_bool ended = false;
    bool delivered = false;
    {
        Job job;
        const auto work = [&](JobContext &context) -> Result<int> {
            while (!context.isCancelled())
                QThread::yieldCurrentThread();
            QThread::msleep(50); // what it does after the cancel is waited for too
            ended = true;
            return 1;
        };
        REQUIRE(job.start<int>(work, [&](const int &) { delivered = true; }));
        // A superseded run is joined as well.
        REQUIRE(job.start<int>(
            work, [&](const int &) { delivered = true; }, Job::Start::Superseding));
    }
    CHECK(ended.load());
    QCoreApplication::processEvents();
    CHECK_FALSE(delivered);
}

TEST_CASE("a job's database work has a connection of its own, or runs here for an in-memory one",
          "[ui][jobs]") {
    SECTION("in memory") {
        auto db = test::memoryWorkspace();
        Job job(*db);
        CHECK_FALSE(job.runsInBackground());
        QThread *ranOn = nullptr;
        qint64 units = -1;
        QSignalSpy finished(&job, &Job::finished);
        REQUIRE(job.start<qint64>(
            [&](JobContext &context) -> Result<qint64> {
                ranOn = QThread::currentThread();
                CHECK(context.connection().connectionName() == db->connection().connectionName());
                return countUnits(context.connection());
            },
            [&](const qint64 &value) { units = value; }));
        // Inside start(): the connection cannot be shared with another thread.
        CHECK(finished.size() == 1);
        CHECK(ranOn == QThread::currentThread());
        CHECK(units > 0);
    }
    SECTION("a file") {
        QTemporaryDir dir;
        auto opened = openWorkspace(dir.filePath(QStringLiteral("office.sqlite")));
        REQUIRE(opened.ok());
        Database &db = *opened.value();
        Job job(db);
        CHECK(job.runsInBackground());
        QString connectionName;
        qint64 units = -1;
        QSignalSpy finished(&job, &Job::finished);
        REQUIRE(job.start<qint64>(
            [&](JobContext &context) -> Result<qint64> {
                connectionName = context.connection().connectionName();
                return countUnits(context.connection());
            },
            [&](const qint64 &value) { units = value; }));
        REQUIRE(finished.wait(10000));
        CHECK(units > 0);
        CHECK_FALSE(connectionName.isEmpty());
        CHECK(connectionName != db.connection().connectionName());
        // Closed with the work's thread.
        CHECK_FALSE(QSqlDatabase::contains(connectionName));
    }
}
