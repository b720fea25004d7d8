// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace cd::text {

// Finds which of a list of phrases a text says: a column header among the synonyms of the fields, a
// written checkpoint type among the types' synonyms, a totals row among the totals words. One mechanism
// for every vocabulary, so that they all forgive the same things.
//
// From best to worst:
//  - Exact: the same words, ignoring case, tone placement, punctuation and spacing ("E-mail" = "Email");
//  - ExactFolded: the same ignoring diacritics too ("So dien thoai");
//  - Contained: the text holds the phrase's words in a row among others ("SĐT liên hệ" holds "SĐT");
//  - ContainedFolded: the same without diacritics.
// Among contained matches the phrase with more words wins ("Ngày giờ quét" is "Ngày giờ", not "Ngày").
class PhraseMatcher {
public:
    enum class Kind { None = 0, ContainedFolded = 1, Contained = 2, ExactFolded = 3, Exact = 4 };
    struct Match {
        int target = -1;
        Kind kind = Kind::None;
        int words = 0;       // words of the phrase that matched
        double coverage = 0; // the share of the text's words it covers
        bool tied = false;   // another target matched as well as this one

        explicit operator bool() const { return target >= 0; }
        // Orders matches from worse to better.
        bool operator<(const Match &other) const;
    };

    // `target` is the caller's number for what the phrase means (a field, a type).
    void add(const QString &phrase, int target);

    // The best match, or none. Contained matches only when allowContained.
    Match match(const QString &text, bool allowContained = true) const;
    // The best match of each target that matches at all, best first.
    QList<Match> matches(const QString &text, bool allowContained = true) const;
    // Whether the text starts with one of the phrases' words (for "Tổng cộng: 189").
    bool startsWith(const QString &text) const;

private:
    struct Phrase {
        int target;
        QStringList words;       // matchKey
        QStringList foldedWords; // foldKey
    };
    QList<Phrase> m_phrases;
    QMultiHash<QString, int> m_exact;  // joined words -> phrase index
    QMultiHash<QString, int> m_folded; // joined folded words -> phrase index
    QSet<QString> m_firstWords;        // each phrase's first word (matchKey): a quick no for startsWith
    QSet<QString> m_firstFoldedWords;  // and the same folded (foldKey)
};

} // namespace cd::text
