// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonHash.h"

#include "settings/SettingsStore.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace cd::audit {
namespace {
const QString kSaltKey = QStringLiteral("audit.salt");
} // namespace

Result<QByteArray> saltOf(const QSqlDatabase &db) {
    SettingsStore settings(db);
    const QString stored = settings.value(kSaltKey);
    if (!stored.isEmpty())
        return QByteArray::fromHex(stored.toLatin1());
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(salt.data()),
                                         reinterpret_cast<quint32 *>(salt.data() + salt.size()));
    if (auto saved = settings.setValue(kSaltKey, QString::fromLatin1(salt.toHex())); !saved)
        return saved.error();
    return salt;
}

QString hashPersonKey(const QString &personKey, const QByteArray &salt) {
    // PBKDF2 (RFC 8018) for one block: U1 = HMAC(P, S || 1), Ui = HMAC(P, Ui-1), T = U1 ^ U2 ^ ...
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, personKey.toUtf8());
    mac.addData(salt);
    mac.addData("\0\0\0\1", 4);
    QByteArray u = mac.result();
    QByteArray t = u;
    for (int round = 1; round < kHashRounds; ++round) {
        mac.reset();
        mac.addData(u);
        u = mac.result();
        for (qsizetype i = 0; i < t.size(); ++i)
            t[i] = char(t[i] ^ u[i]);
    }
    return QStringLiteral("h:") + QString::fromLatin1(t.toHex().left(24));
}

} // namespace cd::audit
