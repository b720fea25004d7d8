// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhraseMatcher.h"

#include "VietnameseText.h"

#include <algorithm>

namespace cd::text {
namespace {

bool containsRun(const QStringList &haystack, const QStringList &needle) {
    if (needle.isEmpty() || needle.size() > haystack.size())
        return false;
    for (qsizetype start = 0; start + needle.size() <= haystack.size(); ++start) {
        bool all = true;
        for (qsizetype i = 0; i < needle.size() && all; ++i)
            all = haystack[start + i] == needle[i];
        if (all)
            return true;
    }
    return false;
}

bool startsWithRun(const QStringList &haystack, const QStringList &needle) {
    if (needle.isEmpty() || needle.size() > haystack.size())
        return false;
    for (qsizetype i = 0; i < needle.size(); ++i) {
        if (haystack[i] != needle[i])
            return false;
    }
    return true;
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
    m_phrases.append(std::move(entry));
}

QList<PhraseMatcher::Match> PhraseMatcher::matches(const QString &text, bool allowContained) const {
    const QStringList words = wordKeys(text, false);
    if (words.isEmpty())
        return {};
    const QStringList folded = wordKeys(text, true);
    QHash<int, Match> best; // target -> its best match
    const auto consider = [&](const Phrase &phrase, Kind kind) {
        Match candidate{phrase.target, kind, int(phrase.words.size()),
                        double(phrase.words.size()) / double(words.size()), false};
        auto it = best.find(phrase.target);
        if (it == best.end())
            best.insert(phrase.target, candidate);
        else if (it.value() < candidate)
            it.value() = candidate;
    };
    for (auto it = m_exact.constFind(words.join(QString()));
         it != m_exact.cend() && it.key() == words.join(QString()); ++it)
        consider(m_phrases[it.value()], Kind::Exact);
    const QString foldedJoined = folded.join(QString());
    for (auto it = m_folded.constFind(foldedJoined); it != m_folded.cend() && it.key() == foldedJoined; ++it)
        consider(m_phrases[it.value()], Kind::ExactFolded);
    if (allowContained) {
        for (const Phrase &phrase : m_phrases) {
            if (phrase.words.size() >= words.size())
                continue; // as long as the text: an exact match or none
            if (containsRun(words, phrase.words))
                consider(phrase, Kind::Contained);
            else if (containsRun(folded, phrase.foldedWords))
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
    const QStringList words = wordKeys(text, false);
    const QStringList folded = wordKeys(text, true);
    return std::any_of(m_phrases.cbegin(), m_phrases.cend(), [&](const Phrase &phrase) {
        return startsWithRun(words, phrase.words) || startsWithRun(folded, phrase.foldedWords);
    });
}

} // namespace cd::text
