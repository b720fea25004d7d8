// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportRows.h"

#include "ProblemList.h"
#include "common/PhraseMatcher.h"
#include "common/VietnameseText.h"
#include "vocabulary/Vocabulary.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSet>

namespace cd::intake {
namespace {

const text::PhraseMatcher &matcherOf(const QStringList &phrases) {
    // One matcher per vocabulary list; the lists live as long as the program.
    static QHash<const QStringList *, text::PhraseMatcher> matchers;
    static QMutex lock;
    const QMutexLocker locker(&lock);
    auto it = matchers.find(&phrases);
    if (it == matchers.end()) {
        text::PhraseMatcher matcher;
        for (const QString &phrase : phrases)
            matcher.add(phrase, 0);
        it = matchers.insert(&phrases, matcher);
    }
    return it.value();
}

const text::PhraseMatcher &totals() {
    return matcherOf(Vocabulary::instance().totalsPhrases());
}
const text::PhraseMatcher &signatures() {
    return matcherOf(Vocabulary::instance().signaturePhrases());
}

bool isNumber(const QString &cell) {
    static const QRegularExpression number(QStringLiteral(R"(^[\d.,\s]+$)"));
    return number.match(cell).hasMatch();
}

// "(1)", "[2]", "3": a column number.
int columnNumber(const QString &cell) {
    static const QRegularExpression numbered(QStringLiteral(R"(^[(\[]?\s*(\d{1,2})\s*[)\]]?$)"));
    // Asked of every row of a scan export: most cells are told apart by their first character, for far
    // less than a match costs.
    if (cell.isEmpty())
        return -1;
    const QChar first = cell.front();
    if (first != u'(' && first != u'[' && !first.isDigit() && !first.isSpace())
        return -1;
    const auto match = numbered.match(cell);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// "Bù Đăng, ngày 24 tháng 8 năm 2021", "ngày … tháng … năm 2021".
bool isPlaceAndDate(const QString &cell) {
    static const QRegularExpression dated(
        QStringLiteral(R"(ng[aà]y\s*[\d.…_ ]*\s*th[aá]ng\s*[\d.…_ ]*\s*n[aă]m)"),
        QRegularExpression::CaseInsensitiveOption);
    return dated.match(text::normalized(cell)).hasMatch();
}

} // namespace

QString rowKindName(RowKind kind) {
    switch (kind) {
    case RowKind::Data:
        return QStringLiteral("data");
    case RowKind::ColumnNumbers:
        return ReportRows::tr("column numbers");
    case RowKind::Section:
        return ReportRows::tr("section headings");
    case RowKind::Totals:
        return ReportRows::tr("totals");
    case RowKind::Signature:
        return ReportRows::tr("signature block");
    case RowKind::Note:
        return ReportRows::tr("notes");
    }
    return {};
}

QString SkippedRows::toString() const {
    return QStringLiteral("%1: %2 (%3)")
        .arg(rowKindName(kind), ProblemList::rowsText(rows), ProblemList::linesText(lines, rows));
}

void SkipTally::add(RowKind kind, qint64 line) {
    SkippedRows &rows = m_byKind[int(kind)];
    rows.kind = kind;
    ++rows.rows;
    if (rows.lines.size() < 10)
        rows.lines.append(line);
}

QVector<SkippedRows> SkipTally::all() const {
    QVector<SkippedRows> out;
    for (const SkippedRows &rows : m_byKind) {
        if (rows.rows > 0)
            out.append(rows);
    }
    return out;
}

QString ReportRows::singleCell(const tabular::Row &row) {
    QString only;
    for (const QString &cell : row.cells) {
        if (cell.isEmpty())
            continue;
        if (!only.isEmpty())
            return {};
        only = cell;
    }
    return only;
}

bool ReportRows::isNothing(const QString &cell) {
    static const QSet<QString> nothing = [] {
        QSet<QString> keys;
        for (const QString &phrase : Vocabulary::instance().nothingPhrases())
            keys.insert(text::foldKey(phrase));
        return keys;
    }();
    const QString key = text::foldKey(cell.trimmed());
    return key.isEmpty() || nothing.contains(key);
}

QString ReportRows::headingText(const QString &cell) {
    // A number before the heading (I., II -, 1., A)) and a count after it ((12 điểm), : 12 điểm).
    static const QRegularExpression number(
        QStringLiteral(R"(^\s*(?:[IVXLC]+|\d{1,3}|[A-Za-z])\s*[.)\-–:/]\s*)"));
    static const QRegularExpression count(QStringLiteral(R"(\s*(?:[(:].*)?$)"));
    QString text = cell;
    text.remove(number);
    text.remove(count);
    return text.trimmed();
}

RowKind ReportRows::classify(const tabular::Row &row) {
    QStringList filled;
    for (const QString &cell : row.cells) {
        if (!cell.isEmpty())
            filled.append(cell);
    }
    if (filled.isEmpty())
        return RowKind::Note;

    // (1) (2) (3)…: every cell a small number, counting up.
    if (filled.size() >= 3) {
        int previous = 0;
        bool numbering = true;
        for (qsizetype i = 0; i < filled.size() && numbering; ++i) {
            const int n = columnNumber(filled[i]);
            numbering = n > previous;
            previous = n;
        }
        if (numbering)
            return RowKind::ColumnNumbers;
    }

    // "Tổng cộng" and numbers only.
    if (totals().startsWith(filled.first())) {
        bool numbersOnly = true;
        for (qsizetype i = 1; i < filled.size(); ++i)
            numbersOnly = numbersOnly && isNumber(filled[i]);
        // A section's subtotal ("Cộng") comes before more sections: only a signature begins the block.
        if (numbersOnly)
            return RowKind::Totals;
    }

    // A signature block is a few cells a row; a row of data has more, and is not searched for one.
    bool signed_ = false;
    for (qsizetype i = 0; i < filled.size() && filled.size() <= 4 && !signed_; ++i)
        signed_ = isPlaceAndDate(filled[i]) || signatures().match(filled[i]);
    if (signed_) {
        m_inSignatureBlock = true;
        return RowKind::Signature;
    }
    if (m_inSignatureBlock && filled.size() <= 2)
        return RowKind::Signature;

    if (filled.size() == 1)
        return RowKind::Section; // or a note, or a checkpoint of the section above: the importer decides
    // "I" | "XÃ ĐĂNG HÀ": a numbered heading over two cells.
    if (filled.size() == 2 && headingText(filled.first() + QStringLiteral(". ")).isEmpty() &&
        !isNumber(filled.first()))
        return RowKind::Section;
    return RowKind::Data;
}

} // namespace cd::intake
