// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextEncoding.h"

namespace cd::tabular {

TextEncoding guessTextEncoding(QByteArrayView head) {
    if (head.startsWith("\xEF\xBB\xBF"))
        return {QStringConverter::Utf8, 3};
    if (head.startsWith("\xFF\xFE"))
        return {QStringConverter::Utf16LE, 2};
    if (head.startsWith("\xFE\xFF"))
        return {QStringConverter::Utf16BE, 2};

    // Text in UTF-16 without a BOM: delimiters, digits and spaces are ASCII, so a good share of the
    // high bytes are zero, all at odd offsets (little endian) or all at even ones (big endian). Binary
    // data has zeros on both sides, and NUL characters. (Decomposed marks, U+03xx, put a few zeros on the
    // other side too.)
    const qsizetype pairs = qMin<qsizetype>(head.size(), 4096) / 2;
    if (pairs < 2)
        return {};
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        const bool evenZero = head[2 * i] == '\0';
        const bool oddZero = head[2 * i + 1] == '\0';
        if (evenZero && oddZero)
            return {};
        evenZeros += evenZero;
        oddZeros += oddZero;
    }
    if (oddZeros * 4 >= pairs && evenZeros * 8 <= oddZeros)
        return {QStringConverter::Utf16LE, 0};
    if (evenZeros * 4 >= pairs && oddZeros * 8 <= evenZeros)
        return {QStringConverter::Utf16BE, 0};
    return {};
}

QString encodingName(QStringConverter::Encoding encoding) {
    return QString::fromLatin1(QStringConverter::nameForEncoding(encoding));
}

} // namespace cd::tabular
