// SPDX-License-Identifier: GPL-3.0-or-later
#include "TraceSearch.h"

#include "common/VnFormat.h"
#include "trace/ContactTracer.h"
#include "trace/PersonSearch.h"
#include "trace/TraceAudit.h"

#include <QCoreApplication>

namespace cd::ui {

Result<TraceOutcome> findAndTrace(const QSqlDatabase &db, const TraceRequest &request,
                                  const std::atomic_bool &cancel) {
    // The page shows the message alone: which field a core error names is plain from the search box.
    const auto failure = [](const Error &error) {
        return makeError(error.message);
    };
    TraceOutcome outcome;
    trace::Person person;
    if (request.person) {
        person = *request.person;
    } else {
        const auto people = trace::PersonSearch(db).find(request.kind, request.text, request.options.from,
                                                         request.options.to, &cancel);
        if (!people)
            return failure(people.error());
        if (people->isEmpty())
            return makeError(
                request.kind == trace::QueryKind::Name
                    // The context the strings had before, so that their translations apply.
                    ? QCoreApplication::translate("cd::ui::TraceJob",
                                                  "Nobody who scanned between %1 and %2 is named “%3”.")
                          .arg(format::date(request.options.from), format::date(request.options.to),
                               request.text.trimmed())
                    : QCoreApplication::translate("cd::ui::TraceJob",
                                                  "Nobody in the stored scans matches “%1”.")
                          .arg(request.text.trimmed()));
        if (people->size() > 1) {
            // What is logged is what was shown: a search cancelled or superseded by now shows nothing.
            if (cancel)
                return makeError(QStringLiteral("cancelled")); // never shown: the job reports a cancel
            if (auto logged = trace::recordCandidates(db, request.kind, *people, request.options.from,
                                                      request.options.to);
                !logged)
                return failure(logged.error());
            outcome.candidates = people.value();
            return outcome;
        }
        person = people->first();
    }
    const auto result = trace::ContactTracer(db).trace(person, request.options, &cancel);
    if (!result)
        return failure(result.error());
    // Recorded before it is shown: a trace the log cannot hold is not shown, and one that will not be
    // shown (cancelled, superseded) is not recorded.
    if (cancel)
        return makeError(QStringLiteral("cancelled"));
    if (auto logged = trace::recordTrace(db, *result, request.person ? request.person->kind : request.kind);
        !logged)
        return failure(logged.error());
    outcome.result = result.value();
    return outcome;
}

} // namespace cd::ui
