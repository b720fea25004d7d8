// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QObject>
#include <QSqlDatabase>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace cd {
class Database;
}

namespace cd::ui {

class Job;
struct JobRun;

// What a piece of work sees of the job running it. Everything here may be called from the work's thread.
class JobContext {
public:
    // Handed to core calls that stop when it is set (importers, the tracer, the name search).
    const std::atomic_bool &cancelFlag() const;
    bool isCancelled() const { return cancelFlag().load(); }
    // A connection of the work's own, opened on its thread: a QSqlDatabase must stay in the thread that
    // opened it. Invalid for a job made without a database.
    QSqlDatabase connection() const { return m_connection; }
    // Reaches Job::progress at most ten times a second (the last, done == total, always), and not at all
    // once the run is superseded.
    void reportProgress(qint64 done, qint64 total, const QString &text = {});
    // For reports of a shape of their own, through post(): whether one now would be at most the tenth
    // this second. Always true on the calling thread, where nothing is queued.
    bool progressDue();
    // Runs `call` on the job's thread, in order with the other reports, unless the run was superseded or
    // the job destroyed by then: for what a long run shows as it goes (a file imported of several).
    void post(std::function<void()> call);

private:
    friend class Job;
    JobContext(Job *job, std::shared_ptr<JobRun> run, QSqlDatabase connection, bool background);

    Job *m_job;
    std::shared_ptr<JobRun> m_run;
    QSqlDatabase m_connection;
    bool m_background;
};

// Long work off the UI thread, the one way the GUI does it: progress, cancel, an error or the results,
// and finished() once per start, all on the thread that owns the job, never a nested event loop.
//
// A job made with a database gives its work a connection of its own on the work's thread. An in-memory
// database cannot be shared between connections: that work runs on the calling thread, inside start()
// (tests and the demo). A job made without one always runs its work on a thread.
//
// The destructor cancels and joins every thread the job started, so the work may use what the job's
// owner holds (the Database) for as long as it runs.
class Job : public QObject {
    Q_OBJECT

public:
    // Runs off the owner's thread; what it returns on success is called back on the owner's thread.
    using Delivery = std::function<void()>;
    using Work = std::function<Result<Delivery>(JobContext &)>;

    enum class Start {
        // Refused while a run is current: an import is never started twice.
        IfIdle,
        // The current run is cancelled and its results dropped; the new request is the one the user
        // wants (a new search, another file chosen). Its thread is not waited for: it ends on its own.
        Superseding,
    };

    explicit Job(QObject *parent = nullptr);
    explicit Job(Database &database, QObject *parent = nullptr);
    ~Job() override;

    // False when refused (IfIdle while running).
    bool start(Work work, Start mode = Start::IfIdle);
    // Typed: `work` computes a value off the UI thread, `deliver` receives it on the owner's thread; an
    // error reaches failed() (or cancelled()) instead.
    template <typename T>
    bool start(std::function<Result<T>(JobContext &)> work, std::function<void(const T &)> deliver,
               Start mode = Start::IfIdle) {
        return start(Work([work = std::move(work),
                           deliver = std::move(deliver)](JobContext &context) -> Result<Delivery> {
                         Result<T> result = work(context);
                         if (!result)
                             return result.error();
                         return Delivery([deliver, value = std::move(result).value()] { deliver(value); });
                     }),
                     mode);
    }

    // Asks the current run to stop; the work decides when (it looks at the flag). Its end is still
    // reported: the results it returned, or cancelled() for an error.
    void cancel();
    bool isRunning() const { return m_current != nullptr; }
    // The current run was asked to stop; in handlers of finished(), the run that just ended was.
    bool wasCancelled() const;
    // Whether work runs on a thread of its own (false for an in-memory database).
    bool runsInBackground() const;

signals:
    void progress(qint64 done, qint64 total, const QString &text);
    // The work returned an error.
    void failed(const QString &message);
    // The work returned an error after cancel(): the error is the cancel, not a fault to show.
    void cancelled();
    // Once per start(): after the results, failed() or cancelled(); at once for a run superseded.
    void finished();

private:
    friend class JobContext;

    bool isCurrent(const JobRun &run) const { return m_current.get() == &run; }
    void conclude(const std::shared_ptr<JobRun> &run, const Result<Delivery> &outcome);
    void join(const std::shared_ptr<JobRun> &run);

    Database *m_database = nullptr;
    std::shared_ptr<JobRun> m_current;
    // Every run whose thread has not been joined yet, the superseded ones too.
    std::vector<std::shared_ptr<JobRun>> m_threads;
    bool m_lastCancelled = false;
};

} // namespace cd::ui
