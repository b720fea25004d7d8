// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TraceTypes.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <atomic>
#include <functional>

namespace cd::trace {

// The trace of one case over a period: their scans and visits (the timeline), the people whose visits
// at the same checkpoints came within the window of theirs (contacts), and the checkpoints they visited
// (exposure sites).
//
// Reading stays on two indexes: the case's scans come through scans_by_person(person_key, scanned_at),
// and the people around each visit through the scans' primary key (checkpoint_id, scanned_at,
// person_key), one range per checkpoint and window, then the names of the contacts by that key. So the
// cost follows the case's visits and the crowd at their checkpoints, never the size of the table.
class ContactTracer {
    Q_DECLARE_TR_FUNCTIONS(ContactTracer)

public:
    explicit ContactTracer(QSqlDatabase db)
        : m_db(std::move(db)) {}

    // `cancel` is looked at between windows; a cancelled trace returns an error.
    Result<TraceResult> trace(const Person &person, const TraceOptions &options,
                              const std::atomic_bool *cancel = nullptr) const;

private:
    struct ScanPlace;

    Status readCaseScans(TraceResult &result) const;
    Status findContacts(TraceResult &result, const std::atomic_bool *cancel) const;
    Status nameContacts(QHash<QString, Contact> &contacts, const QHash<QString, ScanPlace> &namedBy,
                        const std::atomic_bool *cancel) const;
    // `statement` once per few hundred of `rows`, its %1 a VALUES list of `row`s that `bind` fills.
    Status joinList(qsizetype rows, const QString &row, const QString &statement,
                    const std::function<void(qsizetype, QVariantList &)> &bind,
                    const std::function<void(const QSqlQuery &)> &read, const std::atomic_bool *cancel) const;
    Status readCheckpoints(TraceResult &result, const QList<qint64> &ids) const;
    Result<QHash<qint64, QVector<qint64>>> relatedCheckpoints(const QList<qint64> &ids) const;
    void collectSites(TraceResult &result) const;

    QSqlDatabase m_db;
};

} // namespace cd::trace
