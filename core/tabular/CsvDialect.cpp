// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvDialect.h"

#include <QHash>
#include <QList>

#include <algorithm>
#include <array>

namespace cd::tabular {
namespace {

constexpr std::array<char16_t, 4> kCandidates = {u',', u';', u'\t', u'|'};
constexpr int kSampleLines = 50;

bool isCandidate(char16_t ch) {
    return std::find(kCandidates.begin(), kCandidates.end(), ch) != kCandidates.end();
}

// Delimiter counts per line, outside quoted fields, for the first lines of the sample. As in the parser,
// a quote opens a quoted field only at the start of a field: the one in 24" is data.
QList<std::array<int, kCandidates.size()>> countPerLine(QStringView sample) {
    QList<std::array<int, kCandidates.size()>> lines;
    std::array<int, kCandidates.size()> counts{};
    bool quoted = false;
    bool fieldStart = true;
    bool lineHasText = false;
    for (qsizetype i = 0; i < sample.size() && lines.size() < kSampleLines; ++i) {
        const char16_t ch = sample[i].unicode();
        if (quoted) {
            if (ch == u'"') {
                if (i + 1 < sample.size() && sample[i + 1] == u'"')
                    ++i;
                else
                    quoted = false;
            }
            continue;
        }
        if (ch == u'\n' || ch == u'\r') {
            if (lineHasText)
                lines.append(counts);
            counts = {};
            lineHasText = false;
            fieldStart = true;
            continue;
        }
        lineHasText = true;
        if (ch == u'"' && fieldStart) {
            quoted = true;
        } else if (isCandidate(ch)) {
            for (size_t c = 0; c < kCandidates.size(); ++c)
                counts[c] += ch == kCandidates[c];
            fieldStart = true;
        } else if (ch != u' ') {
            fieldStart = false;
        }
    }
    // The last line counts only when it is all there is: it may be cut off.
    if (lineHasText && lines.isEmpty())
        lines.append(counts);
    return lines;
}

} // namespace

QChar detectDelimiter(QStringView sample) {
    const auto lines = countPerLine(sample);
    QChar best = u',';
    int bestLines = 0;
    int bestFields = 0;
    for (size_t c = 0; c < kCandidates.size(); ++c) {
        // The most common non-zero count, and on how many lines it occurs.
        QHash<int, int> frequency;
        for (const auto &counts : lines) {
            if (counts[c] > 0)
                ++frequency[counts[c]];
        }
        int lineCount = 0;
        int fieldCount = 0;
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
            if (it.value() > lineCount || (it.value() == lineCount && it.key() > fieldCount)) {
                lineCount = it.value();
                fieldCount = it.key();
            }
        }
        // Candidates are in order of preference, so a tie keeps the earlier one.
        if (lineCount > bestLines || (lineCount == bestLines && lineCount > 0 && fieldCount > bestFields)) {
            best = QChar(kCandidates[c]);
            bestLines = lineCount;
            bestFields = fieldCount;
        }
    }
    return best;
}

QChar delimiterFromSepLine(QStringView firstLine) {
    // Not trimmed as a whole: "sep=\t" names the tab.
    if (firstLine.size() >= 5 && firstLine.startsWith(u"sep=", Qt::CaseInsensitive) &&
        firstLine.sliced(5).trimmed().isEmpty() && !firstLine[4].isLetterOrNumber())
        return firstLine[4];
    return {};
}

} // namespace cd::tabular
