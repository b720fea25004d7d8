// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegisterRowReader.h"

#include "PhoneNumber.h"
#include "common/VietnameseText.h"
#include "intake/ReportRows.h"
#include "units/AdminUnitRepository.h"
#include "units/UnitAliases.h"
#include "vocabulary/Vocabulary.h"

#include <QRegularExpression>

namespace cd {
namespace {

using tabular::Row;

std::optional<double> parseCoordinate(QString text, bool &ok) {
    ok = true;
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    text.replace(u',', u'.');
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

// The hamlet words (vocabulary) a text names, longest first at each place: "Thôn/Ấp" names two, "Tổ dân
// phố" one.
QStringList hamletWordsIn(const QString &text) {
    const QStringList words = text::wordKeys(text, true);
    QList<std::pair<QStringList, QString>> hamlets;
    for (const QString &hamlet : Vocabulary::instance().hamletWords())
        hamlets.append({text::wordKeys(hamlet, true), hamlet});
    std::sort(hamlets.begin(), hamlets.end(),
              [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    QStringList found;
    for (qsizetype i = 0; i < words.size();) {
        bool matched = false;
        for (const auto &[hamletWords, written] : std::as_const(hamlets)) {
            if (i + hamletWords.size() > words.size())
                continue;
            bool all = true;
            for (qsizetype k = 0; k < hamletWords.size() && all; ++k)
                all = words[i + k] == hamletWords[k];
            if (all) {
                found.append(written);
                i += hamletWords.size();
                matched = true;
                break;
            }
        }
        if (!matched)
            ++i;
    }
    return found;
}

bool startsWithHamletWord(const QString &text) {
    const QStringList words = text::wordKeys(text, true);
    for (const QString &hamlet : Vocabulary::instance().hamletWords()) {
        const QStringList hamletWords = text::wordKeys(hamlet, true);
        if (hamletWords.size() <= words.size() && words.mid(0, hamletWords.size()) == hamletWords)
            return true;
    }
    return false;
}

} // namespace

RegisterRowReader::RegisterRowReader(QSqlDatabase db, const tabular::ColumnMapping &mapping)
    : m_mapping(mapping)
    , m_scope(OfficeScope(db).current()) {
    if (auto aliases = UnitAliases(db).all())
        m_aliases = aliases.value();
    if (!m_scope)
        return;
    const AdminUnitRepository units(db);
    UnitMatcher communes(OfficeScope(db).communes(), m_scope->displayName());
    communes.addAliases(m_aliases);
    m_communeMatchers.insert(QString(), communes);
    m_districts.emplace(m_scope->district ? AdminUnits{*m_scope->district}
                                          : units.children(m_scope->province.code),
                        m_scope->province.nameWithType);
    m_districts->addAliases(m_aliases);
    m_provinces.emplace(AdminUnits{m_scope->province}, tr("this database's province"));
    m_provinces->addAliases(m_aliases);
    if (const int column = mapping.column(QStringLiteral("hamlet")); column >= 0) {
        const QStringList named = hamletWordsIn(mapping.headers.value(column));
        if (named.size() == 1)
            m_hamletPrefix = named.first();
    }
}

QString RegisterRowReader::text(const Row &row, const QString &key) const {
    // A cell that an export protected against formula injection ("'=…") is read back as written.
    QString text = m_mapping.text(row, key);
    if (text.size() > 1 && text.front() == u'\'' &&
        (text[1] == u'=' || text[1] == u'+' || text[1] == u'-' || text[1] == u'@'))
        text.remove(0, 1);
    return text;
}

const UnitMatcher &RegisterRowReader::communeMatcherOf(const QString &districtCode) const {
    auto it = m_communeMatchers.find(districtCode);
    if (it == m_communeMatchers.end()) {
        const UnitMatcher &all = m_communeMatchers.constFind(QString()).value();
        AdminUnits inDistrict;
        QString districtName;
        for (const AdminUnit &commune : all.candidates()) {
            if (commune.parentCode == districtCode) {
                inDistrict.append(commune);
                districtName = commune.parentNameWithType;
            }
        }
        UnitMatcher matcher(inDistrict, districtName);
        matcher.addAliases(m_aliases);
        it = m_communeMatchers.insert(districtCode, matcher);
    }
    return it.value();
}

Result<AdminUnit> RegisterRowReader::cachedMatch(const UnitMatcher &matcher, const QString &cacheKey,
                                                 const QString &written) const {
    const QString key = cacheKey + u'\x1F' + written;
    if (const auto it = m_matches.constFind(key); it != m_matches.constEnd())
        return it.value();
    const Result<AdminUnit> found = matcher.match(written);
    m_matches.insert(key, found);
    return found;
}

std::optional<AdminUnit> RegisterRowReader::sectionUnit(const QString &heading,
                                                        const SectionContext &context) const {
    if (!m_scope)
        return std::nullopt;
    const QString cleaned = intake::ReportRows::headingText(heading);
    for (const QString &written : {heading, cleaned}) {
        if (written.isEmpty())
            continue;
        const QString scopeKey = context.district ? context.district->code : QString();
        if (auto commune = cachedMatch(communeMatcherOf(scopeKey), QStringLiteral("c") + scopeKey, written))
            return commune.value();
        if (m_scope->isProvinceWide()) {
            if (auto district = cachedMatch(*m_districts, QStringLiteral("d"), written))
                return district.value();
        }
    }
    return std::nullopt;
}

Result<AdminUnit> RegisterRowReader::communeOf(const Row &row, const SectionContext &context) const {
    if (!m_scope)
        return makeError(tr("the database serves no area yet; run “init” first"));
    if (const QString province = text(row, QStringLiteral("province")); !province.isEmpty()) {
        if (!cachedMatch(*m_provinces, QStringLiteral("p"), province))
            return makeError(tr("%1 is not this database's province (%2)")
                                 .arg(text::quoted(province), m_scope->province.nameWithType),
                             {}, 0, QStringLiteral("province"));
    }
    // A district column narrows the communes, and must name a district of the database's area.
    QString districtCode = context.district ? context.district->code : QString();
    if (const QString district = text(row, QStringLiteral("district")); !district.isEmpty()) {
        const auto found = cachedMatch(*m_districts, QStringLiteral("d"), district);
        if (!found)
            return Error{m_scope->isProvinceWide() ? found.error().message
                                                   : tr("%1 is not this database's district (%2)")
                                                         .arg(text::quoted(district), m_scope->displayName()),
                         {},
                         0,
                         QStringLiteral("district")};
        districtCode = found->code;
    }
    const QString code = text(row, QStringLiteral("commune_code"));
    const QString name = text(row, QStringLiteral("commune"));
    if (code.isEmpty() && name.isEmpty()) {
        if (context.commune && (districtCode.isEmpty() || context.commune->parentCode == districtCode))
            return *context.commune;
        if (const auto fromAddress = communeInAddress(text(row, QStringLiteral("address")), districtCode))
            return *fromAddress;
        return makeError(tr("the commune is missing"), {}, 0, QStringLiteral("commune"));
    }
    const auto found = cachedMatch(communeMatcherOf(districtCode), QStringLiteral("c") + districtCode,
                                   code.isEmpty() ? name : code);
    if (!found)
        return Error{found.error().message, {}, 0, QStringLiteral("commune")};
    return found.value();
}

std::optional<AdminUnit> RegisterRowReader::communeInAddress(const QString &address,
                                                             const QString &districtCode) const {
    // "Thôn 3, xã Đăng Hà, huyện Bù Đăng": the part that says it is a commune ("xã", "phường", "thị
    // trấn" or their abbreviations), read from the end, where addresses name their units.
    static const QRegularExpression separators(QStringLiteral(R"(\s*[,;]\s*|\s+-\s+)"));
    static const QRegularExpression communeType(
        QStringLiteral(R"(^(xã|xa|phường|phuong|thị trấn|thi tran|x\.|p\.|tt\.?)\s*\S)"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList parts = text::normalized(address).split(separators, Qt::SkipEmptyParts);
    for (auto part = parts.crbegin(); part != parts.crend(); ++part) {
        if (!communeType.match(*part).hasMatch())
            continue;
        if (auto found =
                cachedMatch(communeMatcherOf(districtCode), QStringLiteral("c") + districtCode, *part))
            return found.value();
    }
    return std::nullopt;
}

void RegisterRowReader::readPhone(const QString &cell, RegisterDraft &draft) const {
    if (intake::ReportRows::isNothing(cell)) {
        draft.checkpoint.phone.clear();
        return;
    }
    if (phone::normalize(cell)) {
        draft.checkpoint.phone = cell;
        return;
    }
    // "0912 345 678 - 0987 654 321", "0271.3870.123 / 0912345678": the first number is the checkpoint's,
    // the others go to its description.
    static const QRegularExpression separators(
        QStringLiteral(R"(\s*[;,/|\n]\s*|\s+-\s+|\s+(?:và|hoặc|or)\s+)"));
    const QStringList parts = cell.split(separators, Qt::SkipEmptyParts);
    QStringList valid;
    for (const QString &part : parts) {
        if (const auto number = phone::normalize(part))
            valid.append(number.value());
    }
    if (parts.size() >= 2 && !valid.isEmpty()) {
        draft.checkpoint.phone = valid.first();
        draft.otherPhones = valid.mid(1);
        return;
    }
    // Numbers among words: "0912 345 678 (anh Nam)", "ĐT: 0271.3870.123". The words stay, in the
    // description; a cell with no number in it is refused with its reason by CheckpointChecks.
    static const QRegularExpression number(QStringLiteral(R"(\+?\d[\d .\-()]{7,}\d)"));
    QStringList found;
    QString words = cell;
    for (auto it = number.globalMatch(cell); it.hasNext();) {
        const auto match = it.next();
        if (const auto phone = phone::normalize(match.captured(0))) {
            found.append(phone.value());
            words.replace(match.captured(0), QStringLiteral(" "));
        }
    }
    if (found.isEmpty()) {
        draft.checkpoint.phone = cell;
        return;
    }
    draft.checkpoint.phone = found.first();
    draft.otherPhones = found.mid(1);
    static const QRegularExpression punctuation(QStringLiteral(R"(^[\s,;:/()\-–]+|[\s,;:/()\-–]+$)"));
    words = words.simplified().remove(punctuation);
    if (!words.isEmpty() && text::foldKey(words) != QLatin1String("dt") &&
        text::foldKey(words) != QLatin1String("sdt"))
        draft.phoneNote = words;
}

QString RegisterRowReader::derivedAddress(const Row &row, const AdminUnit &commune) const {
    QStringList parts;
    QString hamlet = text(row, QStringLiteral("hamlet"));
    if (!hamlet.isEmpty() && !intake::ReportRows::isNothing(hamlet)) {
        if (!m_hamletPrefix.isEmpty() && !startsWithHamletWord(hamlet))
            hamlet = m_hamletPrefix + u' ' + hamlet;
        parts.append(hamlet);
    }
    parts.append(commune.nameWithType);
    if (!commune.parentNameWithType.isEmpty())
        parts.append(commune.parentNameWithType);
    return parts.join(QStringLiteral(", "));
}

Result<QDate> RegisterRowReader::dayOf(const Row &row, const QString &key) const {
    const auto parts = intake::parseDateTime(text(row, key), m_dateOrder);
    if (!parts)
        return Error{parts.error().message, {}, 0, key};
    return QDate(parts->year, parts->month, parts->day);
}

Status RegisterRowReader::locationOf(const Row &row, Checkpoint &c) const {
    bool latOk = true, lonOk = true;
    if (has(QStringLiteral("location")) && !text(row, QStringLiteral("location")).isEmpty()) {
        // "11.78, 107.24" or "11.78 107.24"; with decimal commas only when split by a semicolon or space.
        static const QRegularExpression pair(
            QStringLiteral(R"(^\s*(-?\d+(?:[.,]\d+)?)\s*[,; ]\s*(-?\d+(?:[.,]\d+)?)\s*$)"));
        static const QRegularExpression dotted(
            QStringLiteral(R"(^\s*(-?\d+(?:\.\d+)?)\s*[,; ]\s*(-?\d+(?:\.\d+)?)\s*$)"));
        const QString written = text(row, QStringLiteral("location"));
        auto m = dotted.match(written);
        if (!m.hasMatch())
            m = pair.match(written);
        if (!m.hasMatch())
            return makeError(
                tr("%1 is not a position (write latitude, longitude)").arg(text::quoted(written)), {}, 0,
                QStringLiteral("location"));
        c.latitude = parseCoordinate(m.captured(1), latOk);
        c.longitude = parseCoordinate(m.captured(2), lonOk);
    } else if (has(QStringLiteral("lat")) || has(QStringLiteral("lon"))) {
        c.latitude = parseCoordinate(text(row, QStringLiteral("lat")), latOk);
        c.longitude = parseCoordinate(text(row, QStringLiteral("lon")), lonOk);
    }
    if (!latOk || !lonOk)
        return makeError(tr("the position is not a number"), {}, 0, QStringLiteral("location"));
    return success();
}

Result<RegisterDraft> RegisterRowReader::read(const Row &row, const SectionContext &context) const {
    RegisterDraft draft;
    Checkpoint &c = draft.checkpoint;
    c.name = text(row, QStringLiteral("name"));
    if (c.name.isEmpty())
        return makeError(tr("the checkpoint's name is missing"), {}, 0, QStringLiteral("name"));
    auto commune = communeOf(row, context);
    if (!commune)
        return commune.error();
    c.code = text(row, QStringLiteral("code"));
    c.communeCode = commune->code;
    c.communeName = commune->nameWithType;
    c.districtName = commune->parentNameWithType;
    c.address = text(row, QStringLiteral("address"));
    if (c.address.isEmpty() || intake::ReportRows::isNothing(c.address)) {
        c.address = derivedAddress(row, commune.value());
        draft.addressDerived = true;
    }
    draft.hasType = has(QStringLiteral("type"));
    c.typeName = text(row, QStringLiteral("type"));
    if (has(QStringLiteral("phone")))
        readPhone(text(row, QStringLiteral("phone")), draft);
    c.description = text(row, QStringLiteral("description"));
    if (!draft.phoneNote.isEmpty()) {
        // Stored as the office's data, in Vietnamese whatever the interface language.
        const QString note = QStringLiteral("Liên hệ: %1").arg(draft.phoneNote);
        c.description = c.description.isEmpty() ? note : c.description + QStringLiteral(". ") + note;
    }
    if (!draft.otherPhones.isEmpty()) {
        // Stored as the office's data, in Vietnamese whatever the interface language.
        const QString others =
            QStringLiteral("Số điện thoại khác: %1").arg(draft.otherPhones.join(QStringLiteral(", ")));
        c.description = c.description.isEmpty() ? others : c.description + QStringLiteral(". ") + others;
    }
    if (has(QStringLiteral("qr_payload"))) {
        // An export carries the printed payload; one made from the office's template was never issued.
        const bool fromTemplate =
            text::foldKey(text(row, QStringLiteral("qr_source"))) == QLatin1String("template");
        c.issuedQrPayload = fromTemplate ? QString() : text(row, QStringLiteral("qr_payload"));
    }
    c.parentCode = text(row, QStringLiteral("parent_code"));
    if (auto location = locationOf(row, c); !location)
        return location.error();
    if (has(QStringLiteral("status"))) {
        const QString written = text(row, QStringLiteral("status"));
        const auto status =
            written.isEmpty() ? std::optional(Checkpoint::Status::Active) : statusFromKey(written);
        if (!status)
            return makeError(tr("%1 is not a status (active or closed)").arg(text::quoted(written)), {}, 0,
                             QStringLiteral("status"));
        c.status = *status;
    }
    for (const auto &[key, target] : {std::pair{QStringLiteral("closed_on"), &c.closedOn},
                                      std::pair{QStringLiteral("registered_on"), &c.registeredOn}}) {
        if (!has(key) || intake::ReportRows::isNothing(text(row, key)))
            continue;
        const auto day = dayOf(row, key);
        if (!day)
            return day.error();
        *target = day.value();
    }
    if (c.closedOn.isValid() && !has(QStringLiteral("status")))
        c.status = Checkpoint::Status::Closed;
    return draft;
}

} // namespace cd
