// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "units/AdminUnitRepository.h"
#include "units/OfficeScope.h"
#include "units/UnitAliases.h"

using namespace cd;

namespace {
QString codeOf(const UnitMatcher &matcher, const QString &name) {
    const auto unit = matcher.match(name);
    if (!unit) {
        UNSCOPED_INFO(unit.error().message.toStdString());
        return {};
    }
    return unit->code;
}
} // namespace

TEST_CASE("the bundled list holds every province, district and commune", "[units]") {
    auto db = test::memoryWorkspace();
    AdminUnitRepository units(db->connection());
    CHECK(units.count() == 63 + 705 + 10599);
    CHECK(units.provinces().size() == 63);
    const auto bu = units.unit(QStringLiteral("696"));
    REQUIRE(bu);
    CHECK(bu->nameWithType == QStringLiteral("Huyện Bù Đăng"));
    CHECK(bu->parentCode == QStringLiteral("70"));
}

TEST_CASE("the Bù Đăng demo lists the annex's 16 communes in the annex's order", "[units]") {
    auto db = test::demoWorkspace();
    OfficeScope scope(db->connection());
    const AdminUnits communes = scope.communes();
    REQUIRE(communes.size() == 16);
    CHECK(communes.first().code == QStringLiteral("25426")); // Xã Đăng Hà, first in the annex
    CHECK(communes[1].name == QStringLiteral("Thống Nhất"));
    CHECK(communes.last().code == QStringLiteral("25399")); // Xã Đak Nhau, last

    REQUIRE(scope.resetOrder().ok());
    CHECK(scope.communes().first().code == QStringLiteral("25396")); // code order: Thị trấn Đức Phong
}

TEST_CASE("the matcher resolves names as people write them", "[units]") {
    auto db = test::demoWorkspace();
    const UnitMatcher matcher = OfficeScope(db->connection()).communeMatcher();

    CHECK(codeOf(matcher, QStringLiteral("Thông Nhất")) == QStringLiteral("25420")); // annex's spelling
    CHECK(codeOf(matcher, QStringLiteral("Xã Thông Nhất")) == QStringLiteral("25420"));
    CHECK(codeOf(matcher, QStringLiteral("TT Đức Phong")) == QStringLiteral("25396"));
    CHECK(codeOf(matcher, QStringLiteral("TT.Đức Phong")) == QStringLiteral("25396"));
    CHECK(codeOf(matcher, QStringLiteral("Thị trấn Đức Phong")) == QStringLiteral("25396"));
    CHECK(codeOf(matcher, QStringLiteral("xã đăng hà")) == QStringLiteral("25426"));
    CHECK(codeOf(matcher, QStringLiteral("Đăng Hà").normalized(QString::NormalizationForm_D)) ==
          QStringLiteral("25426"));
    CHECK(codeOf(matcher, QStringLiteral("XA DUONG 10")) == QStringLiteral("25398"));
    CHECK(codeOf(matcher, QStringLiteral("25405")) == QStringLiteral("25405"));
}

TEST_CASE("tone marks in old and new placement match the same unit", "[units]") {
    auto db = test::memoryWorkspace();
    AdminUnitRepository units(db->connection());
    // Hoà Bình province is written "Hòa Bình" in the list.
    const UnitMatcher provinces(units.provinces(), QStringLiteral("Việt Nam"));
    CHECK(codeOf(provinces, QStringLiteral("Tỉnh Hoà Bình")) == QStringLiteral("17"));
    CHECK(codeOf(provinces, QStringLiteral("hòa bình")) == QStringLiteral("17"));
    CHECK(codeOf(provinces, QStringLiteral("TP Hồ Chí Minh")) == QStringLiteral("79"));
}

TEST_CASE("unknown and ambiguous names are errors listing the candidates", "[units]") {
    auto db = test::memoryWorkspace();
    OfficeScope scope(db->connection());
    const auto configured = scope.configure(QStringLiteral("Bình Phước"), QString());
    INFO((configured.ok() ? QString() : configured.error().message).toStdString());
    REQUIRE(configured.ok());
    const UnitMatcher matcher = scope.communeMatcher();

    // Minh Hưng is a commune of both Bù Đăng and Chơn Thành.
    const auto ambiguous = matcher.match(QStringLiteral("Minh Hưng"));
    REQUIRE_FALSE(ambiguous.ok());
    CHECK(ambiguous.error().message.contains(QStringLiteral("25408")));
    CHECK(ambiguous.error().message.contains(QStringLiteral("ambiguous")));

    const auto unknown = matcher.match(QStringLiteral("Đăng Hòa"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QStringLiteral("Đăng Hà")));
}

TEST_CASE("a database keeps the scope it was given", "[units]") {
    auto db = test::demoWorkspace();
    OfficeScope scope(db->connection());
    CHECK(scope.configure(QStringLiteral("Bình Phước"), QStringLiteral("Bù Đăng")).ok());
    const auto other = scope.configure(QStringLiteral("Hà Nội"), QStringLiteral("Ba Đình"));
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().message.contains(QStringLiteral("Bù Đăng")));
    CHECK(scope.current()->district->code == QStringLiteral("696"));
}

TEST_CASE("unit names written every way offices write them resolve to their unit", "[units]") {
    auto db = test::demoWorkspace();
    const UnitMatcher matcher = OfficeScope(db->connection()).communeMatcher();
    // Xã Đăng Hà 25426, Thị trấn Đức Phong 25396, Xã Bom Bo 25405, Xã Thống Nhất 25420.
    for (const char *written :
         {"X. Đăng Hà", "X.Đăng Hà", "X Đăng Hà", "x.dang ha", "XÃ ĐĂNG HÀ", "  Xã   Đăng  Hà ", "Đăng Hà",
          "DANG HA", "Xã Đăng Hà, Huyện Bù Đăng", "Đăng Hà - Bù Đăng - Bình Phước", "Xã Đăng Hà (Bù Đăng)"}) {
        INFO(written);
        CHECK(codeOf(matcher, QString::fromUtf8(written)) == QStringLiteral("25426"));
    }
    for (const char *written : {"TT.Đức Phong", "TT Đức Phong", "Tt. Đức Phong", "thi tran duc phong",
                                "TT. ĐỨC PHONG", "T.Trấn Đức Phong", "TTĐức Phong"})
        CHECK(codeOf(matcher, QString::fromUtf8(written)) == QStringLiteral("25396"));
    CHECK(codeOf(matcher, QStringLiteral("X. Bom Bo").normalized(QString::NormalizationForm_D)) ==
          QStringLiteral("25405"));
    CHECK(codeOf(matcher, QStringLiteral("Thong Nhat")) == QStringLiteral("25420"));
}

TEST_CASE("an abbreviation glued to a name with an apostrophe is still cut off", "[units]") {
    auto db = test::memoryWorkspace();
    AdminUnitRepository units(db->connection());
    // Huyện Đơn Dương (Lâm Đồng) has Thị trấn D'Ran, 24928.
    const UnitMatcher communes(units.children(QStringLiteral("677")), QStringLiteral("Huyện Đơn Dương"));
    for (const char *written : {"TTD'Ran", "TT.D'Ran", "TT D'RAN", "Thị trấn D'Ran", "d'ran"})
        CHECK(codeOf(communes, QString::fromUtf8(written)) == QStringLiteral("24928"));
}

TEST_CASE("numbered wards are found with or without leading zeros and abbreviations", "[units]") {
    auto db = test::memoryWorkspace();
    AdminUnitRepository units(db->connection());
    // Thành phố Vũng Tàu (747) has Phường 1 to Phường 12.
    const UnitMatcher wards(units.children(QStringLiteral("747")), QStringLiteral("Thành phố Vũng Tàu"));
    const auto one = wards.match(QStringLiteral("Phường 1"));
    REQUIRE(one.ok());
    for (const char *written : {"P1", "P.1", "P.01", "P 01", "Phường 01", "phuong 1", "F1", "1", "01"}) {
        INFO(written);
        CHECK(codeOf(wards, QString::fromUtf8(written)) == one->code);
    }
    CHECK(codeOf(wards, QStringLiteral("P10")) != one->code);
    CHECK_FALSE(codeOf(wards, QStringLiteral("P10")).isEmpty());
}

TEST_CASE("a name several districts share is resolved by the district, or refused listing them", "[units]") {
    auto db = test::memoryWorkspace();
    OfficeScope scope(db->connection());
    REQUIRE(scope.configure(QStringLiteral("Cao Bằng"), QString()).ok());
    const UnitMatcher communes = scope.communeMatcher();
    const auto ambiguous = communes.match(QStringLiteral("Quang Trung"));
    REQUIRE_FALSE(ambiguous.ok());
    CHECK(ambiguous.error().message.contains(QStringLiteral("ambiguous")));
    const UnitMatcher districts = scope.reportingUnitMatcher();
    for (const char *written : {"H. Hoà An", "Huyện Hòa An", "hoa an", "HOÀ AN"})
        CHECK(codeOf(districts, QString::fromUtf8(written)) == QStringLiteral("051"));
    for (const char *written : {"TP Cao Bằng", "TP. Cao Bằng", "Thành phố Cao Bằng", "Tp Cao Bang"})
        CHECK(codeOf(districts, QString::fromUtf8(written)) == QStringLiteral("040"));
    // Within a district the name is one commune; the cell may say the district itself.
    const auto inCell = communes.match(QStringLiteral("Quang Trung, Huyện Hòa An"));
    const auto inCell2 = communes.match(QStringLiteral("Xã Quang Trung - H. Hoà An"));
    REQUIRE(inCell.ok());
    REQUIRE(inCell2.ok());
    CHECK(inCell->code == inCell2->code);
    CHECK(inCell->parentCode == QStringLiteral("051"));
}

TEST_CASE("names the office picked for a unit are read as that unit", "[units]") {
    auto db = test::demoWorkspace();
    REQUIRE(UnitAliases(db->connection()).set(QStringLiteral("Xã Đăng Hà cũ"), QStringLiteral("25426")).ok());
    UnitMatcher matcher = OfficeScope(db->connection()).communeMatcher();
    CHECK_FALSE(matcher.match(QStringLiteral("Xã Đăng Hà cũ")).ok());
    matcher.addAliases(UnitAliases(db->connection()).all().value());
    CHECK(codeOf(matcher, QStringLiteral("xã đăng hà cũ")) == QStringLiteral("25426"));
    CHECK_FALSE(UnitAliases(db->connection()).set(QStringLiteral("X"), QStringLiteral("99999")).ok());
}
