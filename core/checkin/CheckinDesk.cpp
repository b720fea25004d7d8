// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckinDesk.h"

#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "database/SqlQuery.h"
#include "database/Transaction.h"
#include "registry/CheckpointRegistry.h"
#include "registry/PhoneNumber.h"
#include "scans/PersonKey.h"
#include "scans/ScanTime.h"
#include "trace/TraceSheets.h"

#include <QJsonObject>

namespace cd::checkin {

namespace {

QJsonObject sessionDetails(const QString &event, const QString &checkpoint, const QString &direction) {
    return {{QStringLiteral("event"), event},
            {QStringLiteral("checkpoint"), checkpoint},
            {QStringLiteral("direction"), direction}};
}

// Qt binds a null QString as NULL; an absent phone or ID number is stored as ''.
QVariant text(const QString &value) {
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

CheckinDesk::CheckinDesk(QSqlDatabase db, qint64 checkpointId, QString checkpointName, QString direction,
                         int repeatMinutes)
    : m_db(std::move(db))
    , m_checkpointId(checkpointId)
    , m_checkpointName(std::move(checkpointName))
    , m_direction(std::move(direction))
    , m_repeatMinutes(repeatMinutes)
    , m_open(true) {}

CheckinDesk::CheckinDesk(CheckinDesk &&other) noexcept
    : m_db(std::move(other.m_db))
    , m_checkpointId(other.m_checkpointId)
    , m_checkpointName(std::move(other.m_checkpointName))
    , m_direction(std::move(other.m_direction))
    , m_repeatMinutes(other.m_repeatMinutes)
    , m_recorded(other.m_recorded)
    , m_repeats(other.m_repeats)
    , m_open(std::exchange(other.m_open, false)) {}

CheckinDesk::~CheckinDesk() {
    // A desk left open (the window closed, the kiosk stopped) still closes its session in the log; an
    // error here has nobody left to hear it, and the opening entry stands for the session.
    if (m_open)
        close();
}

Result<CheckinDesk> CheckinDesk::open(const QSqlDatabase &db, const QString &checkpointCode,
                                      const QString &direction, int repeatMinutes) {
    if (direction != QLatin1String("in") && direction != QLatin1String("out"))
        return Error{tr("the direction is “in” or “out”, not “%1”").arg(direction),
                     {},
                     0,
                     QStringLiteral("direction")};
    if (repeatMinutes < 0)
        return Error{tr("the repeat window is a number of minutes"), {}, 0, QStringLiteral("repeat")};
    const auto checkpoint = CheckpointRegistry(db).byCode(checkpointCode.trimmed());
    if (!checkpoint)
        return Error{tr("there is no checkpoint “%1” in the register").arg(checkpointCode),
                     {},
                     0,
                     QStringLiteral("checkpoint")};
    if (checkpoint->status != Checkpoint::Status::Active)
        return Error{tr("%1 %2 is closed: a desk records only at an active checkpoint")
                         .arg(checkpoint->code, checkpoint->name),
                     {},
                     0,
                     QStringLiteral("checkpoint")};
    const QString label = checkpoint->code + QStringLiteral(" ") + checkpoint->name;
    if (auto logged = audit::AuditLog(db).record(audit::Action::Desk,
                                                 sessionDetails(QStringLiteral("open"), label, direction));
        !logged)
        return logged.error();
    return CheckinDesk(db, checkpoint->id, label, direction, repeatMinutes);
}

Status CheckinDesk::close() {
    if (!m_open)
        return success();
    m_open = false;
    QJsonObject details = sessionDetails(QStringLiteral("close"), m_checkpointName, m_direction);
    details.insert(QStringLiteral("recorded"), m_recorded);
    details.insert(QStringLiteral("repeats"), m_repeats);
    return audit::AuditLog(m_db).record(audit::Action::Desk, details);
}

Result<DeskRecord> CheckinDesk::record(const DeskInput &input, const QString &phone) {
    return recordAt(input, phone, clock::nowInVietnam());
}

Result<DeskRecord> CheckinDesk::recordAt(const DeskInput &input, const QString &typedPhone,
                                         const QDateTime &at) {
    if (!m_open)
        return makeError(tr("the desk session is closed"));
    QString phone = input.phone;
    if (!typedPhone.trimmed().isEmpty()) {
        const auto normalized = phone::normalize(typedPhone);
        if (!normalized)
            return Error{normalized.error().message, {}, 0, QStringLiteral("phone")};
        phone = normalized.value();
    }
    if (input.kind == DeskInput::Kind::Name && phone.isEmpty())
        return Error{tr("ask %1 for a phone number: a name alone cannot be traced").arg(input.name),
                     {},
                     0,
                     QStringLiteral("phone")};
    const auto person = personKey(phone, input.idNumber, input.name);
    if (!person)
        return Error{person.error().message, {}, 0, QStringLiteral("input")};

    DeskRecord shown;
    shown.name = person->name;
    shown.personKey = person->key;
    shown.maskedPhone = person->phone.isEmpty() ? QString() : phone::masked(person->phone);
    shown.maskedIdNumber = trace::shownIdNumber(person->idNumber, trace::Phones::Masked);
    const qint64 second = at.toSecsSinceEpoch();

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return makeError(tr("cannot start a transaction: %1").arg(transaction.failure()));
    // The same person at the same place and direction within the window is one visit: an official who
    // scans a card twice, a person who shows it to two guides.
    auto earlier =
        sql::exec(m_db,
                  QStringLiteral("SELECT scanned_at FROM scans WHERE checkpoint_id = ? AND person_key = ? "
                                 "AND direction = ? AND scanned_at > ? AND scanned_at <= ? "
                                 "ORDER BY scanned_at DESC LIMIT 1"),
                  {m_checkpointId, person->key, m_direction, second - qint64(m_repeatMinutes) * 60, second});
    if (!earlier)
        return earlier.error();
    if (earlier.value().next()) {
        shown.repeat = true;
        shown.at =
            QDateTime::fromSecsSinceEpoch(earlier.value().value(0).toLongLong(), Qt::OffsetFromUTC, 7 * 3600);
        ++m_repeats;
        return shown;
    }
    auto inserted = sql::exec(
        m_db,
        QStringLiteral(
            "INSERT INTO scans (checkpoint_id, scanned_at, person_key, person_name, phone, id_number, "
            "direction) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {m_checkpointId, second, person->key, text(person->name), text(person->phone), text(person->idNumber),
         m_direction});
    if (!inserted)
        return inserted.error();
    if (auto counted =
            sql::exec(m_db,
                      QStringLiteral("INSERT INTO daily_counts (checkpoint_id, day, scans) VALUES (?, ?, 1) "
                                     "ON CONFLICT (checkpoint_id, day) DO UPDATE SET scans = "
                                     "daily_counts.scans + 1"),
                      {m_checkpointId, scantime::vietnamDay(second)});
        !counted)
        return counted.error();
    if (!person->idNumber.isEmpty())
        if (auto indexed =
                sql::exec(m_db,
                          QStringLiteral("INSERT INTO person_ids (id_number, person_key) VALUES (?, ?) "
                                         "ON CONFLICT DO NOTHING"),
                          {person->idNumber, person->key});
            !indexed)
            return indexed.error();
    if (!transaction.commit())
        return makeError(tr("the record could not be stored: %1").arg(transaction.failure()));
    shown.at = QDateTime::fromSecsSinceEpoch(second, Qt::OffsetFromUTC, 7 * 3600);
    ++m_recorded;
    return shown;
}

Result<qint64> CheckinDesk::todaysCount() const {
    const auto day = scantime::vietnamDay(clock::nowSeconds());
    auto count = sql::scalar(m_db,
                             QStringLiteral("SELECT coalesce(sum(scans), 0) FROM daily_counts WHERE "
                                            "checkpoint_id = ? AND day = ?"),
                             {m_checkpointId, day});
    if (!count)
        return count.error();
    return count.value().toLongLong();
}

} // namespace cd::checkin
