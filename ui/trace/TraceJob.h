// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "trace/TraceTypes.h"

#include <QCoreApplication>
#include <QObject>
#include <QSqlDatabase>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace cd {
class Database;
}

namespace cd::ui {

// What the user asked: a text to find the case by, or a person already chosen from the candidates.
struct TraceRequest {
    trace::QueryKind kind = trace::QueryKind::Phone;
    QString text;
    std::optional<trace::Person> person;
    trace::TraceOptions options;
};

// Finds the case and traces them on a thread of its own with its own connection (a name search reads the
// whole scan table), records the trace in the audit log there, and reports back on the job's thread. A new
// request supersedes the one running: its results are dropped. An in-memory database (tests, demo) cannot
// be shared between connections and runs on the calling thread.
class TraceJob : public QObject {
    Q_OBJECT

public:
    explicit TraceJob(Database &database, QObject *parent = nullptr);
    ~TraceJob() override;

    void start(const TraceRequest &request);
    bool isRunning() const { return m_running; }

signals:
    // Several people match a name: the user picks one and starts again with it.
    void candidatesFound(const QVector<cd::trace::Person> &people);
    void traced(const cd::trace::TraceResult &result);
    void failed(const QString &message);
    void finished();

private:
    struct Outcome {
        QVector<trace::Person> candidates;
        std::optional<trace::TraceResult> result;
        QString error;
    };
    static Outcome run(const QSqlDatabase &db, const TraceRequest &request, const std::atomic_bool &cancel);
    void deliver(const Outcome &outcome);
    void stopThread();

    Database &m_database;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThread *m_thread = nullptr;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace cd::ui
