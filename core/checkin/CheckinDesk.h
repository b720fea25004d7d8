// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkin/DeskInput.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace cd::checkin {

// One person recorded at the desk, as the screen shows it.
struct DeskRecord {
    QDateTime at;           // Vietnam time; for a repeat, the time of the visit it repeats
    QString name;           // as given
    QString maskedPhone;    // 0912***678, empty when none
    QString maskedIdNumber; // 0791*****789, empty when none
    QString personKey;      // the importer's key: p:, i:, n:
    bool repeat = false;    // the same person at the same checkpoint and direction within the window
};

// A session at one checkpoint and direction: each record is stored at once, in its own transaction, as a
// scan of that checkpoint at that second (Vietnam time), with the daily counts and the ID-number index
// updated with it. The person key follows the importer's rules (personKey), so desk records and imported
// exports of the same person are one person for tracing, statistics and purges. Opening and closing the
// session are written to the audit log.
class CheckinDesk {
    Q_DECLARE_TR_FUNCTIONS(CheckinDesk)

public:
    static constexpr int kDefaultRepeatMinutes = 10;

    // Opens a session; an unknown or closed checkpoint is refused. direction: "in" or "out".
    static Result<CheckinDesk> open(const QSqlDatabase &db, const QString &checkpointCode,
                                    const QString &direction, int repeatMinutes = kDefaultRepeatMinutes);
    CheckinDesk(CheckinDesk &&other) noexcept;
    CheckinDesk &operator=(CheckinDesk &&) = delete;
    ~CheckinDesk(); // closes the session (audited) unless close() did

    // Records what a line says, now. A Name line needs `phone` (what the official typed when asked); an
    // ID card may carry one too. Errors name the field ("input", "phone").
    Result<DeskRecord> record(const DeskInput &input, const QString &phone = {});
    // The same, at a given Vietnam time (tests, and a kiosk replaying its queue).
    Result<DeskRecord> recordAt(const DeskInput &input, const QString &phone, const QDateTime &at);

    // People recorded at this checkpoint today (Vietnam day), from the daily counts.
    Result<qint64> todaysCount() const;
    qint64 checkpointId() const { return m_checkpointId; }
    QString checkpointName() const { return m_checkpointName; }
    QString direction() const { return m_direction; }
    Status close();

private:
    CheckinDesk(QSqlDatabase db, qint64 checkpointId, QString checkpointName, QString direction,
                int repeatMinutes);

    QSqlDatabase m_db;
    qint64 m_checkpointId = 0;
    QString m_checkpointName;
    QString m_direction;
    int m_repeatMinutes = kDefaultRepeatMinutes;
    qint64 m_recorded = 0;
    qint64 m_repeats = 0;
    bool m_open = false;
};

} // namespace cd::checkin
