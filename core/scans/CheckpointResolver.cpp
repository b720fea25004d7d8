// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckpointResolver.h"

#include "CheckpointAliases.h"

#include "common/VietnameseText.h"
#include "registry/CheckpointRegistry.h"
#include "registry/QrPayloads.h"
#include "units/OfficeScope.h"

#include <QRegularExpression>
#include <QSet>

namespace cd {

QString CheckpointResolver::groupIdOf(const QString &payload) {
    static const QRegularExpression groupId(QStringLiteral("groupId=([0-9A-Fa-f]{24})"));
    const auto match = groupId.match(payload);
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

CheckpointResolver::CheckpointResolver(const QSqlDatabase &db)
    : m_communes(OfficeScope(db).communeMatcher())
    , m_byAlias(CheckpointAliases(db).byKey()) {
    const QrPayloads payloads(db);
    QSet<QString> ambiguousNames;
    const auto checkpoints = CheckpointRegistry(db).all();
    if (!checkpoints) {
        m_error = checkpoints.error();
        return;
    }
    for (const Checkpoint &c : checkpoints.value()) {
        m_byCode.insert(c.code, c.id);
        m_byCode.insert(c.code.toUpper(), c.id);
        const QString printed = payloads.printed(c).payload;
        m_byPayload.insert(printed, c.id);
        if (const QString group = groupIdOf(printed); !group.isEmpty())
            m_byGroupId.insert(group, c.id);
        const QString nameKey = text::matchKey(c.name);
        m_byNameAndCommune.insert(nameKey + u'|' + c.communeCode, c.id);
        if (m_byName.contains(nameKey))
            ambiguousNames.insert(nameKey);
        m_byName.insert(nameKey, c.id);
    }
    for (const QString &name : ambiguousNames)
        m_byName.remove(name);
}

qint64 CheckpointResolver::resolve(const QString &code, const QString &qrPayload, const QString &name,
                                   const QString &commune) const {
    if (const qint64 id = resolveByRegister(code, qrPayload, name, commune); id)
        return id;
    if (m_byAlias.isEmpty())
        return 0;
    return m_byAlias.value(
        CheckpointAliases::keyOf(CheckpointAliases::labelOf(code, qrPayload, name, commune)));
}

qint64 CheckpointResolver::resolveByRegister(const QString &code, const QString &qrPayload,
                                             const QString &name, const QString &commune) const {
    // Exports repeat the same few hundred places a million times: the exact text is tried first, and
    // anything that needs normalising is normalised once per distinct text.
    if (!code.isEmpty()) {
        if (const qint64 id = m_byCode.value(code); id)
            return id;
        if (const qint64 id = m_byCode.value(code.trimmed().toUpper()); id)
            return id;
    }
    if (!qrPayload.isEmpty()) {
        auto known = m_byPayloadWritten.constFind(qrPayload);
        if (known == m_byPayloadWritten.constEnd()) {
            qint64 id = m_byPayload.value(qrPayload);
            if (const QString group = groupIdOf(qrPayload); !id && !group.isEmpty())
                id = m_byGroupId.value(group);
            known = m_byPayloadWritten.insert(qrPayload, id);
        }
        if (known.value())
            return known.value();
    }
    if (!name.isEmpty()) {
        auto nameKey = m_nameKeyOf.constFind(name);
        if (nameKey == m_nameKeyOf.constEnd())
            nameKey = m_nameKeyOf.insert(name, text::matchKey(name));
        if (!commune.isEmpty()) {
            auto cached = m_communeCodeOf.find(commune);
            if (cached == m_communeCodeOf.end()) {
                const auto unit = m_communes.match(commune);
                cached = m_communeCodeOf.insert(commune, unit ? unit->code : QString());
            }
            // A commune name several districts share says nothing for sure: a name the register has once
            // still names its checkpoint.
            if (cached.value().isEmpty())
                return m_byName.value(nameKey.value());
            return m_byNameAndCommune.value(nameKey.value() + u'|' + cached.value());
        }
        return m_byName.value(nameKey.value());
    }
    return 0;
}

} // namespace cd
