// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the unit-name matcher (units/UnitMatcher.h): UnitMatcher::nameKey, and match on
// matchers over the real administrative units, read once from the bundled list into an in-memory
// workspace as the tests do.
//
// The first byte is the mode (see FuzzInput.h), the rest a unit's name as a file wrote it:
//   0: nameKey alone;  1: the 63 provinces;  2: the 705 districts of the country;
//   3: the communes of Bình Phước (a provincial office: several share a name);
//   4: the 16 communes of Bù Đăng (a district office);  5: the wards of Quận 3, Hồ Chí Minh (numbered);
//   6, 7: as 1 and 2. nameKey is computed in every mode.
//
// Invariants (a broken one traps):
//  - nameKey and match do not care whether the text is NFC or NFD (documented);
//  - a match is one of the matcher's units, and its code matches that unit again;
//  - a refusal has a message.
#include "FuzzInput.h"

#include "Workspace.h"
#include "units/AdminUnitRepository.h"
#include "units/UnitMatcher.h"

#include <QCoreApplication>

using namespace cd;

namespace {

Database *g_database = nullptr; // kept to the end of the process
QList<UnitMatcher> g_matchers;  // by mode - 1

AdminUnits communesOf(const AdminUnitRepository &units, const QString &province) {
    AdminUnits all;
    for (const AdminUnit &district : units.children(province))
        all += units.children(district.code);
    return all;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
    static QCoreApplication app(*argc, *argv);
    auto database = openWorkspace(QStringLiteral(":memory:"));
    if (!database)
        qFatal("no workspace: %s", qPrintable(database.error().toString()));
    g_database = std::move(database).value().release();
    const AdminUnitRepository units(g_database->connection());
    AdminUnits districts;
    for (const AdminUnit &province : units.provinces())
        districts += units.children(province.code);
    g_matchers = {
        UnitMatcher(units.provinces(), QStringLiteral("Việt Nam")),
        UnitMatcher(districts, QStringLiteral("Việt Nam")),
        UnitMatcher(communesOf(units, QStringLiteral("70")), QStringLiteral("Tỉnh Bình Phước")),
        UnitMatcher(units.children(QStringLiteral("696")), QStringLiteral("Huyện Bù Đăng, Tỉnh Bình Phước")),
        UnitMatcher(units.children(QStringLiteral("770")), QStringLiteral("Quận 3, Thành phố Hồ Chí Minh")),
    };
    for (const UnitMatcher &matcher : std::as_const(g_matchers)) {
        if (matcher.candidates().isEmpty())
            qFatal("a matcher without units: the bundled list did not load");
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const fuzz::Input input = fuzz::inputOf(data, size);
    const QString &text = input.text;
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    for (const bool fold : {false, true})
        CD_FUZZ_CHECK(UnitMatcher::nameKey(text, fold) == UnitMatcher::nameKey(decomposed, fold));
    if (input.mode == 0)
        return 0;
    const UnitMatcher &matcher = g_matchers[(input.mode - 1) % 5];
    const auto unit = matcher.match(text);
    if (!unit) {
        CD_FUZZ_CHECK(!unit.error().message.isEmpty());
        CD_FUZZ_CHECK(!matcher.match(decomposed).ok());
        return 0;
    }
    CD_FUZZ_CHECK(matcher.candidates().contains(unit.value()));
    const auto again = matcher.match(decomposed);
    CD_FUZZ_CHECK(again && again->code == unit->code);
    const auto byCode = matcher.match(unit->code);
    CD_FUZZ_CHECK(byCode && byCode.value() == unit.value());
    return 0;
}
