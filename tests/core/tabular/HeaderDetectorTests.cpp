// SPDX-License-Identifier: GPL-3.0-or-later
#include "TabularTestSupport.h"
#include "tabular/HeaderDetector.h"

#include <QJsonDocument>

using namespace cd;
using namespace cd::tabular;
using cd::test::openOrFail;

namespace {

QList<FieldSpec> checkpointFields() {
    return {
        {QStringLiteral("name"),
         {QStringLiteral("Tên điểm kiểm dịch"), QStringLiteral("Tên điểm"),
          QStringLiteral("Checkpoint name")},
         true},
        {QStringLiteral("phone"),
         {QStringLiteral("Số điện thoại"), QStringLiteral("SĐT"), QStringLiteral("Phone number"),
          QStringLiteral("Phone")},
         true},
        {QStringLiteral("commune"),
         {QStringLiteral("Xã/Phường/Thị trấn"), QStringLiteral("Xã"), QStringLiteral("Commune")},
         false},
        {QStringLiteral("since"), {QStringLiteral("Ngày lập"), QStringLiteral("Opened on")}, false},
    };
}

Result<ColumnMapping> detect(TableReader &reader) {
    return detectHeader(reader, checkpointFields());
}

} // namespace

TEST_CASE("tabular: the header is found below title rows", "[tabular][header]") {
    const QByteArray csv =
        "SỞ Y TẾ TỈNH BÌNH PHƯỚC;;;;\n"
        "DANH SÁCH ĐIỂM KIỂM DỊCH;;;;\n"
        "(Kèm theo công văn số 123/SYT, ngày 24/8/2021);;;;\n"
        ";;;;\n"
        "STT;Tên điểm kiểm dịch (*);Số điện thoại:;Xã / Phường / Thị trấn;Ngày lập (dd/mm/yyyy)\n"
        "(1);(2);(3);(4);(5)\n"
        "1;Chốt Đăng Hà;0912 345 678;Xã Đăng Hà;24/08/2021\n"
        "2;Chốt Đức Phong;+84912345678;Thị trấn Đức Phong;25/08/2021\n";
    auto reader = openOrFail(csv, QStringLiteral("syt.csv"));
    auto mapping = detect(*reader);
    REQUIRE(mapping.ok());
    CHECK(mapping->headerLine == 5);
    CHECK(mapping->column(QStringLiteral("name")) == 1);
    CHECK(mapping->column(QStringLiteral("phone")) == 2);
    CHECK(mapping->column(QStringLiteral("commune")) == 3);
    CHECK(mapping->column(QStringLiteral("since")) == 4);
    CHECK(mapping->unmappedHeaders == QStringList{QStringLiteral("STT")});

    // The reader goes on right after the header, even though the detector looked further ahead.
    Row row;
    REQUIRE(*reader->next(row));
    CHECK(row.line == 6);
    REQUIRE(*reader->next(row));
    CHECK(row.line == 7);
    CHECK(mapping->text(row, QStringLiteral("name")) == QStringLiteral("Chốt Đăng Hà"));
    CHECK(mapping->text(row, QStringLiteral("phone")) == QStringLiteral("0912 345 678"));
}

TEST_CASE("tabular: headers without diacritics, in English, or with odd tone placement",
          "[tabular][header]") {
    SECTION("no diacritics") {
        auto reader = openOrFail("Ten diem kiem dich,So dien thoai,Xa\nChốt A,0912345678,Đăng Hà\n",
                                 QStringLiteral("ascii.csv"));
        auto mapping = detect(*reader);
        REQUIRE(mapping.ok());
        CHECK(mapping->column(QStringLiteral("name")) == 0);
        CHECK(mapping->column(QStringLiteral("phone")) == 1);
        CHECK(mapping->column(QStringLiteral("commune")) == 2);
    }
    SECTION("English") {
        auto reader =
            openOrFail("Checkpoint Name,Commune,PHONE NUMBER,Opened on\nA,B,C,D\n", QStringLiteral("en.csv"));
        auto mapping = detect(*reader);
        REQUIRE(mapping.ok());
        CHECK(mapping->column(QStringLiteral("name")) == 0);
        CHECK(mapping->column(QStringLiteral("commune")) == 1);
        CHECK(mapping->column(QStringLiteral("phone")) == 2);
        CHECK(mapping->column(QStringLiteral("since")) == 3);
    }
    SECTION("an exact match wins over a diacritic-free one") {
        // "Xa" (far) and "Xã" (commune) fold to the same key.
        auto reader = openOrFail("Tên điểm;Xa;Xã;SĐT\nA;1;B;C\n", QStringLiteral("xa.csv"));
        auto mapping = detect(*reader);
        REQUIRE(mapping.ok());
        CHECK(mapping->column(QStringLiteral("commune")) == 2);
        CHECK(mapping->unmappedHeaders == QStringList{QStringLiteral("Xa")});
    }
    SECTION("old-style tone placement") {
        const QList<FieldSpec> fields = {
            {QStringLiteral("officer"), {QStringLiteral("Cán bộ phụ trách")}, true},
            {QStringLiteral("unit"), {QStringLiteral("Đơn vị phối hợp")}, true}};
        // "hợp" is the same either way; "Hoà" vs "Hòa" is the classic case.
        const QList<FieldSpec> hoa = {{QStringLiteral("peace"), {QStringLiteral("Tổ hòa giải")}, true},
                                      {QStringLiteral("officer"), {QStringLiteral("Cán bộ")}, true}};
        auto reader = openOrFail("Tổ hoà giải,Cán bộ\nx,y\n", QStringLiteral("hoa.csv"));
        auto mapping = detectHeader(*reader, hoa);
        REQUIRE(mapping.ok());
        CHECK(mapping->column(QStringLiteral("peace")) == 0);
        CHECK(mapHeaderRow(
                  Row{1, {QStringLiteral("CÁN BỘ PHỤ TRÁCH *"), QStringLiteral("đơn vị  phối-hợp")}, {}},
                  fields)
                  .columnOf.size() == 2);
    }
}

TEST_CASE("tabular: a missing required column is an error listing it and the headers found",
          "[tabular][header]") {
    auto reader =
        openOrFail("Danh sách\nTên điểm,Xã,Ghi chú\nChốt A,Đăng Hà,\n", QStringLiteral("thieu.csv"));
    auto mapping = detect(*reader);
    REQUIRE_FALSE(mapping.ok());
    const Error &error = mapping.error();
    CHECK(error.file == QStringLiteral("thieu.csv"));
    CHECK(error.line == 2);
    CHECK(error.message.contains(QStringLiteral("Số điện thoại")));
    CHECK_FALSE(error.message.contains(QStringLiteral("Tên điểm kiểm dịch")));
    CHECK(error.message.contains(QStringLiteral("Ghi chú")));
}

TEST_CASE("tabular: a table without a recognisable header is an error", "[tabular][header]") {
    auto reader = openOrFail("a,b,c\n1,2,3\n", QStringLiteral("la.csv"));
    auto mapping = detect(*reader);
    REQUIRE_FALSE(mapping.ok());
    CHECK(mapping.error().message.contains(QStringLiteral("No header row")));
    CHECK(mapping.error().message.contains(QStringLiteral("Tên điểm kiểm dịch")));

    auto blank = openOrFail(";;;\n;;\n", QStringLiteral("trong.csv"));
    auto none = detect(*blank);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message.contains(QStringLiteral("no rows")));
}

TEST_CASE("tabular: the preview shows the first data rows without consuming them", "[tabular][header]") {
    auto reader = openOrFail("Tên điểm,SĐT\nA,1\nB,2\nC,3\n", QStringLiteral("xem.csv"));
    REQUIRE(detect(*reader).ok());
    auto preview = reader->peek(2);
    REQUIRE(preview.ok());
    REQUIRE(preview->size() == 2);
    CHECK(preview->at(0).cells.front() == QStringLiteral("A"));
    CHECK(preview->at(1).cells.front() == QStringLiteral("B"));
    const auto rows = test::readAll(*reader);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].cells.front() == QStringLiteral("A"));
    CHECK(rows[2].cells.front() == QStringLiteral("C"));
}

TEST_CASE("tabular: a column mapping round-trips through JSON and can be corrected", "[tabular][header]") {
    ColumnMapping mapping = mapHeaderRow(Row{3,
                                             {QStringLiteral("STT"), QStringLiteral("Tên điểm"),
                                              QStringLiteral("Điện thoại"), QStringLiteral("SĐT")},
                                             {}},
                                         checkpointFields());
    CHECK(mapping.column(QStringLiteral("phone")) == 3);
    CHECK(mapping.unmappedHeaders == QStringList{QStringLiteral("STT"), QStringLiteral("Điện thoại")});

    mapping.setColumn(QStringLiteral("phone"), 2); // the user knows better
    CHECK(mapping.column(QStringLiteral("phone")) == 2);
    CHECK(mapping.unmappedHeaders == QStringList{QStringLiteral("STT"), QStringLiteral("SĐT")});
    mapping.setColumn(QStringLiteral("commune"), 2); // takes the column from phone
    CHECK(mapping.column(QStringLiteral("phone")) == -1);

    const QByteArray json = QJsonDocument(mapping.toJson()).toJson();
    auto restored = ColumnMapping::fromJson(QJsonDocument::fromJson(json).object());
    REQUIRE(restored.ok());
    CHECK(*restored == mapping);
    CHECK(restored->headerLine == 3);

    QJsonObject broken = mapping.toJson();
    broken.insert(QStringLiteral("columns"), QJsonObject{{QStringLiteral("name"), QStringLiteral("B")}});
    auto invalid = ColumnMapping::fromJson(broken);
    REQUIRE_FALSE(invalid.ok());
    CHECK(invalid.error().message.contains(QStringLiteral("name")));
    CHECK_FALSE(ColumnMapping::fromJson(QJsonObject{}).ok());
}
