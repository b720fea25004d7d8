// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegisterSnapshot.h"

#include "CheckpointRegistry.h"
#include "units/OfficeScope.h"

namespace cd {

Result<RegisterSnapshot> RegisterSnapshot::read(QSqlDatabase db) {
    RegisterSnapshot snapshot;
    for (const AdminUnit &commune : OfficeScope(db).communes())
        snapshot.m_communes.insert(commune.code);
    auto all = CheckpointRegistry(db).all();
    if (!all)
        return all.error();
    for (const Checkpoint &c : all.value())
        snapshot.put(c);
    return snapshot;
}

void RegisterSnapshot::put(const Checkpoint &c) {
    qsizetype index = m_byId.value(c.id, -1);
    if (index < 0) {
        index = m_checkpoints.size();
        m_checkpoints.append(c);
        m_byId.insert(c.id, index);
    } else {
        const Checkpoint &old = m_checkpoints[index];
        m_byCode.remove(old.code);
        m_byKey.remove(CheckpointChecks::duplicateKey(old));
        if (!old.issuedQrPayload.isEmpty())
            m_byPayload.remove(old.issuedQrPayload);
        m_checkpoints[index] = c;
    }
    m_byCode.insert(c.code, index);
    m_byKey.insert(CheckpointChecks::duplicateKey(c), index);
    if (!c.issuedQrPayload.isEmpty())
        m_byPayload.insert(c.issuedQrPayload, index);
}

bool RegisterSnapshot::communeInScope(const QString &communeCode) const {
    return m_communes.contains(communeCode);
}

std::optional<RegisterLookup::Link> RegisterSnapshot::byCode(const QString &code) const {
    const qsizetype index = m_byCode.value(code, -1);
    if (index < 0)
        return std::nullopt;
    const Checkpoint &c = m_checkpoints[index];
    return Link{c.id, c.code, c.parentId};
}

std::optional<RegisterLookup::Link> RegisterSnapshot::byId(qint64 id) const {
    const qsizetype index = m_byId.value(id, -1);
    if (index < 0)
        return std::nullopt;
    const Checkpoint &c = m_checkpoints[index];
    return Link{c.id, c.code, c.parentId};
}

QString RegisterSnapshot::codeWithPayload(const QString &payload, qint64 exceptId) const {
    const qsizetype index = m_byPayload.value(payload, -1);
    return index >= 0 && m_checkpoints[index].id != exceptId ? m_checkpoints[index].code : QString();
}

QString RegisterSnapshot::codeWithDuplicateKey(const QString &key, qint64 exceptId) const {
    const qsizetype index = m_byKey.value(key, -1);
    return index >= 0 && m_checkpoints[index].id != exceptId ? m_checkpoints[index].code : QString();
}

const Checkpoint *RegisterSnapshot::storedByCode(const QString &code) const {
    const qsizetype index = m_byCode.value(code, -1);
    return index >= 0 ? &m_checkpoints[index] : nullptr;
}

const Checkpoint *RegisterSnapshot::storedByDuplicateKey(const QString &key) const {
    const qsizetype index = m_byKey.value(key, -1);
    return index >= 0 ? &m_checkpoints[index] : nullptr;
}

} // namespace cd
