// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TraceTypes.h"
#include "export/SheetData.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace cd::trace {

// Phone and ID numbers are personal data: shown in full on screen and in exports the user confirmed,
// masked (0912***678, 0791*****789) everywhere else. One choice covers both.
enum class Phones { Masked, Full };
QString shownPhone(const QString &phone, Phones phones);
QString shownIdNumber(const QString &idNumber, Phones phones);
// A person key ("p:0912345678", "i:079123456789", "n:…") with its number masked the same way.
QString shownPersonKey(const QString &key, Phones phones);

// "2021-08-24T07:30:05+07:00": the instant in Vietnam time, for JSON.
QString isoTime(qint64 epochSeconds);
// "12,5": minutes between two visits, one decimal, Vietnamese comma.
QString minutesText(qint64 seconds);

// The tables a trace shows and exports. Column keys are stable (CSV headers), headings translated.
class TraceSheets {
    Q_DECLARE_TR_FUNCTIONS(TraceSheets)

public:
    // Every scan of the case, oldest first, with its checkpoint and the visit it belongs to.
    static SheetData timeline(const TraceResult &result);
    // One row per contact, ranked, with their overlapping visits in one cell.
    static SheetData contacts(const TraceResult &result, Phones phones);
    // One row per overlap: what a program reading the CSV needs.
    static SheetData overlaps(const TraceResult &result, Phones phones);
    // The checkpoints visited, with the time windows, for warning their owners.
    static SheetData sites(const TraceResult &result);

    // The JSON `trace --format json` prints (documented in docs/trace-json.md).
    static QJsonObject json(const TraceResult &result, Phones phones);
};

} // namespace cd::trace
