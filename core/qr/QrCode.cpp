// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrCode.h"

#include <qrencode.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <optional>

namespace cd {

namespace {

// Offset of the first byte that breaks UTF-8 (stray continuation bytes, truncated sequences, overlong
// forms, surrogates, code points above U+10FFFF), or nothing when all of it is valid.
std::optional<qsizetype> firstInvalidUtf8Byte(const QByteArray &bytes) {
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype length = bytes.size();
    qsizetype i = 0;
    while (i < length) {
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        char32_t codePoint = 0;
        char32_t smallest = 0;
        if ((lead & 0xE0) == 0xC0) {
            extra = 1;
            codePoint = lead & 0x1F;
            smallest = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            extra = 2;
            codePoint = lead & 0x0F;
            smallest = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            extra = 3;
            codePoint = lead & 0x07;
            smallest = 0x10000;
        } else {
            return i;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= length || (data[i + k] & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (data[i + k] & 0x3F);
        }
        if (codePoint < smallest || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return std::nullopt;
}

QRecLevel toLibraryLevel(QrCode::Ecc ecc) {
    switch (ecc) {
    case QrCode::Ecc::L:
        return QR_ECLEVEL_L;
    case QrCode::Ecc::M:
        return QR_ECLEVEL_M;
    case QrCode::Ecc::Q:
        return QR_ECLEVEL_Q;
    case QrCode::Ecc::H:
        break;
    }
    return QR_ECLEVEL_H;
}

struct QrcodeDeleter {
    void operator()(QRcode *code) const { QRcode_free(code); }
};

struct QrinputDeleter {
    void operator()(QRinput *input) const { QRinput_free(input); }
};

// ECI assignment number of UTF-8.
constexpr unsigned int utf8Eci = 26;

bool isAscii(const QByteArray &bytes) {
    return std::all_of(bytes.cbegin(), bytes.cend(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

} // namespace

int QrCode::capacity(Ecc ecc, bool withEci) {
    // ISO/IEC 18004 table 7, version 40, byte mode; the ECI designator takes 12 bits, one byte less.
    int bytes = 1273;
    switch (ecc) {
    case Ecc::L:
        bytes = 2953;
        break;
    case Ecc::M:
        bytes = 2331;
        break;
    case Ecc::Q:
        bytes = 1663;
        break;
    case Ecc::H:
        break;
    }
    return withEci ? bytes - 1 : bytes;
}

QChar QrCode::eccLetter(Ecc ecc) {
    static constexpr char16_t letters[] = u"LMQH";
    return QChar(letters[static_cast<int>(ecc)]);
}

Result<QrCode> QrCode::encode(const QString &payload, Ecc ecc) {
    return encode(payload.toUtf8(), ecc);
}

Result<QrCode> QrCode::encode(const QByteArray &utf8Payload, Ecc ecc) {
    if (utf8Payload.isEmpty())
        return makeError(tr("The QR payload is empty."));
    if (const auto bad = firstInvalidUtf8Byte(utf8Payload)) {
        return makeError(tr("The QR payload is not valid UTF-8 text: byte 0x%1 at position %2 starts no "
                            "valid character.")
                             .arg(static_cast<unsigned char>(utf8Payload.at(*bad)), 2, 16, QLatin1Char('0'))
                             .arg(*bad + 1));
    }
    const bool needsEci = !isAscii(utf8Payload);
    const int limit = capacity(ecc, needsEci);
    const auto tooLong = [&] {
        return makeError(tr("The QR payload is %1 bytes long, but a QR code at error-correction level %2 "
                            "holds at most %3 bytes.")
                             .arg(utf8Payload.size())
                             .arg(eccLetter(ecc))
                             .arg(limit));
    };
    if (utf8Payload.size() > limit)
        return tooLong();

    // Version 0 asks libqrencode for the smallest version that holds the data.
    errno = 0;
    const std::unique_ptr<QRinput, QrinputDeleter> input(QRinput_new2(0, toLibraryLevel(ecc)));
    bool appended = input != nullptr;
    if (appended && needsEci)
        appended = QRinput_appendECIheader(input.get(), utf8Eci) == 0;
    if (appended) {
        appended = QRinput_append(input.get(), QR_MODE_8, int(utf8Payload.size()),
                                  reinterpret_cast<const unsigned char *>(utf8Payload.constData())) == 0;
    }
    const std::unique_ptr<QRcode, QrcodeDeleter> encoded(appended ? QRcode_encodeInput(input.get())
                                                                  : nullptr);
    if (!encoded) {
        if (errno == ERANGE)
            return tooLong();
        return makeError(tr("libqrencode could not encode the QR payload: %1.")
                             .arg(QString::fromLocal8Bit(std::strerror(errno))));
    }

    QrCode code;
    code.m_payload = utf8Payload;
    code.m_size = encoded->width;
    code.m_version = encoded->version;
    code.m_ecc = ecc;
    code.m_modules.resize(qsizetype(encoded->width) * encoded->width);
    // Bit 0 of each byte is the module colour; the other bits describe its role in the symbol.
    for (qsizetype i = 0; i < code.m_modules.size(); ++i)
        code.m_modules[i] = (encoded->data[i] & 1) != 0;
    return code;
}

} // namespace cd
