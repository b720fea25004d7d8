// SPDX-License-Identifier: GPL-3.0-or-later
#include "TraceSheets.h"

#include "common/VnFormat.h"
#include "registry/PhoneNumber.h"
#include "scans/ScanTime.h"

#include <QDateTime>
#include <QJsonArray>

namespace cd::trace {
namespace {

QString dayAndTime(qint64 when) {
    return scantime::toVietnamText(when);
}

// "07:30–08:10" within a day, the full time of the end otherwise.
QString span(qint64 start, qint64 end) {
    const QString from = dayAndTime(start);
    if (end == start)
        return from;
    const QString to = dayAndTime(end);
    if (to.left(10) == from.left(10))
        return from + QStringLiteral(" – ") + to.mid(11);
    return from + QStringLiteral(" – ") + to;
}

QString directionText(const QString &direction) {
    if (direction == QLatin1String("in"))
        return TraceSheets::tr("in");
    if (direction == QLatin1String("out"))
        return TraceSheets::tr("out");
    return {};
}

} // namespace

QString shownPhone(const QString &phone, Phones phones) {
    if (phone.isEmpty() || phones == Phones::Full)
        return phone;
    return phone::masked(phone);
}

QString shownIdNumber(const QString &idNumber, Phones phones) {
    return shownPhone(idNumber, phones); // the same masking: the first four and the last three shown
}

QString shownPersonKey(const QString &key, Phones phones) {
    if (key.startsWith(QLatin1String("p:")) || key.startsWith(QLatin1String("i:")))
        return key.left(2) + shownPhone(key.mid(2), phones);
    return key;
}

QString isoTime(qint64 epochSeconds) {
    return QDateTime::fromSecsSinceEpoch(epochSeconds, Qt::UTC)
        .toOffsetFromUtc(int(scantime::kVietnamOffsetSeconds))
        .toString(Qt::ISODate);
}

QString minutesText(qint64 seconds) {
    return format::decimal(seconds / 60.0, seconds % 60 ? 1 : 0);
}

SheetData TraceSheets::timeline(const TraceResult &result) {
    SheetData sheet;
    sheet.title = tr("Timeline");
    sheet.columns = {{QStringLiteral("time"), tr("Time"), 20},
                     {QStringLiteral("direction"), tr("Direction"), 9},
                     {QStringLiteral("checkpoint_code"), tr("Checkpoint code"), 13},
                     {QStringLiteral("checkpoint_name"), tr("Checkpoint"), 34},
                     {QStringLiteral("address"), tr("Address"), 30},
                     {QStringLiteral("commune"), tr("Commune"), 18},
                     {QStringLiteral("visit"), tr("Visit"), 7},
                     {QStringLiteral("visit_span"), tr("Visit time"), 28},
                     {QStringLiteral("assumed"), tr("End assumed"), 11}};
    for (const TraceScan &scan : result.scans) {
        const CheckpointInfo c = result.checkpoint(scan.checkpointId);
        const Visit visit = result.visits.value(scan.visit);
        sheet.rows.append({dayAndTime(scan.when), directionText(scan.direction), c.code, c.name, c.address,
                           c.commune, scan.visit + 1, span(visit.start, visit.end),
                           visit.assumed ? tr("yes") : QString()});
    }
    return sheet;
}

SheetData TraceSheets::contacts(const TraceResult &result, Phones phones) {
    SheetData sheet;
    sheet.title = tr("Contacts");
    sheet.columns = {{QStringLiteral("rank"), tr("No."), 5},
                     {QStringLiteral("name"), tr("Name"), 24},
                     {QStringLiteral("phone"), tr("Phone"), 13},
                     {QStringLiteral("id_number"), tr("ID number"), 14},
                     {QStringLiteral("overlaps"), tr("Overlaps"), 9},
                     {QStringLiteral("closest_minutes"), tr("Closest (min)"), 11},
                     {QStringLiteral("visits"), tr("Overlapping visits"), 80}};
    int rank = 0;
    for (const Contact &contact : result.contacts) {
        QStringList visits;
        for (const Overlap &o : contact.overlaps) {
            const Visit &ours = result.visits[o.caseVisit];
            QString line = tr("%1: case %2, contact %3, %4 min apart")
                               .arg(result.checkpoint(o.contactCheckpointId).code, span(ours.start, ours.end),
                                    span(o.contactStart, o.contactEnd), minutesText(o.secondsApart));
            visits << line;
        }
        sheet.rows.append({++rank, contact.name, shownPhone(contact.phone, phones),
                           shownIdNumber(contact.idNumber, phones), qint64(contact.overlaps.size()),
                           contact.closestSeconds() / 60.0, visits.join(QStringLiteral("; "))});
    }
    return sheet;
}

SheetData TraceSheets::overlaps(const TraceResult &result, Phones phones) {
    SheetData sheet;
    sheet.title = tr("Overlapping visits");
    sheet.columns = {{QStringLiteral("rank"), tr("No."), 5},
                     {QStringLiteral("name"), tr("Name"), 24},
                     {QStringLiteral("phone"), tr("Phone"), 13},
                     {QStringLiteral("id_number"), tr("ID number"), 14},
                     {QStringLiteral("checkpoint_code"), tr("Checkpoint code"), 13},
                     {QStringLiteral("checkpoint_name"), tr("Checkpoint"), 34},
                     {QStringLiteral("contact_checkpoint_code"), tr("Contact's checkpoint"), 13},
                     {QStringLiteral("case_time"), tr("Case from"), 20},
                     {QStringLiteral("case_until"), tr("Case until"), 20},
                     {QStringLiteral("contact_time"), tr("Contact from"), 20},
                     {QStringLiteral("contact_until"), tr("Contact until"), 20},
                     {QStringLiteral("minutes_apart"), tr("Minutes apart"), 10}};
    int rank = 0;
    for (const Contact &contact : result.contacts) {
        ++rank;
        for (const Overlap &o : contact.overlaps) {
            const Visit &ours = result.visits[o.caseVisit];
            sheet.rows.append(
                {rank, contact.name, shownPhone(contact.phone, phones),
                 shownIdNumber(contact.idNumber, phones), result.checkpoint(o.caseCheckpointId).code,
                 result.checkpoint(o.caseCheckpointId).name, result.checkpoint(o.contactCheckpointId).code,
                 dayAndTime(ours.start), dayAndTime(ours.end), dayAndTime(o.contactStart),
                 dayAndTime(o.contactEnd), o.secondsApart / 60.0});
        }
    }
    return sheet;
}

SheetData TraceSheets::sites(const TraceResult &result) {
    SheetData sheet;
    sheet.title = tr("Exposure sites");
    sheet.columns = {{QStringLiteral("checkpoint_code"), tr("Checkpoint code"), 13},
                     {QStringLiteral("checkpoint_name"), tr("Checkpoint"), 34},
                     {QStringLiteral("address"), tr("Address"), 30},
                     {QStringLiteral("commune"), tr("Commune"), 18},
                     {QStringLiteral("checkpoint_phone"), tr("Checkpoint phone"), 13},
                     {QStringLiteral("visits"), tr("Visits"), 7},
                     {QStringLiteral("first"), tr("First"), 20},
                     {QStringLiteral("last"), tr("Last"), 20},
                     {QStringLiteral("windows"), tr("Times of the case's visits"), 60}};
    for (const Site &site : result.sites) {
        const CheckpointInfo c = result.checkpoint(site.checkpointId);
        QStringList windows;
        for (int v : site.visits)
            windows << span(result.visits[v].start, result.visits[v].end);
        sheet.rows.append({c.code, c.name, c.address, c.commune, c.phone, qint64(site.visits.size()),
                           dayAndTime(site.first), dayAndTime(site.last),
                           windows.join(QStringLiteral("; "))});
    }
    return sheet;
}

QJsonObject TraceSheets::json(const TraceResult &result, Phones phones) {
    const Person &p = result.person;
    QStringList keys;
    for (const QString &key : p.keys)
        keys << shownPersonKey(key, phones);
    QJsonObject person{{QStringLiteral("key_kind"), p.keyKind()},
                       {QStringLiteral("keys"), QJsonArray::fromStringList(keys)},
                       {QStringLiteral("name"), p.name},
                       {QStringLiteral("phone"), shownPhone(p.phone, phones)},
                       {QStringLiteral("id_number"), shownIdNumber(p.idNumber, phones)}};
    QJsonArray visits;
    for (const Visit &v : result.visits) {
        const CheckpointInfo c = result.checkpoint(v.checkpointId);
        visits.append(QJsonObject{{QStringLiteral("time"), isoTime(v.start)},
                                  {QStringLiteral("until"), isoTime(v.end)},
                                  {QStringLiteral("assumed"), v.assumed},
                                  {QStringLiteral("scans"), v.scans},
                                  {QStringLiteral("checkpoint_code"), c.code},
                                  {QStringLiteral("checkpoint_name"), c.name},
                                  {QStringLiteral("address"), c.address},
                                  {QStringLiteral("commune"), c.commune}});
    }
    QJsonArray contacts;
    for (const Contact &contact : result.contacts) {
        QJsonArray overlaps;
        for (const Overlap &o : contact.overlaps) {
            const Visit &ours = result.visits[o.caseVisit];
            overlaps.append(QJsonObject{
                {QStringLiteral("checkpoint_code"), result.checkpoint(o.caseCheckpointId).code},
                {QStringLiteral("contact_checkpoint_code"), result.checkpoint(o.contactCheckpointId).code},
                {QStringLiteral("case_time"), isoTime(ours.start)},
                {QStringLiteral("case_until"), isoTime(ours.end)},
                {QStringLiteral("contact_time"), isoTime(o.contactStart)},
                {QStringLiteral("contact_until"), isoTime(o.contactEnd)},
                {QStringLiteral("contact_assumed"), o.contactAssumed},
                {QStringLiteral("minutes_apart"), o.secondsApart / 60.0},
                {QStringLiteral("seconds_apart"), o.secondsApart}});
        }
        contacts.append(QJsonObject{{QStringLiteral("key"), shownPersonKey(contact.key, phones)},
                                    {QStringLiteral("phone"), shownPhone(contact.phone, phones)},
                                    {QStringLiteral("name"), contact.name},
                                    {QStringLiteral("id_number"), shownIdNumber(contact.idNumber, phones)},
                                    {QStringLiteral("overlaps"), overlaps}});
    }
    QJsonArray sites;
    for (const Site &site : result.sites) {
        const CheckpointInfo c = result.checkpoint(site.checkpointId);
        QJsonArray windows;
        for (int v : site.visits)
            windows.append(QJsonObject{{QStringLiteral("from"), isoTime(result.visits[v].start)},
                                       {QStringLiteral("until"), isoTime(result.visits[v].end)}});
        sites.append(QJsonObject{{QStringLiteral("checkpoint_code"), c.code},
                                 {QStringLiteral("checkpoint_name"), c.name},
                                 {QStringLiteral("address"), c.address},
                                 {QStringLiteral("commune"), c.commune},
                                 {QStringLiteral("first"), isoTime(site.first)},
                                 {QStringLiteral("last"), isoTime(site.last)},
                                 {QStringLiteral("visits"), qint64(site.visits.size())},
                                 {QStringLiteral("windows"), windows}});
    }
    const TraceOptions &o = result.options;
    return QJsonObject{{QStringLiteral("person"), person},
                       {QStringLiteral("period"),
                        QJsonObject{{QStringLiteral("from"), o.from.toString(Qt::ISODate)},
                                    {QStringLiteral("to"), o.to.toString(Qt::ISODate)},
                                    {QStringLiteral("window_minutes"), o.windowMinutes},
                                    {QStringLiteral("default_stay_minutes"), o.defaultStayMinutes},
                                    {QStringLiteral("include_related"), o.includeRelatedCheckpoints}}},
                       {QStringLiteral("visits"), visits},
                       {QStringLiteral("contacts"), contacts},
                       {QStringLiteral("sites"), sites}};
}

} // namespace cd::trace
