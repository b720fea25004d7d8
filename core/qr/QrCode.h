// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace cd {

// A QR code symbol: the module matrix libqrencode made for one payload. Immutable once encoded.
//
// Payloads are bytes in 8-bit mode, always, even when they would fit a denser mode: phone apps such as
// PC-Covid read 8-bit mode everywhere, and the payload comes back byte for byte. A payload with
// non-ASCII characters starts with the ECI designator for UTF-8, because without it some decoders take
// Vietnamese UTF-8 for Shift JIS (zbar does); plain ASCII such as the tokhaiyte.vn links gets none, so
// those symbols are exactly what every scanner has always read.
class QrCode {
    Q_DECLARE_TR_FUNCTIONS(QrCode)

public:
    // Error-correction level: the share of the symbol that may be damaged (7, 15, 25, 30 %).
    enum class Ecc { L, M, Q, H };

    // The smallest version that holds the payload at the given level. Errors for an empty payload,
    // for bytes that are not valid UTF-8 and for payloads longer than a version-40 symbol holds.
    static Result<QrCode> encode(const QByteArray &utf8Payload, Ecc ecc = Ecc::Q);
    static Result<QrCode> encode(const QString &payload, Ecc ecc = Ecc::Q);

    // The most bytes a QR code (version 40) holds in 8-bit mode at a level, one less with the ECI
    // designator that non-ASCII payloads carry.
    static int capacity(Ecc ecc, bool withEci = false);
    static QChar eccLetter(Ecc ecc);

    // Modules per side, without the quiet zone: 21 for version 1, 4 more per version.
    int size() const { return m_size; }
    int version() const { return m_version; }
    Ecc ecc() const { return m_ecc; }
    const QByteArray &payload() const { return m_payload; }

    // x is the column, y the row, both from the top-left; out-of-range modules are light, as the
    // quiet zone around the symbol is.
    bool isDark(int x, int y) const {
        return x >= 0 && y >= 0 && x < m_size && y < m_size && m_modules[y * m_size + x];
    }

    // Nothing but default-construction for containers; a default QrCode has size 0.
    QrCode() = default;

private:
    QByteArray m_payload;
    QVector<bool> m_modules; // row-major, size * size
    int m_size = 0;
    int m_version = 0;
    Ecc m_ecc = Ecc::Q;
};

} // namespace cd
