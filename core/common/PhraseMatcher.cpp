// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhraseMatcher.h"

#include "VietnameseText.h"

#include <algorithm>

namespace cd::text {
namespace {

// The words of a text as written, split as wordKeys() splits them.
QStringList rawWords(const QString &text) {
    QStringList words;
    QString word;
    const bool decomposed = std::any_of(text.cbegin(), text.cend(), [](QChar ch) { return ch.isMark(); });
    for (const QChar ch : decomposed ? text.normalized(QString::NormalizationForm_C) : text) {
        if (ch.isLetterOrNumber() || ch.isMark()) {
            word += ch;
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

bool isPlain(const QString &word) {
    return std::all_of(word.cbegin(), word.cend(), [](QChar ch) { return ch.unicode() < 0x80; });
}

// A text as the matcher compares it: its words with and without diacritics, and which of them were
// written without any. Only those may match without diacritics: "Chua" may be "Chùa", "Chưa" may not.
struct Words {
    QStringList exact;
    QStringList folded;
    QList<bool> plain;
};

Words wordsOf(const QStringList &written) {
    Words w;
    for (const QString &raw : written) {
        w.exact.append(matchKey(raw));
        w.folded.append(foldKey(raw));
        w.plain.append(isPlain(raw));
    }
    return w;
}

// Whether the phrase's words sit at `start` in the text: each the same, or written plain and the same
// without diacritics (folded only).
bool runAt(const Words &text, qsizetype start, const QStringList &exact, const QStringList &folded,
           bool fold) {
    for (qsizetype i = 0; i < exact.size(); ++i) {
        const qsizetype at = start + i;
        if (text.exact[at] == exact[i])
            continue;
        if (!fold || !text.plain[at] || text.folded[at] != folded[i])
            return false;
    }
    return true;
}

bool containsRun(const Words &text, const QStringList &exact, const QStringList &folded, bool fold) {
    if (exact.isEmpty() || exact.size() > text.exact.size())
        return false;
    for (qsizetype start = 0; start + exact.size() <= text.exact.size(); ++start) {
        if (runAt(text, start, exact, folded, fold))
            return true;
    }
    return false;
}

} // namespace

bool PhraseMatcher::Match::operator<(const Match &other) const {
    if (kind != other.kind)
        return kind < other.kind;
    if (words != other.words)
        return words < other.words;
    return coverage < other.coverage;
}

void PhraseMatcher::add(const QString &phrase, int target) {
    Phrase entry{target, wordKeys(phrase, false), wordKeys(phrase, true)};
    if (entry.words.isEmpty())
        return;
    const int index = int(m_phrases.size());
    m_exact.insert(entry.words.join(QString()), index);
    m_folded.insert(entry.foldedWords.join(QString()), index);
    m_firstWords.insert(entry.words.first());
    m_firstFoldedWords.insert(entry.foldedWords.first());
    m_phrases.append(std::move(entry));
}

QList<PhraseMatcher::Match> PhraseMatcher::matches(const QString &text, bool allowContained) const {
    const Words words = wordsOf(rawWords(text));
    if (words.exact.isEmpty())
        return {};
    QHash<int, Match> best; // target -> its best match
    const auto consider = [&](const Phrase &phrase, Kind kind) {
        Match candidate{phrase.target, kind, int(phrase.words.size()),
                        double(phrase.words.size()) / double(words.exact.size()), false};
        auto it = best.find(phrase.target);
        if (it == best.end())
            best.insert(phrase.target, candidate);
        else if (it.value() < candidate)
            it.value() = candidate;
    };
    const QString joined = words.exact.join(QString());
    for (auto it = m_exact.constFind(joined); it != m_exact.cend() && it.key() == joined; ++it)
        consider(m_phrases[it.value()], Kind::Exact);
    // Without diacritics: the words written plain stand for any diacritics, the others must be exact.
    const bool allPlain = std::all_of(words.plain.cbegin(), words.plain.cend(), [](bool p) { return p; });
    const QString foldedJoined = words.folded.join(QString());
    for (auto it = m_folded.constFind(foldedJoined); it != m_folded.cend() && it.key() == foldedJoined;
         ++it) {
        const Phrase &phrase = m_phrases[it.value()];
        if (allPlain || (phrase.words.size() == words.exact.size() &&
                         runAt(words, 0, phrase.words, phrase.foldedWords, true)))
            consider(phrase, Kind::ExactFolded);
    }
    if (allowContained) {
        for (const Phrase &phrase : m_phrases) {
            if (phrase.words.size() >= words.exact.size())
                continue; // as long as the text: an exact match or none
            if (containsRun(words, phrase.words, phrase.foldedWords, false))
                consider(phrase, Kind::Contained);
            else if (containsRun(words, phrase.words, phrase.foldedWords, true))
                consider(phrase, Kind::ContainedFolded);
        }
    }
    QList<Match> out = best.values();
    std::sort(out.begin(), out.end(), [](const Match &a, const Match &b) { return b < a; });
    return out;
}

PhraseMatcher::Match PhraseMatcher::match(const QString &text, bool allowContained) const {
    const QList<Match> all = matches(text, allowContained);
    if (all.isEmpty())
        return {};
    Match top = all.first();
    // A tie on kind and length between two meanings: the text says both, so it says neither for sure.
    top.tied = all.size() > 1 && !(all[1] < top) && !(top < all[1]);
    return top;
}

bool PhraseMatcher::startsWith(const QString &text) const {
    // Asked of the first cell of every row of an import: most are told apart by their first word alone,
    // without the keys of all the others.
    const QStringList raw = rawWords(text);
    if (raw.isEmpty() ||
        (!m_firstWords.contains(matchKey(raw.first())) && !m_firstFoldedWords.contains(foldKey(raw.first()))))
        return false;
    const Words words = wordsOf(raw);
    return std::any_of(m_phrases.cbegin(), m_phrases.cend(), [&](const Phrase &phrase) {
        return phrase.words.size() <= words.exact.size() &&
               runAt(words, 0, phrase.words, phrase.foldedWords, true);
    });
}

} // namespace cd::text
