// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCollator>
#include <QString>

namespace cd::text {

// NFC, with Icelandic eth (often typed for Đ) mapped to Đ and runs of white space folded to one space.
QString normalized(const QString &text);

// A key that equals for the same Vietnamese words however they are written: case, NFC/NFD, and old or
// new tone-mark placement ("hoà" and "hòa", "thuỷ" and "thủy") all give the same key. Tones still count:
// "Thông" and "Thống" differ.
QString matchKey(const QString &text);

// A key with every diacritic removed and đ folded to d: "Thống Nhất" and "thong nhat" are equal.
QString foldKey(const QString &text);

// The words of a text (runs of letters, marks and digits; punctuation and spaces separate them), each as
// matchKey (fold = false) or foldKey (fold = true) makes it. "Số ĐT (*)" gives {"so1", "đt"} or {"so", "dt"}.
QStringList wordKeys(const QString &text, bool fold);

// A value quoted for a message, cut to a readable length: “Bến xe”, “Một tên rất dài…”.
QString quoted(const QString &value, int maxChars = 60);
// The same without the quotes, for messages that quote it themselves.
QString cut(const QString &value, int maxChars = 60);

// A collator for sorting names in Vietnamese alphabetical order (a ă â b c d đ e ê …).
QCollator vietnameseCollator();

} // namespace cd::text
