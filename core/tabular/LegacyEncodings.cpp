// SPDX-License-Identifier: GPL-3.0-or-later
#include "LegacyEncodings.h"

#include <QSet>

namespace cd::tabular {
namespace {

// Bytes 0x80-0xFF of CP1258 as glibc's iconv maps them; 0 where the code page has no character.
constexpr char16_t kWindows1258[128] = {
    0x20AC, 0x0000, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0000, 0x2039, 0x0152,
    0x0000, 0x0000, 0x0000, 0x0000, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
    0x0000, 0x203A, 0x0153, 0x0000, 0x0000, 0x0178, 0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6,
    0x00A7, 0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF, 0x00B0, 0x00B1, 0x00B2, 0x00B3,
    0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF, 0x00C0,
    0x00C1, 0x00C2, 0x0102, 0x00C4, 0x00C5, 0x00C6, 0x00C7, 0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x0300, 0x00CD,
    0x00CE, 0x00CF, 0x0110, 0x00D1, 0x0309, 0x00D3, 0x00D4, 0x01A0, 0x00D6, 0x00D7, 0x00D8, 0x00D9, 0x00DA,
    0x00DB, 0x00DC, 0x01AF, 0x0303, 0x00DF, 0x00E0, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x00E5, 0x00E6, 0x00E7,
    0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0301, 0x00ED, 0x00EE, 0x00EF, 0x0111, 0x00F1, 0x0323, 0x00F3, 0x00F4,
    0x01A1, 0x00F6, 0x00F7, 0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x01B0, 0x20AB, 0x00FF,
};
// Bytes 0x80-0xFF of TCVN5712-1 as glibc's iconv maps them; 0 where the code page has no character.
constexpr char16_t kTcvn3[128] = {
    0x00C0, 0x1EA2, 0x00C3, 0x00C1, 0x1EA0, 0x1EB6, 0x1EAC, 0x00C8, 0x1EBA, 0x1EBC, 0x00C9, 0x1EB8, 0x1EC6,
    0x00CC, 0x1EC8, 0x0128, 0x00CD, 0x1ECA, 0x00D2, 0x1ECE, 0x00D5, 0x00D3, 0x1ECC, 0x1ED8, 0x1EDC, 0x1EDE,
    0x1EE0, 0x1EDA, 0x1EE2, 0x00D9, 0x1EE6, 0x0168, 0x00A0, 0x0102, 0x00C2, 0x00CA, 0x00D4, 0x01A0, 0x01AF,
    0x0110, 0x0103, 0x00E2, 0x00EA, 0x00F4, 0x01A1, 0x01B0, 0x0111, 0x1EB0, 0x0300, 0x0309, 0x0303, 0x0301,
    0x0323, 0x00E0, 0x1EA3, 0x00E3, 0x00E1, 0x1EA1, 0x1EB2, 0x1EB1, 0x1EB3, 0x1EB5, 0x1EAF, 0x1EB4, 0x1EAE,
    0x1EA6, 0x1EA8, 0x1EAA, 0x1EA4, 0x1EC0, 0x1EB7, 0x1EA7, 0x1EA9, 0x1EAB, 0x1EA5, 0x1EAD, 0x00E8, 0x1EC2,
    0x1EBB, 0x1EBD, 0x00E9, 0x1EB9, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EBF, 0x1EC7, 0x00EC, 0x1EC9, 0x1EC4, 0x1EBE,
    0x1ED2, 0x0129, 0x00ED, 0x1ECB, 0x00F2, 0x1ED4, 0x1ECF, 0x00F5, 0x00F3, 0x1ECD, 0x1ED3, 0x1ED5, 0x1ED7,
    0x1ED1, 0x1ED9, 0x1EDD, 0x1EDF, 0x1EE1, 0x1EDB, 0x1EE3, 0x00F9, 0x1ED6, 0x1EE7, 0x0169, 0x00FA, 0x1EE5,
    0x1EEB, 0x1EED, 0x1EEF, 0x1EE9, 0x1EF1, 0x1EF3, 0x1EF7, 0x1EF9, 0x00FD, 0x1EF5, 0x1ED0,
};

const char16_t *tableOf(LegacyEncoding encoding) {
    return encoding == LegacyEncoding::Windows1258 ? kWindows1258 : kTcvn3;
}

// Every letter Vietnamese writes beyond ASCII, composed.
const QSet<char16_t> &vietnameseLetters() {
    static const QSet<char16_t> letters = [] {
        QSet<char16_t> set;
        const QString bases = QStringLiteral("aăâeêioôơuưyAĂÂEÊIOÔƠUƯY");
        const char16_t tones[] = {0, 0x0300, 0x0301, 0x0303, 0x0309, 0x0323};
        for (const QChar base : bases) {
            for (const char16_t tone : tones) {
                QString letter(base);
                if (tone)
                    letter += QChar(tone);
                const QString composed = letter.normalized(QString::NormalizationForm_C);
                if (composed.size() == 1 && composed.front().unicode() >= 0x80)
                    set.insert(composed.front().unicode());
            }
        }
        set.insert(0x0110); // Đ
        set.insert(0x0111); // đ
        return set;
    }();
    return letters;
}

bool isTone(char16_t ch) {
    return ch == 0x0300 || ch == 0x0301 || ch == 0x0303 || ch == 0x0309 || ch == 0x0323;
}

// How Vietnamese the decoded sample reads, from 0 to 1: the share of its non-ASCII characters that are
// Vietnamese letters, times the share of its words with such letters that carry at most one tone. The
// wrong table fails one or the other: TCVN3 bytes read as Windows-1258 give symbols ("B¸t"), Windows-1258
// bytes read as TCVN3 give letters, but two or three tones to a syllable.
double vietnameseScore(QByteArrayView sample, LegacyEncoding encoding) {
    const QString composed = decodeLegacy(sample, encoding).normalized(QString::NormalizationForm_C);
    qsizetype beyondAscii = 0;
    qsizetype letters = 0;
    qsizetype words = 0;
    qsizetype plausibleWords = 0;
    QString word;
    const auto endWord = [&] {
        bool foreign = false;
        for (const QChar ch : std::as_const(word))
            foreign = foreign || ch.unicode() >= 0x80;
        if (foreign) {
            ++words;
            int tones = 0;
            for (const QChar ch : word.normalized(QString::NormalizationForm_D))
                tones += isTone(ch.unicode());
            plausibleWords += tones <= 1;
        }
        word.clear();
    };
    for (const QChar ch : composed) {
        if (ch.unicode() >= 0x80) {
            ++beyondAscii;
            letters += vietnameseLetters().contains(ch.unicode());
        }
        if (ch.isLetter() || ch.isMark())
            word += ch;
        else
            endWord();
    }
    endWord();
    if (beyondAscii == 0 || words == 0)
        return 0.0;
    return double(letters) / double(beyondAscii) * double(plausibleWords) / double(words);
}

} // namespace

QString legacyName(LegacyEncoding encoding) {
    return encoding == LegacyEncoding::Windows1258 ? QStringLiteral("Windows-1258")
                                                   : QStringLiteral("TCVN3 (ABC)");
}

QString decodeLegacy(QByteArrayView bytes, LegacyEncoding encoding) {
    const char16_t *table = tableOf(encoding);
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        const char16_t mapped = b < 0x80 ? char16_t(b) : table[b - 0x80];
        *out++ = QChar(mapped ? mapped : char16_t(QChar::ReplacementCharacter));
    }
    return text;
}

std::optional<LegacyEncoding> guessLegacyEncoding(QByteArrayView sample) {
    const double windows = vietnameseScore(sample, LegacyEncoding::Windows1258);
    const double tcvn = vietnameseScore(sample, LegacyEncoding::Tcvn3);
    // Real Vietnamese text decodes to letters almost entirely; the wrong table gives symbols and marks.
    constexpr double kConvincing = 0.8;
    if (windows >= kConvincing && windows > tcvn)
        return LegacyEncoding::Windows1258;
    if (tcvn >= kConvincing && tcvn > windows)
        return LegacyEncoding::Tcvn3;
    // Too little text to tell them apart (one letter reads as a letter in both): Windows-1258, which is
    // what Excel writes a CSV in on a Vietnamese Windows; TCVN3 lives in old documents, not exports.
    if (windows >= kConvincing && windows == tcvn)
        return LegacyEncoding::Windows1258;
    return std::nullopt;
}

} // namespace cd::tabular
