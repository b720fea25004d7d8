// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace cd::tabular {

// The 8-bit encodings Vietnamese offices still have files in: Windows-1258, which Excel on a Vietnamese
// Windows uses for "CSV", with tone marks as separate combining characters; and TCVN3 (ABC, TCVN 5712),
// the encoding of the .Vn fonts, with precomposed letters.
enum class LegacyEncoding { Windows1258, Tcvn3 };

QString legacyName(LegacyEncoding encoding); // "Windows-1258", "TCVN3 (ABC)"

// Every byte maps to one character (bytes a code page leaves undefined become U+FFFD). The result is not
// NFC: Windows-1258 writes tone marks apart, and the table reader composes them.
QString decodeLegacy(QByteArrayView bytes, LegacyEncoding encoding);

// Which of them a sample of bytes that is not UTF-8 is in: the one whose decoding gives Vietnamese
// letters, where the other gives symbols ("B¸t X¸t" is TCVN3 for "Bát Xát"). None when neither reads as
// Vietnamese (VNI, or another language's code page). A sample too short to tell them apart (both read
// equally well) is Windows-1258, the one Excel writes CSV in.
std::optional<LegacyEncoding> guessLegacyEncoding(QByteArrayView sample);

} // namespace cd::tabular
