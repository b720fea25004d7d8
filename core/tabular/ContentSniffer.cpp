// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentSniffer.h"

#include "Messages.h"
#include "TextEncoding.h"

namespace cd::tabular {
namespace {

struct Signature {
    const char *magic;
    const char *description;
};

// Files people pick by mistake in an import dialog.
constexpr Signature kSignatures[] = {
    {"\x89PNG\r\n\x1A\n", QT_TRANSLATE_NOOP("Tabular", "a PNG image")},
    {"\xFF\xD8\xFF", QT_TRANSLATE_NOOP("Tabular", "a JPEG image")},
    {"GIF8", QT_TRANSLATE_NOOP("Tabular", "a GIF image")},
    {"%PDF-", QT_TRANSLATE_NOOP("Tabular", "a PDF document")},
    {"Rar!", QT_TRANSLATE_NOOP("Tabular", "a RAR archive")},
    {"7z\xBC\xAF\x27\x1C", QT_TRANSLATE_NOOP("Tabular", "a 7-Zip archive")},
    {"\x1F\x8B", QT_TRANSLATE_NOOP("Tabular", "a gzip archive")},
    {"{\\rtf", QT_TRANSLATE_NOOP("Tabular", "an RTF document")},
};

bool isControl(char byte) {
    const auto c = static_cast<unsigned char>(byte);
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1A;
}

} // namespace

ContentType sniffContent(QByteArrayView head) {
    if (head.isEmpty())
        return {ContentKind::Empty, {}};
    // Local file header, or the end-of-central-directory record of an empty archive.
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return {ContentKind::Zip, {}};
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return {ContentKind::OleCompound, {}};
    for (const Signature &signature : kSignatures) {
        if (head.startsWith(signature.magic))
            return {ContentKind::Binary, Tabular::tr(signature.description)};
    }
    if (guessTextEncoding(head).encoding != QStringConverter::Utf8)
        return {ContentKind::Text, {}};

    // UTF-8 text has no NUL bytes and hardly any other control characters.
    const QByteArrayView sample = head.first(qMin<qsizetype>(head.size(), 8192));
    qsizetype controls = 0;
    for (const char byte : sample) {
        if (byte == '\0')
            return {ContentKind::Binary, {}};
        controls += isControl(byte);
    }
    if (controls * 100 > sample.size())
        return {ContentKind::Binary, {}};
    return {ContentKind::Text, {}};
}

} // namespace cd::tabular
