// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "trace/TraceTypes.h"

#include <QSqlDatabase>

#include <atomic>
#include <optional>

namespace cd::ui {

// What the user asked: a text to find the case by, or a person already chosen from the candidates.
struct TraceRequest {
    trace::QueryKind kind = trace::QueryKind::Phone;
    QString text;
    std::optional<trace::Person> person;
    trace::TraceOptions options;
};

// Several people matching a name, for the user to choose from; or the trace of the one person found.
struct TraceOutcome {
    QVector<trace::Person> candidates;
    std::optional<trace::TraceResult> result;
};

// Finds the case and traces them, recording both in the audit log; run off the UI thread by the page's
// job (a name search reads every name of the period). Stops with an error once `cancel` is set.
Result<TraceOutcome> findAndTrace(const QSqlDatabase &db, const TraceRequest &request,
                                  const std::atomic_bool &cancel);

} // namespace cd::ui
