// SPDX-License-Identifier: GPL-3.0-or-later
#include "TraceTypes.h"

#include "common/VnFormat.h"

#include <QCoreApplication>

#include <algorithm>

namespace cd::trace {

QString purgedPeriodNote(const QDate &purgedBefore, const QDate &from, const QDate &to) {
    if (!purgedBefore.isValid() || !from.isValid() || from >= purgedBefore)
        return {};
    if (to.isValid() && to < purgedBefore)
        return QCoreApplication::translate("cd::trace",
                                           "The personal data of the scans of %1 – %2 was deleted after its "
                                           "retention period (every scan before %3): nobody can be traced "
                                           "in those days. Their counts are kept in the statistics.")
            .arg(format::date(from), format::date(to), format::date(purgedBefore));
    return QCoreApplication::translate("cd::trace",
                                       "The personal data of the scans before %1 was deleted after its "
                                       "retention period: this trace covers %1 – %2 only.")
        .arg(format::date(purgedBefore), format::date(to));
}

QString queryKindKey(QueryKind kind) {
    switch (kind) {
    case QueryKind::Phone:
        return QStringLiteral("phone");
    case QueryKind::IdNumber:
        return QStringLiteral("id");
    case QueryKind::Name:
        return QStringLiteral("name");
    }
    return {};
}

QString Person::keyKind() const {
    const QString key = keys.value(0);
    if (key.startsWith(QLatin1String("p:")))
        return QStringLiteral("phone");
    if (key.startsWith(QLatin1String("i:")))
        return QStringLiteral("id");
    return QStringLiteral("name");
}

void TraceOptions::defaultPeriod(QDate &from, QDate &to, const QDate &today) {
    // The "mốc dịch tễ" of a case are the places of the 14 days before the day they tested positive;
    // the day itself is included, as the contacts of that day matter most.
    if (!to.isValid())
        to = today;
    if (!from.isValid())
        from = to.addDays(-kDefaultDays);
}

qint64 Contact::closestSeconds() const {
    qint64 closest = std::numeric_limits<qint64>::max();
    for (const Overlap &overlap : overlaps)
        closest = std::min(closest, overlap.secondsApart);
    return closest;
}

} // namespace cd::trace
