// SPDX-License-Identifier: GPL-3.0-or-later
#include "MappingMemory.h"

#include "common/VietnameseText.h"
#include "settings/SettingsStore.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace cd::tabular {

QString MappingMemory::signatureOf(const QStringList &headers) {
    QStringList keys;
    for (const QString &header : headers)
        keys.append(text::wordKeys(header, false).join(u' '));
    return QString::fromLatin1(
        QCryptographicHash::hash(keys.join(u'\x1F').toUtf8(), QCryptographicHash::Sha1).toHex().left(20));
}

QString MappingMemory::keyOf(const QStringList &headers) const {
    return QStringLiteral("mapping.%1.%2").arg(m_importer, signatureOf(headers));
}

std::optional<ColumnMapping> MappingMemory::recall(const ColumnMapping &detected) const {
    const QString saved = SettingsStore(m_db).value(keyOf(detected.headers));
    if (saved.isEmpty())
        return std::nullopt;
    const auto mapping = ColumnMapping::fromJson(QJsonDocument::fromJson(saved.toUtf8()).object());
    if (!mapping)
        return std::nullopt; // a broken entry is forgotten, not an error: the guess is still there
    ColumnMapping recalled = detected;
    recalled.columnOf.clear();
    for (auto it = mapping->columnOf.cbegin(); it != mapping->columnOf.cend(); ++it) {
        if (it.value() < recalled.headers.size())
            recalled.columnOf.insert(it.key(), it.value());
    }
    recalled.updateUnmappedHeaders();
    return recalled;
}

Status MappingMemory::remember(const ColumnMapping &confirmed) {
    return SettingsStore(m_db).setValue(
        keyOf(confirmed.headers),
        QString::fromUtf8(QJsonDocument(confirmed.toJson()).toJson(QJsonDocument::Compact)));
}

} // namespace cd::tabular
