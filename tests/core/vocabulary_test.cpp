// SPDX-License-Identifier: GPL-3.0-or-later
// Every entry of every vocabulary (resources/vocabulary/) does what its file says.
#include "TestSupport.h"

#include "common/VietnameseText.h"
#include "intake/ReportRows.h"
#include "registry/CheckpointTypes.h"
#include "tabular/HeaderDetector.h"
#include "tabular/OpenTable.h"
#include "units/AdminUnitRepository.h"
#include "units/UnitMatcher.h"
#include "vocabulary/Vocabulary.h"

#include <QDir>
#include <QFile>

using namespace cd;

namespace {

QString withoutDiacritics(const QString &text) {
    QString out;
    for (const QChar ch : text.normalized(QString::NormalizationForm_D)) {
        if (!ch.isMark())
            out += ch == QChar(0x0111) ? QChar(u'd') : ch == QChar(0x0110) ? QChar(u'D') : ch;
    }
    return out;
}

} // namespace

TEST_CASE("vocabulary: every header synonym finds its field, however it is written", "[vocabulary]") {
    for (const QString &importer : {QStringLiteral("registry"), QStringLiteral("scans")}) {
        const tabular::HeaderSpec spec = tabular::headerSpecFor(importer);
        REQUIRE(spec.fields.size() > 5);
        QHash<QString, QString> fieldOfKey; // a synonym under two fields would make headers ambiguous
        for (const tabular::FieldSpec &field : spec.fields) {
            for (const QString &synonym : field.synonyms) {
                INFO(QString(importer + QStringLiteral(": ") + field.key + QStringLiteral(" <- ") + synonym)
                         .toStdString());
                const QString key = text::wordKeys(synonym, false).join(QString());
                CHECK((!fieldOfKey.contains(key) || fieldOfKey.value(key) == field.key));
                fieldOfKey.insert(key, field.key);
                for (const QString &written : QStringList{synonym, synonym.toUpper() + QStringLiteral(" (*)"),
                                                          QStringLiteral("  ") + synonym + u':'}) {
                    const auto mapping = tabular::mapHeaderRow(
                        tabular::Row{1, {QStringLiteral("STT"), written}, {}}, spec.fields);
                    CHECK(mapping.column(field.key) == 1);
                }
            }
        }
    }
}

TEST_CASE("vocabulary: an ignored header is never taken for a field it contains", "[vocabulary]") {
    const tabular::HeaderSpec spec = tabular::headerSpecFor(QStringLiteral("registry"));
    for (const QString &ignored : spec.ignored) {
        INFO(ignored.toStdString());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.csv"));
        test::writeFile(path, (ignored + QStringLiteral(";Tên điểm;Xã\nx;Chợ A;Đăng Hà\n")).toUtf8());
        auto opened = tabular::openTable(path);
        REQUIRE(opened.ok());
        const auto mapping = tabular::detectHeader(*opened.value(), spec);
        REQUIRE(mapping.ok());
        CHECK(mapping->unmappedHeaders.contains(ignored));
        CHECK(mapping->column(QStringLiteral("name")) == 1);
    }
}

TEST_CASE("vocabulary: every national type and synonym names its type, with or without diacritics",
          "[vocabulary]") {
    const auto &types = Vocabulary::instance().checkpointTypes();
    REQUIRE(types.size() == 14);
    CHECK(CheckpointTypes::defaults().first() == QStringLiteral("Cơ quan, đơn vị"));
    for (const auto &type : types) {
        for (const QString &written : QStringList{type.name} + type.synonyms) {
            INFO(QString(written + QStringLiteral(" -> ") + type.name).toStdString());
            CHECK(CheckpointTypes::nationalTypeFor(written) == type.name);
            CHECK(CheckpointTypes::nationalTypeFor(withoutDiacritics(written).toUpper()) == type.name);
        }
    }
    // Held among other words.
    CHECK(CheckpointTypes::nationalTypeFor(QStringLiteral("Cửa hàng tạp hóa Bà Tư")) ==
          QStringLiteral("Siêu thị, cửa hàng tiện lợi"));
    CHECK(CheckpointTypes::nationalTypeFor(QStringLiteral("Nhà văn hóa xóm")).isEmpty());
}

TEST_CASE("vocabulary: every unit type spelling before a name says the unit's type", "[vocabulary][units]") {
    auto db = test::memoryWorkspace();
    const AdminUnitRepository units(db->connection());
    // A unit of each type, and the others of its parent to tell it from.
    const AdminUnits provinces = units.provinces();
    QHash<QString, std::pair<AdminUnit, AdminUnits>> sample;
    sample.insert(QStringLiteral("Tỉnh"), {provinces.at(1), provinces});
    for (const AdminUnit &province : provinces) {
        const AdminUnits districts = units.children(province.code);
        for (const AdminUnit &district : districts) {
            if (!sample.contains(district.type))
                sample.insert(district.type, {district, districts});
            const AdminUnits communes = units.children(district.code);
            for (const AdminUnit &commune : communes) {
                if (!sample.contains(commune.type))
                    sample.insert(commune.type, {commune, communes});
            }
        }
    }
    for (const Vocabulary::UnitType &type : Vocabulary::instance().unitTypes()) {
        REQUIRE(sample.contains(type.type));
        const auto &[unit, siblings] = sample.value(type.type);
        const UnitMatcher matcher(siblings, unit.parentNameWithType);
        for (const QString &spelling : type.spellings) {
            for (const QString &written :
                 QStringList{spelling + QStringLiteral(". ") + unit.name, spelling + u' ' + unit.name,
                             spelling.toUpper() + u'.' + unit.name,
                             withoutDiacritics(spelling + u' ' + unit.name).toLower()}) {
                INFO(written.toStdString());
                const auto found = matcher.match(written);
                INFO((found ? QString() : found.error().message).toStdString());
                REQUIRE(found.ok());
                CHECK(found->code == unit.code);
            }
        }
    }
}

TEST_CASE("vocabulary: every short name of a unit finds it", "[vocabulary][units]") {
    auto db = test::memoryWorkspace();
    const UnitMatcher provinces(AdminUnitRepository(db->connection()).provinces(),
                                QStringLiteral("Việt Nam"));
    REQUIRE_FALSE(Vocabulary::instance().unitAliases().isEmpty());
    for (const auto &[written, code] : Vocabulary::instance().unitAliases()) {
        INFO(written.toStdString());
        const auto found = provinces.match(written);
        REQUIRE(found.ok());
        CHECK(found->code == code);
    }
}

TEST_CASE("vocabulary: totals, signature and placeholder phrases are recognised", "[vocabulary][report]") {
    for (const QString &phrase : Vocabulary::instance().totalsPhrases()) {
        INFO(phrase.toStdString());
        intake::ReportRows rows;
        CHECK(rows.classify(
                  tabular::Row{40, {QString(), phrase.toUpper(), QString(), QStringLiteral("189")}, {}}) ==
              intake::RowKind::Totals);
    }
    for (const QString &phrase : Vocabulary::instance().signaturePhrases()) {
        INFO(phrase.toStdString());
        intake::ReportRows rows;
        CHECK(rows.classify(
                  tabular::Row{41, {QString(), phrase.toUpper(), QString(), QStringLiteral("x")}, {}}) ==
              intake::RowKind::Signature);
    }
    for (const QString &phrase : Vocabulary::instance().nothingPhrases()) {
        INFO(phrase.toStdString());
        CHECK(intake::ReportRows::isNothing(phrase));
        CHECK(intake::ReportRows::isNothing(phrase.toUpper() + u' '));
    }
    CHECK_FALSE(intake::ReportRows::isNothing(QStringLiteral("0912345678")));
}

TEST_CASE("vocabulary: hamlet words make an address from a bare hamlet number", "[vocabulary]") {
    // Covered through the importer in registry_intake_test; here the list itself is sound.
    const QStringList &hamlets = Vocabulary::instance().hamletWords();
    CHECK(hamlets.contains(QStringLiteral("Thôn")));
    CHECK(hamlets.contains(QStringLiteral("Ấp")));
    for (const QString &hamlet : hamlets)
        CHECK_FALSE(text::wordKeys(hamlet, false).isEmpty());
}

TEST_CASE("vocabulary: a broken vocabulary file is named in the error", "[vocabulary]") {
    QTemporaryDir dir;
    for (const QString &file : {QStringLiteral("headers.json"), QStringLiteral("checkpoint-types.json"),
                                QStringLiteral("unit-names.json"), QStringLiteral("table-rows.json")})
        REQUIRE(QFile::copy(QStringLiteral(CD_RESOURCES_DIR "/vocabulary/") + file, dir.filePath(file)));
    QString error;
    const Vocabulary good = Vocabulary::load(dir.path(), &error);
    CHECK(error.isEmpty());
    CHECK(good.checkpointTypes().size() == 14);

    QFile::remove(dir.filePath(QStringLiteral("table-rows.json")));
    test::writeFile(dir.filePath(QStringLiteral("table-rows.json")), "{\"totals\": [\"Tổng\", 3]}");
    Vocabulary::load(dir.path(), &error);
    CHECK(error.contains(QStringLiteral("table-rows.json")));
}

TEST_CASE("report rows: column numbers and totals are told from data however they are written",
          "[vocabulary][report]") {
    const auto kindOf = [](const QStringList &cells) {
        intake::ReportRows rows;
        return rows.classify(tabular::Row{7, cells, {}});
    };
    using intake::RowKind;
    CHECK(kindOf({QStringLiteral("(1)"), QStringLiteral("(2)"), QStringLiteral("(3)"),
                  QStringLiteral("(4)")}) == RowKind::ColumnNumbers);
    CHECK(kindOf({QStringLiteral("1"), QStringLiteral("[2]"), QStringLiteral(" 3"), QStringLiteral("4 ")}) ==
          RowKind::ColumnNumbers);
    // Numbers that do not count up, or a cell that is no number, make no numbering row.
    CHECK(kindOf({QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("2")}) != RowKind::ColumnNumbers);
    CHECK(kindOf({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("x3")}) != RowKind::ColumnNumbers);
    // A scan's row: its number first, like a numbering row's, then a time.
    CHECK(kindOf({QStringLiteral("1"), QStringLiteral("04/01/2021 06:12:29"), QStringLiteral("25423-009"),
                  QStringLiteral("Trường Tiểu học Thảo Nguyên"), QStringLiteral("Xã Nghĩa Trung"),
                  QStringLiteral("K' Kim Phúc"), QString(), QStringLiteral("070014520342")}) ==
          RowKind::Data);
    // Totals in capitals, without diacritics, with a colon; a name that only begins like one is data.
    CHECK(kindOf({QStringLiteral("TỔNG CỘNG:"), QStringLiteral("189"), QStringLiteral("8.832")}) ==
          RowKind::Totals);
    CHECK(kindOf({QStringLiteral("Tong cong"), QStringLiteral("189"), QStringLiteral("8.832")}) ==
          RowKind::Totals);
    CHECK(kindOf({QStringLiteral("Cộng đồng dân cư thôn 3"), QStringLiteral("Xã Minh Hưng"),
                  QStringLiteral("12")}) == RowKind::Data);
}
