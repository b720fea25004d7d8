// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckpointChecks.h"

#include "PhoneNumber.h"
#include "common/Clock.h"
#include "common/VietnameseText.h"
#include "database/SqlQuery.h"
#include "units/OfficeScope.h"

#include <QRegularExpression>

namespace cd {

DatabaseLookup::DatabaseLookup(QSqlDatabase db)
    : m_db(std::move(db)) {
    for (const AdminUnit &commune : OfficeScope(m_db).communes())
        m_communes.insert(commune.code);
}

bool DatabaseLookup::communeInScope(const QString &communeCode) const {
    return m_communes.contains(communeCode);
}

std::optional<RegisterLookup::Link> DatabaseLookup::link(const QString &where, const QVariant &value) const {
    auto query = sql::exec(m_db, QStringLiteral("SELECT id, code, parent_id FROM checkpoints WHERE ") + where,
                           {value});
    if (!query || !query.value().next())
        return std::nullopt;
    Link found{query.value().value(0).toLongLong(), query.value().value(1).toString(), std::nullopt};
    if (!query.value().value(2).isNull())
        found.parentId = query.value().value(2).toLongLong();
    return found;
}

std::optional<RegisterLookup::Link> DatabaseLookup::byCode(const QString &code) const {
    return link(QStringLiteral("code = ?"), code);
}

std::optional<RegisterLookup::Link> DatabaseLookup::byId(qint64 id) const {
    return link(QStringLiteral("id = ?"), id);
}

QString DatabaseLookup::codeWithPayload(const QString &payload, qint64 exceptId) const {
    auto other = sql::scalar(
        m_db, QStringLiteral("SELECT code FROM checkpoints WHERE issued_qr_payload = ? AND id <> ?"),
        {payload, QVariant(exceptId)});
    return other && other.value().isValid() ? other.value().toString() : QString();
}

QString DatabaseLookup::codeWithDuplicateKey(const QString &key, qint64 exceptId) const {
    auto other =
        sql::scalar(m_db, QStringLiteral("SELECT code FROM checkpoints WHERE duplicate_key = ? AND id <> ?"),
                    {key, QVariant(exceptId)});
    return other && other.value().isValid() ? other.value().toString() : QString();
}

QString CheckpointChecks::duplicateKey(const Checkpoint &checkpoint) {
    return text::matchKey(checkpoint.name) + u'|' + text::matchKey(checkpoint.address) + u'|' +
           checkpoint.communeCode;
}

QVector<Error> CheckpointChecks::check(Checkpoint &c, const RegisterLookup &lookup,
                                       Requirements requirements) {
    QVector<Error> problems;
    auto problem = [&](const QString &field, const QString &message) {
        problems.append(makeError(message, {}, 0, field));
    };
    const bool form = requirements == Requirements::NationalForm;
    c.code = text::normalized(c.code);
    c.name = text::normalized(c.name);
    c.address = text::normalized(c.address);
    c.description = c.description.trimmed().normalized(QString::NormalizationForm_C);
    c.issuedQrPayload = c.issuedQrPayload.trimmed();

    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$"));
    if (!c.code.isEmpty() && !codePattern.match(c.code).hasMatch())
        problem(QStringLiteral("code"),
                tr("the code %1 may hold only letters, digits, “.”, “_”, “/” and “-” (at most 40)")
                    .arg(text::quoted(c.code)));
    if (c.name.isEmpty())
        problem(QStringLiteral("name"), tr("the checkpoint's name is required"));
    else if (c.name.size() > 300)
        problem(QStringLiteral("name"), tr("the name is longer than 300 characters"));

    if (c.typeId == 0)
        problem(QStringLiteral("type"),
                c.typeName.trimmed().isEmpty()
                    ? tr("the checkpoint's type is required")
                    : tr("%1 is not a checkpoint type").arg(text::quoted(c.typeName)));

    if (c.phone.trimmed().isEmpty()) {
        c.phone.clear();
        if (form)
            problem(QStringLiteral("phone"), tr("a phone number is required"));
    } else if (const auto phone = phone::normalize(c.phone); phone) {
        c.phone = phone.value();
    } else {
        problem(QStringLiteral("phone"), phone.error().message);
    }

    if (c.communeCode.isEmpty())
        problem(QStringLiteral("commune"), tr("the commune is required"));
    else if (!lookup.communeInScope(c.communeCode))
        problem(QStringLiteral("commune"),
                tr("commune %1 is not in this database's area").arg(c.communeCode));
    if (c.address.isEmpty() && form)
        problem(QStringLiteral("address"), tr("the address is required"));

    if (c.latitude.has_value() != c.longitude.has_value()) {
        problem(QStringLiteral("location"), tr("give both latitude and longitude, or neither"));
    } else if (c.latitude) {
        // Vietnam lies within 8–24° N and 102–110° E (islands to 118° E); a swap is the usual mistake.
        const bool inVietnam =
            *c.latitude >= 8 && *c.latitude <= 24 && *c.longitude >= 102 && *c.longitude <= 118;
        if (!inVietnam)
            problem(QStringLiteral("location"),
                    tr("%1, %2 is not in Vietnam (latitude 8–24, longitude 102–118); are they swapped?")
                        .arg(*c.latitude)
                        .arg(*c.longitude));
    }

    if (!c.parentCode.trimmed().isEmpty() && !c.parentId) {
        if (const auto parent = lookup.byCode(c.parentCode.trimmed()))
            c.parentId = parent->id;
        else
            problem(QStringLiteral("parent"),
                    tr("there is no checkpoint with the code %1").arg(text::quoted(c.parentCode)));
    }
    if (c.parentId) {
        // Walk up from the parent: reaching this checkpoint would make a loop.
        QSet<qint64> seen;
        std::optional<qint64> ancestor = c.parentId;
        while (ancestor && !seen.contains(*ancestor)) {
            if (c.id != 0 && *ancestor == c.id) {
                problem(QStringLiteral("parent"), tr("a checkpoint cannot be inside itself"));
                break;
            }
            seen.insert(*ancestor);
            const auto next = lookup.byId(*ancestor);
            if (!next) {
                problem(QStringLiteral("parent"), tr("the parent checkpoint does not exist"));
                break;
            }
            if (*ancestor == *c.parentId)
                c.parentCode = next->code;
            ancestor = next->parentId;
        }
    } else {
        c.parentCode.clear();
    }

    // One issued code is one place: scans of it would otherwise be counted at two checkpoints.
    if (!c.issuedQrPayload.isEmpty()) {
        if (const QString other = lookup.codeWithPayload(c.issuedQrPayload, c.id); !other.isEmpty())
            problem(QStringLiteral("qr_payload"), tr("checkpoint %1 has this QR code already").arg(other));
    }

    if (c.isClosed() && !c.closedOn.isValid())
        c.closedOn = clock::today();
    if (!c.isClosed())
        c.closedOn = QDate();
    // An unknown registration day (an imported register without one) counts on every day: it is never
    // taken for the day of the import.
    if (c.closedOn.isValid() && c.registeredOn.isValid() && c.closedOn < c.registeredOn)
        problem(QStringLiteral("closed_on"), tr("the checkpoint closed before it was registered"));
    return problems;
}

} // namespace cd
