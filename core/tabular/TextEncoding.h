// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringConverter>

namespace cd::tabular {

struct TextEncoding {
    QStringConverter::Encoding encoding = QStringConverter::Utf8;
    // Bytes of byte-order mark to skip before decoding.
    int bomLength = 0;
};

// The encoding of a text file from its first bytes: a UTF-8 or UTF-16 byte-order mark, or UTF-16 without
// one when the zero bytes of ASCII characters all sit on the same side; UTF-8 otherwise.
TextEncoding guessTextEncoding(QByteArrayView head);

// "UTF-8", "UTF-16LE"... for messages.
QString encodingName(QStringConverter::Encoding encoding);

} // namespace cd::tabular
