// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace cd::audit {

// The audit log names the person a trace was for without naming them: a salted, deliberately slow hash of
// the person key (PBKDF2-HMAC-SHA256). The log then answers "was this phone traced, when, by whom?" for
// someone who has the phone, while reading the log does not give the phone back, and trying every phone
// number of the country costs years rather than minutes.
inline constexpr int kHashRounds = 20000;

// This database's salt: 16 random bytes kept in its settings, made on first use.
Result<QByteArray> saltOf(const QSqlDatabase &db);

// "h:" and 24 hex digits of PBKDF2-HMAC-SHA256(personKey, salt, kHashRounds).
QString hashPersonKey(const QString &personKey, const QByteArray &salt);

} // namespace cd::audit
