// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeaderDetector.h"

#include "Messages.h"
#include "OpenTable.h"
#include "common/PhraseMatcher.h"
#include "common/VietnameseText.h"
#include "vocabulary/Vocabulary.h"

#include <QSet>

#include <algorithm>
#include <tuple>

namespace cd::tabular {
namespace {

using text::PhraseMatcher;

// A header cell with the bracketed parts dropped ("Ngày lập (dd/mm/yyyy)", "Tên (*)"), and as written.
QStringList labelVariants(const QString &label) {
    QString cleaned;
    int depth = 0;
    for (const QChar ch : label) {
        if (ch == u'(' || ch == u'[')
            ++depth;
        else if (ch == u')' || ch == u']')
            depth = qMax(0, depth - 1);
        else if (depth == 0)
            cleaned += ch;
    }
    QStringList variants;
    if (!text::wordKeys(cleaned, false).isEmpty())
        variants.append(cleaned);
    if (cleaned != label)
        variants.append(label);
    return variants;
}

// One candidate header: per column, the labels it may be read by, best first. A two-row header reads a
// lower cell alone, then under the banner above it ("Địa bàn Xã").
struct HeaderCandidate {
    qint64 line = 0;   // the last row of the header
    int rows = 1;      // 1 or 2
    QStringList shown; // what the mapping calls each column
    QList<QStringList> labels;
};

HeaderCandidate singleRow(const Row &row) {
    HeaderCandidate header;
    header.line = row.line;
    header.shown = row.cells;
    for (const QString &cell : row.cells)
        header.labels.append(cell.isEmpty() ? QStringList() : labelVariants(cell));
    return header;
}

// A header over two rows: a banner merged across several columns ("Địa bàn") with the columns' own
// headers under it ("Xã", "Thôn/Ấp"); the other columns are merged down, their text in the upper row. A
// merged cell's text sits in its first column only, so a banner spans the columns to its right whose upper
// cell is empty and lower cell is not. Without such a banner the pair is no two-row header (it may be a
// header and its first data row): nullopt.
std::optional<HeaderCandidate> twoRows(const Row &upper, const Row &lower) {
    const qsizetype columns = qMax(upper.cells.size(), lower.cells.size());
    QList<qsizetype> bannerOf(columns, -1);
    bool anyBanner = false;
    for (qsizetype column = 0; column < columns; ++column) {
        if (upper.cell(column).isEmpty() || lower.cell(column).isEmpty())
            continue;
        qsizetype end = column + 1;
        while (end < columns && upper.cell(end).isEmpty() && !lower.cell(end).isEmpty())
            ++end;
        if (end - column < 2)
            continue;
        for (qsizetype c = column; c < end; ++c)
            bannerOf[c] = column;
        anyBanner = true;
        column = end - 1;
    }
    if (!anyBanner)
        return std::nullopt;
    HeaderCandidate header;
    header.line = lower.line;
    header.rows = 2;
    for (qsizetype column = 0; column < columns; ++column) {
        const QString top = upper.cell(column);
        const QString bottom = lower.cell(column);
        QStringList labels;
        if (bannerOf[column] >= 0) {
            labels = labelVariants(bottom);
            labels.append(upper.cell(bannerOf[column]) + u' ' + bottom);
            header.shown.append(bottom);
        } else {
            const QString text = top.isEmpty() ? bottom : top;
            if (!text.isEmpty())
                labels = labelVariants(text);
            header.shown.append(text);
        }
        header.labels.append(labels);
    }
    return header;
}

struct HeaderMatch {
    ColumnMapping mapping;
    int strongMatches = 0; // exact or diacritic-free
    bool complete = false; // every required field has a column
    int rows = 1;
};

// The fields' synonyms, compiled once, matched against candidate header rows.
class FieldMatcher {
public:
    explicit FieldMatcher(const HeaderSpec &spec)
        : m_spec(spec) {
        for (int field = 0; field < spec.fields.size(); ++field) {
            for (const QString &synonym : spec.fields[field].synonyms)
                m_synonyms.add(synonym, field);
        }
        for (const QString &ignored : spec.ignored)
            m_ignored.add(ignored, 0);
    }

    struct Candidate {
        PhraseMatcher::Match match;
        int column;
    };

    // The best match of each field for one column's labels; contained matches that tie between two
    // fields are dropped ("Tên xã" holds both "Tên" and "Xã").
    QList<Candidate> candidatesFor(int column, const QStringList &labels) const {
        QHash<int, PhraseMatcher::Match> best;
        for (const QString &label : labels) {
            if (m_ignored.match(label, false))
                return {};
            // Fields that take whole headers only do not compete for the words of a longer one:
            // "Tên điểm đặt mã QR" is the name, "Mã QR" in it is no payload and no rival.
            QList<PhraseMatcher::Match> matches;
            for (const PhraseMatcher::Match &match : m_synonyms.matches(label)) {
                if (match.kind >= PhraseMatcher::Kind::ExactFolded || m_spec.fields[match.target].contained)
                    matches.append(match);
            }
            for (int i = 0; i < matches.size(); ++i) {
                PhraseMatcher::Match match = matches[i];
                const bool contained = match.kind <= PhraseMatcher::Kind::Contained;
                const bool tiedWithNext = i + 1 < matches.size() && !(matches[i + 1] < match);
                const bool tiedWithPrevious = i > 0 && !(match < matches[i - 1]);
                if (contained && (tiedWithNext || tiedWithPrevious))
                    continue;
                auto it = best.find(match.target);
                if (it == best.end())
                    best.insert(match.target, match);
                else if (it.value() < match)
                    it.value() = match;
            }
        }
        QList<Candidate> out;
        for (auto it = best.cbegin(); it != best.cend(); ++it)
            out.append({it.value(), column});
        return out;
    }

    HeaderMatch match(const HeaderCandidate &header) const {
        QList<Candidate> candidates;
        for (int column = 0; column < header.labels.size(); ++column)
            candidates += candidatesFor(column, header.labels[column]);
        // Best matches first; each field and each column is used once. Ties keep the leftmost column.
        std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
            if (b.match < a.match || a.match < b.match)
                return b.match < a.match;
            return a.column < b.column;
        });
        HeaderMatch result;
        result.rows = header.rows;
        result.mapping.headers = header.shown;
        result.mapping.headerLine = header.line;
        QSet<int> usedColumns;
        for (const Candidate &candidate : std::as_const(candidates)) {
            const QString &key = m_spec.fields[candidate.match.target].key;
            if (result.mapping.columnOf.contains(key) || usedColumns.contains(candidate.column))
                continue;
            result.mapping.columnOf.insert(key, candidate.column);
            usedColumns.insert(candidate.column);
            result.strongMatches += candidate.match.kind >= PhraseMatcher::Kind::ExactFolded;
        }
        result.mapping.updateUnmappedHeaders();
        return result;
    }

    // The column a header written by the user names, or -1.
    int columnNamed(const ColumnMapping &mapping, const QString &written) const {
        const QString wanted = text::wordKeys(written, false).join(u' ');
        const QString folded = text::wordKeys(written, true).join(u' ');
        for (int column = 0; column < mapping.headers.size(); ++column) {
            if (text::wordKeys(mapping.headers[column], false).join(u' ') == wanted)
                return column;
        }
        for (int column = 0; column < mapping.headers.size(); ++column) {
            if (text::wordKeys(mapping.headers[column], true).join(u' ') == folded)
                return column;
        }
        return -1;
    }

private:
    const HeaderSpec &m_spec;
    PhraseMatcher m_synonyms;
    PhraseMatcher m_ignored;
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
            quoted.append(text::quoted(item, 40));
    }
    return quoted.join(QStringLiteral(", "));
}

// "C" -> 2, "AB" -> 27; -1 when not a column letter.
int columnOfLetters(const QString &written) {
    if (written.isEmpty() || written.size() > 3)
        return -1;
    int column = 0;
    for (const QChar ch : written) {
        const char16_t c = ch.toUpper().unicode();
        if (c < u'A' || c > u'Z')
            return -1;
        column = column * 26 + (c - u'A' + 1);
    }
    return column - 1;
}

} // namespace

HeaderSpec headerSpecFor(const QString &importer, const QStringList &requiredKeys) {
    const Vocabulary::Headers &headers = Vocabulary::instance().headers(importer);
    HeaderSpec spec;
    spec.ignored = headers.ignored;
    for (const Vocabulary::Field &field : headers.fields)
        spec.fields.append({field.key, field.synonyms, requiredKeys.contains(field.key), field.contained});
    return spec;
}

ColumnMapping mapHeaderRow(const Row &header, const QList<FieldSpec> &fields) {
    const HeaderSpec spec{fields, {}};
    return FieldMatcher(spec).match(singleRow(header)).mapping;
}

Status applyOverrides(ColumnMapping &mapping, const HeaderSpec &spec, const ColumnOverrides &overrides) {
    const FieldMatcher matcher(spec);
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        const auto field = std::find_if(spec.fields.cbegin(), spec.fields.cend(),
                                        [&](const FieldSpec &f) { return f.key == it.key(); });
        if (field == spec.fields.cend()) {
            QStringList keys;
            for (const FieldSpec &f : spec.fields)
                keys.append(f.key);
            return makeError(Tabular::tr("There is no field “%1”. Fields: %2")
                                 .arg(it.key(), keys.join(QStringLiteral(", "))));
        }
        const QString written = it.value().trimmed();
        int column = matcher.columnNamed(mapping, written);
        bool isNumber = false;
        const int number = written.toInt(&isNumber);
        if (column < 0 && isNumber && number >= 1 && number <= mapping.headers.size())
            column = number - 1;
        if (column < 0) {
            const int lettered = columnOfLetters(written);
            if (lettered >= 0 && lettered < mapping.headers.size())
                column = lettered;
        }
        if (column < 0)
            return makeError(Tabular::tr("No column “%1” for the field “%2”. The header row has %3.")
                                 .arg(written, it.key(), listed(mapping.headers)),
                             {}, mapping.headerLine);
        mapping.setColumn(it.key(), column);
    }
    return success();
}

Result<ColumnMapping> detectHeader(TableReader &reader, const QList<FieldSpec> &fields, int scanRows) {
    return detectHeader(reader, HeaderSpec{fields, {}}, {}, scanRows);
}

Result<ColumnMapping> detectHeader(TableReader &reader, const HeaderSpec &spec,
                                   const ColumnOverrides &overrides, int scanRows) {
    auto rows = reader.peek(scanRows + 1);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return makeError(Tabular::tr("The table has no rows."), reader.fileName());

    const bool anyRequired =
        std::any_of(spec.fields.cbegin(), spec.fields.cend(), [](const FieldSpec &f) { return f.required; });
    const FieldMatcher matcher(spec);
    int best = -1; // index of the header's last row
    HeaderMatch bestMatch;
    int fallback = 0; // the row that came closest, to show in the error
    HeaderMatch fallbackMatch = matcher.match(singleRow(rows->front()));
    // A row with every required field beats one with more fields, then more fields win, then exact
    // matches, then a single row over a pair; the topmost wins a tie.
    const auto rank = [](const HeaderMatch &m) {
        return std::tuple(m.complete, m.mapping.columnOf.size(), m.strongMatches, -m.rows);
    };
    const int candidates = int(qMin<qsizetype>(rows->size(), scanRows));
    for (int index = 0; index < candidates; ++index) {
        QList<std::pair<int, HeaderMatch>> matches{{index, matcher.match(singleRow(rows->at(index)))}};
        if (index + 1 < rows->size()) {
            if (const auto pair = twoRows(rows->at(index), rows->at(index + 1)))
                matches.append({index + 1, matcher.match(*pair)});
        }
        for (auto &[last, match] : matches) {
            const qsizetype matched = match.mapping.columnOf.size();
            if (matched > fallbackMatch.mapping.columnOf.size()) {
                fallback = last;
                fallbackMatch = match;
            }
            match.complete = missingRequired(match.mapping, spec.fields).isEmpty();
            const bool qualifies = matched >= 2 || (matched >= 1 && anyRequired && match.complete);
            if (qualifies && (best < 0 || rank(match) > rank(bestMatch))) {
                best = last;
                bestMatch = std::move(match);
            }
        }
    }

    HeaderMatch &chosen = best >= 0 ? bestMatch : fallbackMatch;
    const qint64 line = rows->at(best >= 0 ? best : fallback).line;
    if (best < 0 && overrides.isEmpty() && spec.requireComplete) {
        QStringList expected;
        for (const FieldSpec &field : spec.fields)
            expected.append(displayName(field));
        return makeError(Tabular::tr("No header row found in the first %1 rows. Expected columns such as %2; "
                                     "the closest row has %3.")
                             .arg(candidates)
                             .arg(listed(expected.mid(0, 8)), listed(chosen.mapping.headers)),
                         reader.fileName(), line);
    }
    if (auto applied = applyOverrides(chosen.mapping, spec, overrides); !applied)
        return Error{applied.error().message, reader.fileName(), line, {}};
    if (const QStringList missing = missingRequired(chosen.mapping, spec.fields);
        !missing.isEmpty() && spec.requireComplete)
        return makeError(Tabular::tr("Required columns are missing: %1. The header row has %2.")
                             .arg(listed(missing), listed(chosen.mapping.headers)),
                         reader.fileName(), line);

    // Skip the titles and the header itself; the rows after it stay buffered in the reader.
    const int last = best >= 0 ? best : fallback;
    Row skipped;
    for (int index = 0; index <= last; ++index) {
        if (auto more = reader.next(skipped); !more)
            return more.error();
    }
    return chosen.mapping;
}

Result<ColumnMapping> headerFor(TableReader &reader, const HeaderSpec &spec,
                                const std::optional<ColumnMapping> &confirmed,
                                const ColumnOverrides &overrides) {
    if (!confirmed)
        return detectHeader(reader, spec, overrides);
    ColumnMapping mapping = *confirmed;
    if (auto applied = applyOverrides(mapping, spec, overrides); !applied)
        return Error{applied.error().message, reader.fileName(), mapping.headerLine, {}};
    Row row;
    while (true) {
        auto more = reader.next(row);
        if (!more)
            return more.error();
        if (!more.value() || row.line >= mapping.headerLine)
            return mapping;
    }
}

Result<TableWithHeader> openWithHeader(const QString &path, const QString &sheet, const HeaderSpec &spec,
                                       const std::optional<ColumnMapping> &confirmed,
                                       const ColumnOverrides &overrides) {
    // First a header with every required field, on the sheet asked for or, when none was, on the first
    // sheet that has one; a preview then settles for the closest row of the first sheet.
    HeaderSpec strict = spec;
    strict.requireComplete = true;
    auto opened = openTable(path, TableOptions{sheet, {}});
    if (!opened)
        return opened.error();
    auto header = headerFor(*opened.value(), strict, confirmed, overrides);
    if (header)
        return TableWithHeader{std::move(opened).value(), header.value()};
    const QStringList sheets = opened.value()->sheetNames();
    if (sheet.isEmpty() && !confirmed) {
        for (const QString &other : sheets.mid(1)) {
            auto next = openTable(path, TableOptions{other, {}});
            if (!next)
                continue;
            if (auto found = headerFor(*next.value(), strict, std::nullopt, overrides))
                return TableWithHeader{std::move(next).value(), found.value()};
        }
    }
    if (spec.requireComplete || confirmed)
        return header.error();
    auto again = openTable(path, TableOptions{sheet, {}});
    if (!again)
        return again.error();
    auto closest = detectHeader(*again.value(), spec, overrides);
    if (!closest)
        return closest.error();
    return TableWithHeader{std::move(again).value(), closest.value()};
}

} // namespace cd::tabular
