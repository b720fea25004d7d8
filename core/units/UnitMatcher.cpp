// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnitMatcher.h"

#include "common/VietnameseText.h"

#include <algorithm>

namespace cd {
namespace {

struct TypePrefix {
    QString written; // compared by matchKey, so tones count: "xa" is not "xã"-less "Xà"
    QString type;
    bool needsSpace;
};

const QVector<TypePrefix> &typePrefixes() {
    static const QVector<TypePrefix> prefixes = [] {
        const QVector<std::pair<QStringList, QString>> table{
            {{QStringLiteral("thị trấn"), QStringLiteral("thi tran"), QStringLiteral("tt")},
             QStringLiteral("Thị trấn")},
            {{QStringLiteral("thị xã"), QStringLiteral("thi xa"), QStringLiteral("tx")},
             QStringLiteral("Thị xã")},
            {{QStringLiteral("thành phố"), QStringLiteral("thanh pho"), QStringLiteral("tp")},
             QStringLiteral("Thành phố")},
            {{QStringLiteral("xã"), QStringLiteral("xa")}, QStringLiteral("Xã")},
            {{QStringLiteral("phường"), QStringLiteral("phuong"), QStringLiteral("p")},
             QStringLiteral("Phường")},
            {{QStringLiteral("huyện"), QStringLiteral("huyen"), QStringLiteral("h")},
             QStringLiteral("Huyện")},
            {{QStringLiteral("quận"), QStringLiteral("quan"), QStringLiteral("q")}, QStringLiteral("Quận")},
            {{QStringLiteral("tỉnh"), QStringLiteral("tinh")}, QStringLiteral("Tỉnh")},
        };
        QVector<TypePrefix> out;
        for (const auto &[spellings, type] : table) {
            for (const QString &spelling : spellings) {
                out.append({text::matchKey(spelling) + u'.', type, false});
                out.append({text::matchKey(spelling) + u' ', type, true});
            }
        }
        return out;
    }();
    return prefixes;
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

} // namespace

UnitMatcher::UnitMatcher(AdminUnits candidates, QString scopeName)
    : m_candidates(std::move(candidates))
    , m_scopeName(std::move(scopeName)) {
    for (int i = 0; i < m_candidates.size(); ++i) {
        const AdminUnit &unit = m_candidates[i];
        m_byMatchKey.insert(text::matchKey(unit.name), i);
        m_byFoldKey.insert(text::foldKey(unit.name), i);
    }
}

QVector<UnitMatcher::Reading> UnitMatcher::readingsOf(const QString &input) const {
    const QString written = text::normalized(input);
    QVector<Reading> readings{{written, {}}};
    const QString key = text::matchKey(written);
    for (const TypePrefix &prefix : typePrefixes()) {
        if (!key.startsWith(prefix.written))
            continue;
        // Keys keep the length of the syllables' letters but add a tone digit per syllable, so cut the
        // original text by counting the words (or up to the dot) that the prefix covers.
        const qsizetype words = prefix.written.count(u' ');
        QString rest = written;
        if (prefix.needsSpace) {
            for (qsizetype w = 0; w < words; ++w)
                rest = rest.section(u' ', 1);
        } else {
            rest = rest.section(u'.', 1);
        }
        rest = rest.trimmed();
        if (!rest.isEmpty())
            readings.append({rest, prefix.type});
    }
    return readings;
}

QVector<int> UnitMatcher::lookUp(const QMultiHash<QString, int> &index, const QVector<Reading> &readings,
                                 QString (*key)(const QString &), bool honourType) const {
    QVector<int> found;
    for (const Reading &reading : readings) {
        const auto hits = index.values(key(reading.name));
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

Result<AdminUnit> UnitMatcher::match(const QString &input) const {
    const QString written = text::normalized(input);
    if (written.isEmpty())
        return makeError(tr("no unit name given"));
    for (const AdminUnit &unit : m_candidates) {
        if (unit.code == written)
            return unit;
    }

    const QVector<Reading> readings = readingsOf(written);
    // With diacritics first, honouring a written type; then ignoring a type that does not fit (a commune
    // that became a town keeps being called "Xã …"); without diacritics only when the result is unique.
    QVector<int> found = lookUp(m_byMatchKey, readings, &text::matchKey, true);
    if (found.isEmpty())
        found = lookUp(m_byMatchKey, readings, &text::matchKey, false);
    if (found.size() == 1)
        return m_candidates[found.first()];
    if (found.size() > 1)
        return ambiguous(written, found);

    found = lookUp(m_byFoldKey, readings, &text::foldKey, true);
    if (found.isEmpty())
        found = lookUp(m_byFoldKey, readings, &text::foldKey, false);
    if (found.size() == 1)
        return m_candidates[found.first()];
    if (found.size() > 1)
        return ambiguous(written, found);
    return unknown(written);
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
    return makeError(tr("“%1” is ambiguous in %2: it could be %3. Write the unit's type or code.")
                         .arg(written, m_scopeName, names.join(QStringLiteral(", "))));
}

Error UnitMatcher::unknown(const QString &written) const {
    const QString wanted = text::foldKey(readingsOf(written).last().name);
    QVector<std::pair<int, int>> ranked; // distance, index
    for (int i = 0; i < m_candidates.size(); ++i)
        ranked.append({editDistance(wanted, text::foldKey(m_candidates[i].name)), i});
    std::sort(ranked.begin(), ranked.end());
    QStringList closest;
    for (int i = 0; i < ranked.size() && i < 5; ++i)
        closest << describe(ranked[i].second);
    if (closest.isEmpty())
        return makeError(tr("“%1” is not a unit of %2, which has no units").arg(written, m_scopeName));
    return makeError(tr("“%1” is not a unit of %2. Closest: %3")
                         .arg(written, m_scopeName, closest.join(QStringLiteral(", "))));
}

} // namespace cd
