// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeaderDetector.h"

#include "Messages.h"
#include "common/VietnameseText.h"

#include <QSet>

#include <algorithm>
#include <tuple>

namespace cd::tabular {
namespace {

enum Score { NoMatch = 0, FoldedMatch = 1, ExactMatch = 2 };

struct LabelKeys {
    QSet<QString> exact;  // matchKey: tone placement and case ignored
    QSet<QString> folded; // foldKey: diacritics ignored too
};

// Letters and digits only, with or without the bracketed parts.
QString cleanLabel(const QString &label, bool dropBrackets) {
    QString cleaned;
    cleaned.reserve(label.size());
    int depth = 0;
    for (const QChar ch : label) {
        if (dropBrackets && (ch == u'(' || ch == u'[')) {
            ++depth;
        } else if (dropBrackets && (ch == u')' || ch == u']')) {
            depth = qMax(0, depth - 1);
        } else if (depth == 0) {
            cleaned += ch.isLetterOrNumber() || ch.isMark() ? ch : QChar(u' ');
        }
    }
    return cleaned;
}

// Spaces go after the keys are made (matchKey needs syllable boundaries): "E-mail" equals "Email".
QString withoutSpaces(QString key) {
    key.remove(u' ');
    return key;
}

LabelKeys keysOf(const QString &label) {
    LabelKeys keys;
    for (const bool dropBrackets : {true, false}) {
        const QString cleaned = cleanLabel(label, dropBrackets);
        const QString exact = withoutSpaces(text::matchKey(cleaned));
        if (exact.isEmpty())
            continue;
        keys.exact.insert(exact);
        keys.folded.insert(withoutSpaces(text::foldKey(cleaned)));
    }
    return keys;
}

Score scoreOf(const LabelKeys &header, const LabelKeys &synonyms) {
    if (header.exact.intersects(synonyms.exact))
        return ExactMatch;
    if (header.folded.intersects(synonyms.folded))
        return FoldedMatch;
    return NoMatch;
}

struct Candidate {
    Score score;
    int field;
    int column;
};

struct HeaderMatch {
    ColumnMapping mapping;
    int exactMatches = 0;
    bool complete = false; // every required field has a column
};

// The fields' synonyms turned into keys once, then matched against candidate header rows.
class FieldMatcher {
public:
    explicit FieldMatcher(const QList<FieldSpec> &fields)
        : m_fields(fields) {
        for (const FieldSpec &field : fields) {
            LabelKeys keys;
            for (const QString &synonym : field.synonyms) {
                const LabelKeys synonymKeys = keysOf(synonym);
                keys.exact.unite(synonymKeys.exact);
                keys.folded.unite(synonymKeys.folded);
            }
            m_keys.append(keys);
        }
    }

    HeaderMatch match(const Row &header) const {
        QList<Candidate> candidates;
        for (int column = 0; column < header.cells.size(); ++column) {
            if (header.cells[column].isEmpty())
                continue;
            const LabelKeys headerKeys = keysOf(header.cells[column]);
            for (int field = 0; field < m_fields.size(); ++field) {
                if (const Score score = scoreOf(headerKeys, m_keys[field]))
                    candidates.append({score, field, column});
            }
        }
        // Best matches first; each field and each column is used once.
        std::stable_sort(candidates.begin(), candidates.end(),
                         [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
        HeaderMatch match;
        match.mapping.headers = header.cells;
        match.mapping.headerLine = header.line;
        QSet<int> usedColumns;
        for (const Candidate &candidate : std::as_const(candidates)) {
            const QString &key = m_fields[candidate.field].key;
            if (match.mapping.columnOf.contains(key) || usedColumns.contains(candidate.column))
                continue;
            match.mapping.columnOf.insert(key, candidate.column);
            usedColumns.insert(candidate.column);
            match.exactMatches += candidate.score == ExactMatch;
        }
        match.mapping.updateUnmappedHeaders();
        return match;
    }

private:
    const QList<FieldSpec> &m_fields;
    QList<LabelKeys> m_keys;
};

QString displayName(const FieldSpec &field) {
    return field.synonyms.value(0, field.key);
}

QStringList missingRequired(const ColumnMapping &mapping, const QList<FieldSpec> &fields) {
    QStringList missing;
    for (const FieldSpec &field : fields) {
        if (field.required && !mapping.columnOf.contains(field.key))
            missing.append(displayName(field));
    }
    return missing;
}

QString listed(const QStringList &items) {
    QStringList quoted;
    for (const QString &item : items) {
        if (!item.isEmpty())
            quoted.append(u'“' + item + u'”');
    }
    return quoted.join(QStringLiteral(", "));
}

} // namespace

ColumnMapping mapHeaderRow(const Row &header, const QList<FieldSpec> &fields) {
    return FieldMatcher(fields).match(header).mapping;
}

Result<ColumnMapping> detectHeader(TableReader &reader, const QList<FieldSpec> &fields, int scanRows) {
    auto rows = reader.peek(scanRows);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return makeError(Tabular::tr("The table has no rows."), reader.fileName());

    const bool anyRequired =
        std::any_of(fields.cbegin(), fields.cend(), [](const FieldSpec &f) { return f.required; });
    int best = -1;
    int fallback = 0; // the row that came closest, to show in the error
    HeaderMatch bestMatch;
    const FieldMatcher matcher(fields);
    HeaderMatch fallbackMatch = matcher.match(rows->front());
    for (int index = 0; index < rows->size(); ++index) {
        HeaderMatch match = matcher.match(rows->at(index));
        const qsizetype matched = match.mapping.columnOf.size();
        if (matched > fallbackMatch.mapping.columnOf.size()) {
            fallback = index;
            fallbackMatch = match;
        }
        match.complete = missingRequired(match.mapping, fields).isEmpty();
        const bool qualifies = matched >= 2 || (matched >= 1 && anyRequired && match.complete);
        // A row with every required field beats one with more fields, then more fields win, then
        // exact matches; the topmost row wins a tie.
        const auto rank = [](const HeaderMatch &m) {
            return std::tuple(m.complete, m.mapping.columnOf.size(), m.exactMatches);
        };
        if (qualifies && (best < 0 || rank(match) > rank(bestMatch))) {
            best = index;
            bestMatch = std::move(match);
        }
    }

    const HeaderMatch &chosen = best >= 0 ? bestMatch : fallbackMatch;
    const qint64 line = rows->at(best >= 0 ? best : fallback).line;
    if (best < 0) {
        QStringList expected;
        for (const FieldSpec &field : fields)
            expected.append(displayName(field));
        return makeError(Tabular::tr("No header row found in the first %1 rows. Expected columns such as %2; "
                                     "the closest row has %3.")
                             .arg(rows->size())
                             .arg(listed(expected), listed(chosen.mapping.headers)),
                         reader.fileName(), line);
    }
    if (const QStringList missing = missingRequired(chosen.mapping, fields); !missing.isEmpty())
        return makeError(Tabular::tr("Required columns are missing: %1. The header row has %2.")
                             .arg(listed(missing), listed(chosen.mapping.headers)),
                         reader.fileName(), line);

    // Skip the titles and the header itself; the rows after it stay buffered in the reader.
    Row skipped;
    for (int index = 0; index <= best; ++index) {
        if (auto more = reader.next(skipped); !more)
            return more.error();
    }
    return chosen.mapping;
}

Result<ColumnMapping> headerFor(TableReader &reader, const QList<FieldSpec> &fields,
                                const std::optional<ColumnMapping> &confirmed) {
    if (!confirmed)
        return detectHeader(reader, fields);
    Row row;
    while (true) {
        auto more = reader.next(row);
        if (!more)
            return more.error();
        if (!more.value() || row.line >= confirmed->headerLine)
            return *confirmed;
    }
}

QStringList synonyms(std::initializer_list<const char16_t *> words) {
    QStringList out;
    for (const char16_t *word : words)
        out << QString::fromUtf16(word);
    return out;
}

} // namespace cd::tabular
