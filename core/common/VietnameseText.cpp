// SPDX-License-Identifier: GPL-3.0-or-later
#include "VietnameseText.h"

#include <QLocale>

namespace cd::text {
namespace {

constexpr char16_t kGrave = 0x0300;     // huyền
constexpr char16_t kAcute = 0x0301;     // sắc
constexpr char16_t kTilde = 0x0303;     // ngã
constexpr char16_t kHookAbove = 0x0309; // hỏi
constexpr char16_t kDotBelow = 0x0323;  // nặng

char16_t toneDigit(char16_t mark) {
    switch (mark) {
    case kGrave:
        return u'2';
    case kAcute:
        return u'1';
    case kTilde:
        return u'4';
    case kHookAbove:
        return u'3';
    case kDotBelow:
        return u'5';
    default:
        return 0;
    }
}

} // namespace

QString normalized(const QString &text) {
    QString result = text.normalized(QString::NormalizationForm_C);
    result.replace(QChar(0x00D0), QChar(0x0110)); // Ð -> Đ
    result.replace(QChar(0x00F0), QChar(0x0111)); // ð -> đ
    return result.simplified();
}

// Plain ASCII needs none of the Unicode work below: most of a register's codes, phones and numbers.
static bool isAscii(const QString &text) {
    for (const QChar ch : text) {
        if (ch.unicode() >= 0x80)
            return false;
    }
    return true;
}

QString matchKey(const QString &text) {
    if (isAscii(text))
        return text.simplified().toLower();
    // Decompose, lift the tone mark off each syllable and write it after the syllable, so that the
    // vowel it sat on no longer matters.
    const QString decomposed = normalized(text).toLower().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size() + 4);
    QString syllable;
    char16_t tone = 0;
    auto flush = [&] {
        if (syllable.isEmpty())
            return;
        out += syllable.normalized(QString::NormalizationForm_C);
        if (tone)
            out += QChar(tone);
        syllable.clear();
        tone = 0;
    };
    for (const QChar ch : decomposed) {
        if (const char16_t digit = toneDigit(ch.unicode())) {
            tone = digit;
            continue;
        }
        if (ch.isLetterOrNumber() || ch.category() == QChar::Mark_NonSpacing) {
            syllable += ch;
        } else {
            flush();
            out += ch;
        }
    }
    flush();
    return out;
}

QString foldKey(const QString &text) {
    if (isAscii(text))
        return text.simplified().toLower();
    const QString decomposed = normalized(text).toLower().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        if (ch.category() == QChar::Mark_NonSpacing)
            continue;
        out += ch.unicode() == 0x0111 ? QChar(u'd') : ch;
    }
    return out;
}

QStringList wordKeys(const QString &text, bool fold) {
    QStringList words;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            words.append(fold ? foldKey(word) : matchKey(word));
        word.clear();
    };
    for (const QChar ch : text) {
        if (ch.isLetterOrNumber() || ch.isMark())
            word += ch;
        else
            flush();
    }
    flush();
    return words;
}

QString quoted(const QString &value, int maxChars) {
    return QChar(0x201C) + cut(value, maxChars) + QChar(0x201D);
}

QString cut(const QString &value, int maxChars) {
    QString shown = value.simplified();
    if (shown.size() > maxChars) {
        shown.truncate(maxChars - 1);
        // Not in the middle of a surrogate pair or before a combining mark.
        while (!shown.isEmpty() && (shown.back().isHighSurrogate() || shown.back().isMark()))
            shown.chop(1);
        shown = shown.trimmed() + QChar(0x2026);
    }
    return shown;
}

QCollator vietnameseCollator() {
    QCollator collator{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

} // namespace cd::text
