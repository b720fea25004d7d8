// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactTracer.h"

#include "VisitBuilder.h"
#include "database/SqlQuery.h"
#include "retention/Retention.h"
#include "scans/ScanTime.h"

#include <QSet>

#include <algorithm>
#include <limits>
#include <tuple>

namespace cd::trace {
namespace {

QString placeholders(qsizetype count) {
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(u',');
}

QVariantList idValues(const QList<qint64> &ids) {
    QVariantList values;
    for (qint64 id : ids)
        values << id;
    return values;
}

struct Window {
    qint64 from = 0;
    qint64 to = 0;
};

// Overlapping read windows merged, so that no scan is read twice.
QVector<Window> merged(QVector<Window> windows) {
    std::sort(windows.begin(), windows.end(),
              [](const Window &a, const Window &b) { return a.from < b.from; });
    QVector<Window> out;
    for (const Window &w : windows) {
        if (!out.isEmpty() && w.from <= out.last().to + 1)
            out.last().to = std::max(out.last().to, w.to);
        else
            out.append(w);
    }
    return out;
}

struct NearbyScan {
    qint64 when = 0;
    QString direction;
};

// The people the case must never be a contact of: their own keys, and anyone whose scans carry one of
// their phones or ID numbers (the same person scanned once with only an ID, once with a phone). A key
// holds the phone it was made of, or the ID number when there was no phone (PersonKey), so most are
// known by the key alone; the rest by the scan that names them.
struct CaseIdentity {
    QSet<QString> keys;
    QSet<QString> phones;
    QSet<QString> idNumbers;

    bool isCaseKey(const QString &key) const {
        return keys.contains(key) || (key.startsWith(QLatin1String("p:")) && phones.contains(key.mid(2))) ||
               (key.startsWith(QLatin1String("i:")) && idNumbers.contains(key.mid(2)));
    }
    bool isCase(const Contact &contact) const {
        return (!contact.phone.isEmpty() && phones.contains(contact.phone)) ||
               (!contact.idNumber.isEmpty() && idNumbers.contains(contact.idNumber));
    }
};

} // namespace

// Where and when a person's scan was: with the person's key, the scan's key.
struct ContactTracer::ScanPlace {
    qint64 checkpointId = 0;
    qint64 when = std::numeric_limits<qint64>::min();
};

Result<TraceResult> ContactTracer::trace(const Person &person, const TraceOptions &options,
                                         const std::atomic_bool *cancel) const {
    if (person.keys.isEmpty())
        return makeError(tr("no person to trace"), {}, 0, QStringLiteral("person"));
    if (!options.from.isValid() || !options.to.isValid() || options.from > options.to)
        return makeError(tr("the period must run from a day to the same or a later day"), {}, 0,
                         QStringLiteral("from"));
    if (options.windowMinutes < 0 || options.windowMinutes > 24 * 60)
        return makeError(tr("the window must be between 0 and 1440 minutes"), {}, 0,
                         QStringLiteral("window-minutes"));
    if (options.defaultStayMinutes < 0 || options.defaultStayMinutes > options.maxStayHours * 60)
        return makeError(
            tr("the default stay must be between 0 and %1 minutes").arg(options.maxStayHours * 60), {}, 0,
            QStringLiteral("stay-minutes"));

    TraceResult result;
    result.person = person;
    result.options = options;
    result.periodStart = scantime::dateToDay(options.from) * 86400 - scantime::kVietnamOffsetSeconds;
    result.periodEnd = (scantime::dateToDay(options.to) + 1) * 86400 - scantime::kVietnamOffsetSeconds;
    if (const QDate purged = Retention::purgedBefore(m_db); purged.isValid() && options.from < purged)
        result.purgedBefore = purged;
    if (auto s = readCaseScans(result); !s)
        return s.error();
    if (auto s = findContacts(result, cancel); !s)
        return s.error();
    QSet<qint64> ids;
    for (const Visit &visit : result.visits)
        ids.insert(visit.checkpointId);
    for (const Contact &contact : result.contacts)
        for (const Overlap &overlap : contact.overlaps)
            ids.insert(overlap.contactCheckpointId);
    if (auto s = readCheckpoints(result, ids.values()); !s)
        return s.error();
    collectSites(result);
    return result;
}

Status ContactTracer::readCaseScans(TraceResult &result) const {
    const QStringList &keys = result.person.keys;
    QVariantList values(keys.cbegin(), keys.cend());
    values << result.periodStart << result.periodEnd;
    auto query = sql::exec(m_db,
                           QStringLiteral("SELECT scanned_at, checkpoint_id, direction FROM scans "
                                          "WHERE person_key IN (%1) AND scanned_at >= ? AND scanned_at < ? "
                                          "ORDER BY scanned_at, checkpoint_id")
                               .arg(placeholders(keys.size())),
                           values, sql::Fetch::AtOnce);
    if (!query)
        return query.error();
    while (query.value().next()) {
        const QSqlQuery &q = query.value();
        result.scans.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), -1});
    }
    // Visits are built per checkpoint (the same rule as for everyone else), then put in time order.
    QHash<qint64, QVector<int>> scansAt; // checkpoint -> indexes into result.scans
    for (int i = 0; i < result.scans.size(); ++i)
        scansAt[result.scans[i].checkpointId].append(i);
    struct Built {
        Visit visit;
        QVector<int> scans;
    };
    QVector<Built> built;
    for (auto it = scansAt.cbegin(); it != scansAt.cend(); ++it) {
        QVector<ScanPoint> points;
        for (int i : it.value())
            points.append({result.scans[i].when, result.scans[i].direction});
        QVector<int> visitOf;
        const QVector<Visit> visits = buildVisits(it.key(), points, result.options, &visitOf);
        const qsizetype base = built.size();
        for (const Visit &visit : visits)
            built.append({visit, {}});
        for (qsizetype j = 0; j < visitOf.size(); ++j)
            built[base + visitOf[j]].scans.append(it.value()[j]);
    }
    std::sort(built.begin(), built.end(), [](const Built &a, const Built &b) {
        return std::tie(a.visit.start, a.visit.checkpointId) < std::tie(b.visit.start, b.visit.checkpointId);
    });
    for (const Built &b : built) {
        for (int scan : b.scans)
            result.scans[scan].visit = int(result.visits.size());
        result.visits.append(b.visit);
    }
    return success();
}

Result<QHash<qint64, QVector<qint64>>> ContactTracer::relatedCheckpoints(const QList<qint64> &ids) const {
    // A checkpoint's family: its parent (or itself when it has none) and all of that one's sub-checkpoints.
    QHash<qint64, QVector<qint64>> family;
    if (ids.isEmpty())
        return family;
    auto parents =
        sql::exec(m_db,
                  QStringLiteral("SELECT id, COALESCE(parent_id, id) FROM checkpoints WHERE id IN (%1)")
                      .arg(placeholders(ids.size())),
                  idValues(ids));
    if (!parents)
        return parents.error();
    QHash<qint64, qint64> rootOf;
    while (parents.value().next())
        rootOf.insert(parents.value().value(0).toLongLong(), parents.value().value(1).toLongLong());
    QList<qint64> roots = QSet<qint64>(rootOf.cbegin(), rootOf.cend()).values();
    QVariantList values = idValues(roots) + idValues(roots);
    auto members = sql::exec(m_db,
                             QStringLiteral("SELECT id, COALESCE(parent_id, id) FROM checkpoints "
                                            "WHERE id IN (%1) OR parent_id IN (%1)")
                                 .arg(placeholders(roots.size())),
                             values);
    if (!members)
        return members.error();
    QHash<qint64, QVector<qint64>> membersOf; // root -> members
    while (members.value().next())
        membersOf[members.value().value(1).toLongLong()].append(members.value().value(0).toLongLong());
    for (qint64 id : ids)
        family.insert(id, membersOf.value(rootOf.value(id, id), {id}));
    return family;
}

Status ContactTracer::findContacts(TraceResult &result, const std::atomic_bool *cancel) const {
    const TraceOptions &options = result.options;
    const qint64 window = qint64(options.windowMinutes) * 60;
    // A contact's visit reaches at most maxStay beyond its scans, so reading that much around each of
    // the case's visits finds every scan that can make one.
    const qint64 reach = window + qint64(options.maxStayHours) * 3600;

    CaseIdentity identity;
    for (const QString &key : result.person.keys)
        identity.keys.insert(key);
    {
        QVariantList keys(result.person.keys.cbegin(), result.person.keys.cend());
        auto own =
            sql::exec(m_db,
                      QStringLiteral("SELECT DISTINCT phone, id_number FROM scans WHERE person_key IN (%1)")
                          .arg(placeholders(keys.size())),
                      keys);
        if (!own)
            return own.error();
        while (own.value().next()) {
            if (const QString p = own.value().value(0).toString(); !p.isEmpty())
                identity.phones.insert(p);
            if (const QString i = own.value().value(1).toString(); !i.isEmpty())
                identity.idNumbers.insert(i);
        }
    }

    QSet<qint64> visitedSet;
    for (const Visit &visit : result.visits)
        visitedSet.insert(visit.checkpointId);
    QHash<qint64, QVector<qint64>> family;
    if (options.includeRelatedCheckpoints) {
        auto related = relatedCheckpoints(visitedSet.values());
        if (!related)
            return related.error();
        family = std::move(related).value();
    }
    QHash<qint64, QVector<int>> visitsReaching; // checkpoint -> case visits that count there
    QHash<qint64, QVector<Window>> windows;
    for (int v = 0; v < result.visits.size(); ++v) {
        const Visit &visit = result.visits[v];
        for (qint64 checkpoint : family.value(visit.checkpointId, {visit.checkpointId})) {
            visitsReaching[checkpoint].append(v);
            windows[checkpoint].append({visit.start - reach, visit.end + reach});
        }
    }

    // One window per visit, each a range of the scans' key (checkpoint, time), joined from a list of the
    // ranges. Only the columns of that key's index and the direction are read: on
    // PostgreSQL the index holds the direction too (migration 10), so a window is read from the index
    // alone, where fetching each scan from the table would take most of the trace. The names come after,
    // for the contacts only. The casts give the list's columns their type on PostgreSQL, which would take
    // unmarked parameters for text.
    struct Range {
        qint64 checkpoint;
        Window window;
    };
    QVector<Range> ranges;
    for (auto it = windows.cbegin(); it != windows.cend(); ++it)
        for (const Window &w : merged(it.value()))
            ranges.append({it.key(), w});
    QHash<QPair<QString, qint64>, QVector<NearbyScan>> scansOf; // (person, checkpoint) -> scans
    const auto read = joinList(
        ranges.size(), QStringLiteral("(CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT))"),
        QStringLiteral("WITH windows(checkpoint_id, first_scan, last_scan) AS (VALUES %1) "
                       "SELECT s.checkpoint_id, s.person_key, s.scanned_at, s.direction FROM windows w "
                       "JOIN scans s ON s.checkpoint_id = w.checkpoint_id AND s.scanned_at >= "
                       "w.first_scan AND s.scanned_at <= w.last_scan"),
        [&](qsizetype i, QVariantList &values) {
            values << ranges[i].checkpoint << ranges[i].window.from << ranges[i].window.to;
        },
        [&](const QSqlQuery &q) {
            QString key = q.value(1).toString();
            if (!identity.isCaseKey(key))
                scansOf[qMakePair(std::move(key), q.value(0).toLongLong())].append(
                    {q.value(2).toLongLong(), q.value(3).toString()});
        },
        cancel);
    if (!read)
        return read;

    QHash<QString, Contact> contacts;
    QHash<QString, ScanPlace> namedBy; // person -> their latest scan near the case: it gives their name
    for (auto it = scansOf.begin(); it != scansOf.end(); ++it) {
        const QString &key = it.key().first;
        const qint64 checkpoint = it.key().second;
        QVector<NearbyScan> &scans = it.value();
        std::sort(scans.begin(), scans.end(),
                  [](const NearbyScan &a, const NearbyScan &b) { return a.when < b.when; });
        QVector<ScanPoint> points;
        points.reserve(scans.size());
        for (const NearbyScan &scan : scans)
            points.append({scan.when, scan.direction});
        const QVector<Visit> visits = buildVisits(checkpoint, points, options);
        for (const Visit &theirs : visits) {
            for (int v : visitsReaching.value(checkpoint)) {
                const Visit &ours = result.visits[v];
                const qint64 apart = secondsApart(ours.start, ours.end, theirs.start, theirs.end);
                if (apart > window)
                    continue;
                Contact &contact = contacts[key];
                contact.key = key;
                contact.overlaps.append(
                    {v, ours.checkpointId, checkpoint, theirs.start, theirs.end, theirs.assumed, apart});
            }
        }
        if (!contacts.contains(key))
            continue;
        ScanPlace &named = namedBy[key];
        if (std::tie(scans.last().when, checkpoint) > std::tie(named.when, named.checkpointId))
            named = {checkpoint, scans.last().when};
    }
    if (auto named = nameContacts(contacts, namedBy, cancel); !named)
        return named;
    for (auto it = contacts.begin(); it != contacts.end();) {
        if (identity.isCase(it.value()))
            it = contacts.erase(it);
        else
            ++it;
    }

    result.contacts.reserve(contacts.size());
    for (Contact &contact : contacts) {
        std::sort(contact.overlaps.begin(), contact.overlaps.end(), [&](const Overlap &a, const Overlap &b) {
            return std::tie(result.visits[a.caseVisit].start, a.contactStart) <
                   std::tie(result.visits[b.caseVisit].start, b.contactStart);
        });
        result.contacts.append(std::move(contact));
    }
    // Most overlaps first, then the closest, then by name: the order to call people in.
    std::sort(result.contacts.begin(), result.contacts.end(), [](const Contact &a, const Contact &b) {
        if (a.overlaps.size() != b.overlaps.size())
            return a.overlaps.size() > b.overlaps.size();
        if (a.closestSeconds() != b.closestSeconds())
            return a.closestSeconds() < b.closestSeconds();
        return std::tie(a.name, a.key) < std::tie(b.name, b.key);
    });
    return success();
}

Status ContactTracer::nameContacts(QHash<QString, Contact> &contacts,
                                   const QHash<QString, ScanPlace> &namedBy,
                                   const std::atomic_bool *cancel) const {
    // Each contact's name, phone and ID number from one scan, found by its whole key.
    const QStringList people = namedBy.keys();
    return joinList(
        people.size(), QStringLiteral("(CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS TEXT))"),
        QStringLiteral("WITH named(checkpoint_id, scanned_at, person_key) AS (VALUES %1) "
                       "SELECT s.person_key, s.person_name, s.phone, s.id_number FROM named n JOIN scans s "
                       "ON s.checkpoint_id = n.checkpoint_id AND s.scanned_at = n.scanned_at AND "
                       "s.person_key = n.person_key"),
        [&](qsizetype i, QVariantList &values) {
            const ScanPlace scan = namedBy.value(people[i]);
            values << scan.checkpointId << scan.when << people[i];
        },
        [&](const QSqlQuery &q) {
            const auto contact = contacts.find(q.value(0).toString());
            if (contact == contacts.end())
                return;
            contact->name = q.value(1).toString();
            contact->phone = q.value(2).toString();
            contact->idNumber = q.value(3).toString();
        },
        cancel);
}

Status ContactTracer::joinList(qsizetype rows, const QString &row, const QString &statement,
                               const std::function<void(qsizetype, QVariantList &)> &bind,
                               const std::function<void(const QSqlQuery &)> &read,
                               const std::atomic_bool *cancel) const {
    // A few hundred rows per statement: on a server a statement is a round trip. The rows read are
    // bounded by the list, so a server hands them over at once.
    constexpr qsizetype kRowsPerStatement = 300;
    for (qsizetype first = 0; first < rows; first += kRowsPerStatement) {
        if (cancel && cancel->load())
            return makeError(tr("the trace was cancelled"));
        const qsizetype count = std::min(kRowsPerStatement, rows - first);
        QStringList list;
        QVariantList values;
        for (qsizetype i = first; i < first + count; ++i) {
            list << row;
            bind(i, values);
        }
        auto query = sql::exec(m_db, statement.arg(list.join(u',')), values, sql::Fetch::AtOnce);
        if (!query)
            return query.error();
        while (query.value().next())
            read(query.value());
    }
    return success();
}

Status ContactTracer::readCheckpoints(TraceResult &result, const QList<qint64> &ids) const {
    if (ids.isEmpty())
        return success();
    auto query =
        sql::exec(m_db,
                  QStringLiteral("SELECT c.id, c.code, c.name, c.address, COALESCE(u.name_with_type, ''), "
                                 "c.phone, COALESCE(c.parent_id, 0) FROM checkpoints c "
                                 "LEFT JOIN admin_units u ON u.code = c.commune_code WHERE c.id IN (%1)")
                      .arg(placeholders(ids.size())),
                  idValues(ids));
    if (!query)
        return query.error();
    while (query.value().next()) {
        const QSqlQuery &q = query.value();
        CheckpointInfo info{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
                            q.value(6).toLongLong()};
        result.checkpoints.insert(info.id, info);
    }
    return success();
}

void ContactTracer::collectSites(TraceResult &result) const {
    QHash<qint64, int> siteOf;
    for (int v = 0; v < result.visits.size(); ++v) {
        const Visit &visit = result.visits[v];
        auto it = siteOf.constFind(visit.checkpointId);
        if (it == siteOf.constEnd()) {
            it = siteOf.insert(visit.checkpointId, int(result.sites.size()));
            result.sites.append({visit.checkpointId, visit.start, visit.end, {}});
        }
        Site &site = result.sites[it.value()];
        site.first = std::min(site.first, visit.start);
        site.last = std::max(site.last, visit.end);
        site.visits.append(v);
    }
}

} // namespace cd::trace
