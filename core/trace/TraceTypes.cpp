// SPDX-License-Identifier: GPL-3.0-or-later
#include "TraceTypes.h"

#include <algorithm>

namespace cd::trace {

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
