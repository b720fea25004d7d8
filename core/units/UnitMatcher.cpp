// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnitMatcher.h"

#include "common/VietnameseText.h"
#include "vocabulary/Vocabulary.h"

#include <QRegularExpression>

#include <algorithm>

namespace cd {
namespace {

// Words of a unit name: runs of letters (with their marks) or of digits, so that "P1" is "P" and "1".
// Numbers lose their leading zeros.
QStringList unitWords(const QString &text, bool fold) {
    const QString normalized = text::normalized(text);
    QStringList words;
    QString word;
    bool digits = false;
    const auto flush = [&] {
        if (word.isEmpty())
            return;
        if (digits) {
            while (word.size() > 1 && word.front() == u'0')
                word.remove(0, 1);
            words.append(word);
        } else {
            words.append(fold ? text::foldKey(word) : text::matchKey(word));
        }
        word.clear();
    };
    for (const QChar ch : normalized) {
        if (ch.isDigit()) {
            if (!digits)
                flush();
            digits = true;
            word += QChar(u'0' + ch.digitValue());
        } else if (ch.isLetter() || (ch.isMark() && !digits)) {
            if (digits)
                flush();
            digits = false;
            word += ch;
        } else {
            flush();
        }
    }
    flush();
    return words;
}

struct Spelling {
    QStringList folded; // the spelling's words without diacritics: prefixes are matched tone-blind
    QString type;
    bool abbreviation; // one word of at most two letters ("X", "TT"): may only come before a name
};

const QVector<Spelling> &spellings() {
    static const QVector<Spelling> all = [] {
        QVector<Spelling> out;
        for (const Vocabulary::UnitType &type : Vocabulary::instance().unitTypes()) {
            for (const QString &written : type.spellings) {
                const QStringList words = unitWords(written, true);
                if (!words.isEmpty())
                    out.append({words, type.type, words.size() == 1 && words.first().size() <= 2});
            }
        }
        // Longer spellings first: "thi tran" before "thi".
        std::stable_sort(out.begin(), out.end(), [](const Spelling &a, const Spelling &b) {
            return a.folded.size() > b.folded.size();
        });
        return out;
    }();
    return all;
}

int editDistance(const QString &a, const QString &b) {
    QVector<int> previous(b.size() + 1), current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

// "Xã Đăng Hà, Huyện Bù Đăng" or "Xã Đăng Hà (Bù Đăng)" -> {"Xã Đăng Hà", …}; a hyphen separates only with
// spaces around it (Bà Rịa - Vũng Tàu is one name, and is tried whole first).
QStringList partsOf(const QString &text) {
    static const QRegularExpression separators(QStringLiteral(R"(\s*[,;/()\x{2013}\x{2014}]\s*|\s+-\s+)"));
    QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    for (QString &part : parts)
        part = part.trimmed();
    parts.removeAll(QString());
    return parts;
}

} // namespace

QString UnitMatcher::nameKey(const QString &text, bool fold) {
    return unitWords(text, fold).join(u' ');
}

UnitMatcher::UnitMatcher(AdminUnits candidates, QString scopeName)
    : m_candidates(std::move(candidates))
    , m_scopeName(std::move(scopeName)) {
    for (int i = 0; i < m_candidates.size(); ++i) {
        const AdminUnit &unit = m_candidates[i];
        m_byCode.insert(unit.code, i);
        m_byKey.insert(nameKey(unit.name, false), i);
        m_byFolded.insert(nameKey(unit.name, true), i);
    }
    for (const auto &[written, code] : Vocabulary::instance().unitAliases()) {
        if (const auto it = m_byCode.constFind(code); it != m_byCode.constEnd()) {
            m_byKey.insert(nameKey(written, false), it.value());
            m_byFolded.insert(nameKey(written, true), it.value());
        }
    }
}

void UnitMatcher::addAliases(const QHash<QString, QString> &aliases) {
    for (auto it = aliases.cbegin(); it != aliases.cend(); ++it) {
        if (const auto unit = m_byCode.constFind(it.value()); unit != m_byCode.constEnd()) {
            m_byKey.insert(nameKey(it.key(), false), unit.value());
            m_byFolded.insert(nameKey(it.key(), true), unit.value());
        }
    }
}

QVector<UnitMatcher::Reading> UnitMatcher::readingsOf(const QString &input) const {
    const QStringList words = unitWords(input, false);
    const QStringList folded = unitWords(input, true);
    QVector<Reading> readings{{words.join(u' '), folded.join(u' '), {}}};
    // An abbreviation glued to the name, told by the name's capital: "TPCao Bằng", "XNam Tuấn".
    const QString first = text::normalized(input).section(u' ', 0, 0);
    for (const Spelling &spelling : spellings()) {
        if (!spelling.abbreviation)
            continue;
        const QString capitals = spelling.folded.first().toUpper();
        const QStringView name = QStringView(first).sliced(qMin(first.size(), capitals.size()));
        const bool glued = first.size() > capitals.size() + 1 && first.startsWith(capitals) &&
                           name.front().isUpper() &&
                           std::any_of(name.begin(), name.end(), [](QChar ch) { return ch.isLower(); });
        if (glued) {
            const QString rest = input.trimmed().mid(input.trimmed().indexOf(first) + capitals.size());
            readings.append({nameKey(rest, false), nameKey(rest, true), spelling.type});
        }
    }
    for (const Spelling &spelling : spellings()) {
        const qsizetype n = spelling.folded.size();
        if (folded.size() <= n)
            continue;
        bool prefix = true;
        for (qsizetype i = 0; i < n && prefix; ++i)
            prefix = folded[i] == spelling.folded[i];
        if (!prefix)
            continue;
        readings.append({words.mid(n).join(u' '), folded.mid(n).join(u' '), spelling.type});
    }
    return readings;
}

QVector<int> UnitMatcher::lookUp(const QVector<Reading> &readings, bool fold, bool honourType) const {
    const QMultiHash<QString, int> &index = fold ? m_byFolded : m_byKey;
    QVector<int> found;
    for (const Reading &reading : readings) {
        const auto hits = index.values(fold ? reading.folded : reading.key);
        for (int hit : hits) {
            const bool typeFits = reading.type.isEmpty() || !honourType ||
                                  text::matchKey(m_candidates[hit].type) == text::matchKey(reading.type);
            if (typeFits && !found.contains(hit))
                found.append(hit);
        }
    }
    std::sort(found.begin(), found.end());
    return found;
}

Result<AdminUnit> UnitMatcher::matchWhole(const QString &written) const {
    if (const auto it = m_byCode.constFind(written); it != m_byCode.constEnd())
        return m_candidates[it.value()];
    const QVector<Reading> readings = readingsOf(written);
    // With diacritics first, honouring a written type; then ignoring a type that does not fit (a commune
    // that became a town keeps being called "Xã …"); without diacritics only when the result is unique.
    for (const bool fold : {false, true}) {
        QVector<int> found = lookUp(readings, fold, true);
        if (found.isEmpty())
            found = lookUp(readings, fold, false);
        if (found.size() == 1)
            return m_candidates[found.first()];
        if (found.size() > 1)
            return ambiguous(written, found);
    }
    return unknown(written);
}

Result<AdminUnit> UnitMatcher::match(const QString &input) const {
    const QString written = text::normalized(input);
    if (written.isEmpty())
        return makeError(tr("no unit name given"));
    auto whole = matchWhole(written);
    if (whole)
        return whole;
    const QStringList parts = partsOf(written);
    if (parts.size() < 2)
        return whole;
    // The first part names the unit, the others the units above it.
    const QVector<Reading> readings = readingsOf(parts.first());
    for (const bool fold : {false, true}) {
        QVector<int> found = lookUp(readings, fold, true);
        if (found.isEmpty())
            found = lookUp(readings, fold, false);
        if (found.size() > 1) {
            QVector<int> fitting;
            for (int index : std::as_const(found)) {
                const QString parentKey = nameKey(m_candidates[index].parentNameWithType, true);
                for (const QString &part : parts.mid(1)) {
                    bool parentNamed = false;
                    for (const Reading &reading : readingsOf(part))
                        parentNamed =
                            parentNamed || (!reading.folded.isEmpty() && parentKey.endsWith(reading.folded));
                    if (parentNamed) {
                        fitting.append(index);
                        break;
                    }
                }
            }
            found = fitting.isEmpty() ? found : fitting;
        }
        if (found.size() == 1)
            return m_candidates[found.first()];
        if (found.size() > 1)
            return ambiguous(written, found);
    }
    return whole;
}

QString UnitMatcher::describe(int index) const {
    const AdminUnit &unit = m_candidates[index];
    if (unit.parentNameWithType.isEmpty())
        return QStringLiteral("%1 (%2)").arg(unit.nameWithType, unit.code);
    return QStringLiteral("%1, %2 (%3)").arg(unit.nameWithType, unit.parentNameWithType, unit.code);
}

Error UnitMatcher::ambiguous(const QString &written, const QVector<int> &found) const {
    QStringList names;
    for (int index : found)
        names << describe(index);
    return makeError(tr("%1 is ambiguous in %2: it could be %3. Write the unit's type or code, or give the "
                        "district.")
                         .arg(text::quoted(written), m_scopeName, names.join(QStringLiteral(", "))));
}

Error UnitMatcher::unknown(const QString &written) const {
    const QVector<Reading> readings = readingsOf(written);
    const QString wanted = readings.last().folded;
    QVector<std::pair<int, int>> ranked; // distance, index
    for (int i = 0; i < m_candidates.size(); ++i)
        ranked.append({editDistance(wanted, nameKey(m_candidates[i].name, true)), i});
    std::sort(ranked.begin(), ranked.end());
    QStringList closest;
    for (int i = 0; i < ranked.size() && i < 5; ++i)
        closest << describe(ranked[i].second);
    if (closest.isEmpty())
        return makeError(
            tr("%1 is not a unit of %2, which has no units").arg(text::quoted(written), m_scopeName));
    return makeError(tr("%1 is not a unit of %2. Closest: %3")
                         .arg(text::quoted(written), m_scopeName, closest.join(QStringLiteral(", "))));
}

} // namespace cd
