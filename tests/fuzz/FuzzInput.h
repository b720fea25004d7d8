// SPDX-License-Identifier: GPL-3.0-or-later
// How the text targets turn an input into text. The first byte is the mode: its low three bits are the
// target's own choice (which function, which order…), bit 3 says how the rest is decoded. Seeds start
// with an ASCII digit so that they stay readable: '0'…'7' are modes 0…7 with UTF-8 text, '8' and '9'
// modes 0 and 1 with UTF-16.
#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <cstdio>
#include <cstring>

namespace cd::fuzz {

struct Input {
    int mode = 0;
    QString text;
};

// UTF-8 (what files mostly hold; invalid sequences become U+FFFD as the table readers make them), or
// UTF-16LE, which reaches what UTF-8 cannot: lone surrogates, any code unit at all.
inline Input inputOf(const std::uint8_t *data, std::size_t size) {
    Input input;
    if (size == 0)
        return input;
    input.mode = data[0] & 0x7;
    const bool utf16 = data[0] & 0x8;
    ++data;
    --size;
    if (utf16) {
        input.text.resize(qsizetype(size / 2));
        std::memcpy(input.text.data(), data, size / 2 * 2);
    } else {
        input.text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    }
    return input;
}

// The text cut at line feeds into exactly `count` fields (missing ones empty, the last keeps the rest).
inline QStringList fieldsOf(const QString &text, int count) {
    QStringList fields = text.split(u'\n');
    while (fields.size() > count)
        fields[count - 1] += u'\n' + fields.takeAt(count);
    while (fields.size() < count)
        fields.append(QString());
    return fields;
}

// A broken invariant is a finding like a crash: stop where a debugger or the stack trace shows it.
#define CD_FUZZ_CHECK(condition)                                                                             \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "broken invariant: %s (%s:%d)\n", #condition, __FILE__, __LINE__);          \
            __builtin_trap();                                                                                \
        }                                                                                                    \
    } while (false)

} // namespace cd::fuzz
