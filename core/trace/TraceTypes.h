// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace cd::trace {

// How the user named the case.
enum class QueryKind { Phone, IdNumber, Name };
QString queryKindKey(QueryKind kind); // "phone", "id", "name"

// One person as the scans know them. A person can stand behind several person keys: an ID search finds the
// scans keyed "i:ID" and also those keyed by a phone that carry the same ID number.
struct Person {
    QueryKind kind = QueryKind::Phone;
    QStringList keys;    // every person_key traced as this person; the first is the main one
    QString name;        // as last written
    QString phone;       // national form, empty when none
    QString idNumber;    // empty when none
    qint64 scans = 0;    // all time
    qint64 lastSeen = 0; // seconds since the epoch, 0 when never

    QString keyKind() const; // "phone", "id" or "name", from the main key's prefix
};

// The period, the window and the visit rules of a trace.
struct TraceOptions {
    // The Vietnam days traced, both inclusive. Defaults (see defaultPeriod): to = today, from = to - 14
    // days, the incubation period the dispatches use for "mốc dịch tễ".
    QDate from;
    QDate to;
    // Two visits at one checkpoint are contacts when their intervals come within this many minutes; the
    // bound is included (exactly W minutes apart is a contact).
    int windowMinutes = 30;
    // A check-in without a check-out is taken to last this long (the visit is marked assumed). Only scans
    // that carry a direction get a stay: exports without directions give point visits [t, t].
    int defaultStayMinutes = 60;
    // Scans of one person at one checkpoint this close to each other are one visit (a double scan at the
    // door, a re-scan after a failed read), not two.
    int mergeGapMinutes = 60;
    // A check-in pairs with a check-out at most this much later; beyond it they are two visits. This also
    // bounds how far from the case's visits the contact search has to read.
    int maxStayHours = 12;
    // Also count people at the case's checkpoint's parent and its other sub-checkpoints (floors, wards).
    bool includeRelatedCheckpoints = false;

    static constexpr int kDefaultDays = 14;
    static void defaultPeriod(QDate &from, QDate &to, const QDate &today);
};

// One stored scan of the case.
struct TraceScan {
    qint64 when = 0; // seconds since the epoch
    qint64 checkpointId = 0;
    QString direction; // "", "in" or "out"
    int visit = -1;    // index into TraceResult::visits
};

// One stay of a person at one checkpoint: consecutive scans merged, a check-in paired with its check-out.
struct Visit {
    qint64 checkpointId = 0;
    qint64 start = 0; // seconds since the epoch
    qint64 end = 0;   // == start for a single scan without direction
    int scans = 0;
    bool assumed = false; // the end (or, for a lone check-out, the start) is the default stay
};

// Where a checkpoint is, for the tables, exports and the owners' warning.
struct CheckpointInfo {
    qint64 id = 0;
    QString code;
    QString name;
    QString address;
    QString commune; // "Xã Đăng Hà"
    QString phone;   // the checkpoint's own (business) phone
    qint64 parentId = 0;
};

struct Overlap {
    int caseVisit = -1; // index into TraceResult::visits
    qint64 caseCheckpointId = 0;
    qint64 contactCheckpointId = 0; // differs only with includeRelatedCheckpoints
    qint64 contactStart = 0;
    qint64 contactEnd = 0;
    bool contactAssumed = false;
    qint64 secondsApart = 0; // 0 when the intervals overlap
};

struct Contact {
    QString key;
    QString name;
    QString phone;
    QString idNumber;
    QVector<Overlap> overlaps; // by case visit time
    qint64 closestSeconds() const;
};

// A checkpoint the case visited, with when, for warning its owner.
struct Site {
    qint64 checkpointId = 0;
    qint64 first = 0;
    qint64 last = 0;
    QVector<int> visits; // indexes into TraceResult::visits
};

struct TraceResult {
    Person person;
    TraceOptions options;
    qint64 periodStart = 0; // seconds since the epoch, inclusive
    qint64 periodEnd = 0;   // exclusive
    QVector<TraceScan> scans;
    QVector<Visit> visits;
    QVector<Contact> contacts; // most overlaps first
    QVector<Site> sites;       // first visited first
    QHash<qint64, CheckpointInfo> checkpoints;
    // Set when the period reaches days whose personal data was purged (Retention): the first day that
    // still has it. Nobody can be traced before it, which is not the same as nobody having been there.
    QDate purgedBefore;

    CheckpointInfo checkpoint(qint64 id) const { return checkpoints.value(id); }
};

// What to tell the user about a period that reaches purged days: empty when it does not; else that the
// trace covers only the days after the purge, or nothing when the whole period was purged.
QString purgedPeriodNote(const QDate &purgedBefore, const QDate &from, const QDate &to);

} // namespace cd::trace
