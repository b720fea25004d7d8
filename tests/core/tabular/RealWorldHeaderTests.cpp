// SPDX-License-Identifier: GPL-3.0-or-later
// Headers as offices write them, with the vocabulary's synonyms (resources/vocabulary/headers.json).
#include "TabularTestSupport.h"
#include "tabular/HeaderDetector.h"

using namespace cd;
using namespace cd::tabular;
using cd::test::openOrFail;

namespace {

Result<ColumnMapping> registryHeader(const QByteArray &csv, const ColumnOverrides &overrides = {}) {
    auto reader = openOrFail(csv, QStringLiteral("so-dang-ky.csv"));
    return detectHeader(*reader, headerSpecFor(QStringLiteral("registry"), {QStringLiteral("name")}),
                        overrides);
}

} // namespace

TEST_CASE("tabular: a header holding a synonym among other words finds its field", "[tabular][header]") {
    for (const char *phone :
         {"SĐT liên hệ", "Số ĐT", "Điện thoại di động", "Phone number", "SỐ ĐIỆN THOẠI LIÊN HỆ (*)",
          "So dien thoai chu co so", "Điện thoại cố định/di động"}) {
        INFO(phone);
        const auto mapping =
            registryHeader(QByteArray("STT;Tên cơ sở;") + phone + ";Xã/Phường\n1;Chợ A;0912345678;Đăng Hà\n");
        REQUIRE(mapping.ok());
        CHECK(mapping->column(QStringLiteral("phone")) == 2);
        CHECK(mapping->column(QStringLiteral("name")) == 1);
        CHECK(mapping->column(QStringLiteral("commune")) == 3);
    }
}

TEST_CASE("tabular: the longest synonym a header holds wins, and a tie between fields places neither",
          "[tabular][header]") {
    auto reader =
        openOrFail("Ngày giờ quét,Mã điểm,SĐT\n24/08/2021 08:00,A,0912345678\n", QStringLiteral("q.csv"));
    const auto scans = detectHeader(*reader, headerSpecFor(QStringLiteral("scans")));
    REQUIRE(scans.ok());
    CHECK(scans->column(QStringLiteral("time")) == 0);
    CHECK(scans->column(QStringLiteral("date")) == -1);
    CHECK(scans->column(QStringLiteral("clock")) == -1);

    // "Mã số thuế" holds "Mã số", but is ignored; "Tên xã" is the commune by its own synonym.
    const auto mapping =
        registryHeader("Mã số thuế;Tên cơ sở;Tên xã;Địa chỉ email\n0101;Chợ A;Đăng Hà;a@b.vn\n");
    REQUIRE(mapping.ok());
    CHECK(mapping->column(QStringLiteral("code")) == -1);
    CHECK(mapping->column(QStringLiteral("commune")) == 2);
    CHECK(mapping->column(QStringLiteral("address")) == -1);
    CHECK(mapping->unmappedHeaders ==
          QStringList{QStringLiteral("Mã số thuế"), QStringLiteral("Địa chỉ email")});
}

TEST_CASE("tabular: a header over two rows with a merged banner is read as one", "[tabular][header]") {
    // As Excel saves a report: "Địa bàn" merged over two columns keeps its text in the first.
    const QByteArray csv = "ỦY BAN NHÂN DÂN HUYỆN BÙ ĐĂNG;;;;;\n"
                           "DANH SÁCH ĐIỂM KIỂM DỊCH;;;;;\n"
                           "STT;Tên điểm;Địa bàn;;Loại hình;Số điện thoại\n"
                           ";;Xã;Thôn/Ấp;;\n"
                           "(1);(2);(3);(4);(5);(6)\n"
                           "1;Chợ Đăng Hà;Đăng Hà;Thôn 3;Chợ;0912345678\n";
    auto reader = openOrFail(csv, QStringLiteral("bao-cao.csv"));
    const auto mapping =
        detectHeader(*reader, headerSpecFor(QStringLiteral("registry"), {QStringLiteral("name")}));
    REQUIRE(mapping.ok());
    CHECK(mapping->headerLine == 4);
    CHECK(mapping->column(QStringLiteral("name")) == 1);
    CHECK(mapping->column(QStringLiteral("commune")) == 2);
    CHECK(mapping->column(QStringLiteral("hamlet")) == 3);
    CHECK(mapping->column(QStringLiteral("type")) == 4);
    CHECK(mapping->column(QStringLiteral("phone")) == 5);
    CHECK(mapping->headers.mid(0, 4) == QStringList{QStringLiteral("STT"), QStringLiteral("Tên điểm"),
                                                    QStringLiteral("Xã"), QStringLiteral("Thôn/Ấp")});
    Row row;
    REQUIRE(*reader->next(row));
    CHECK(row.line == 5); // the column numbers: the importer sets them aside
}

TEST_CASE("tabular: a header and its first data row are never taken for a two-row header",
          "[tabular][header]") {
    const auto mapping = registryHeader("Tên điểm;Xã;SĐT\nChợ Đăng Hà;Xã Đăng Hà;0912345678\n");
    REQUIRE(mapping.ok());
    CHECK(mapping->headerLine == 1);
}

TEST_CASE("tabular: columns placed by hand override the guess, by header, letter or number",
          "[tabular][header]") {
    const QByteArray csv = "Tên cơ sở;Liên lạc;Nơi đặt;Ghi chú\nChợ A;0912345678;Đăng Hà;x\n";
    const auto guessed = registryHeader(csv);
    REQUIRE(guessed.ok());
    CHECK(guessed->column(QStringLiteral("phone")) == -1);

    const auto byHeader = registryHeader(csv, {{QStringLiteral("phone"), QStringLiteral("lien lac")},
                                               {QStringLiteral("commune"), QStringLiteral("C")}});
    REQUIRE(byHeader.ok());
    CHECK(byHeader->column(QStringLiteral("phone")) == 1);
    CHECK(byHeader->column(QStringLiteral("commune")) == 2);

    const auto byNumber = registryHeader(csv, {{QStringLiteral("description"), QStringLiteral("2")}});
    REQUIRE(byNumber.ok());
    CHECK(byNumber->column(QStringLiteral("description")) == 1); // taken from "Ghi chú"'s guess too
    CHECK(byNumber->column(QStringLiteral("name")) == 0);

    const auto unknownField = registryHeader(csv, {{QStringLiteral("telephone"), QStringLiteral("B")}});
    REQUIRE_FALSE(unknownField.ok());
    CHECK(unknownField.error().message.contains(QStringLiteral("telephone")));
    const auto unknownColumn = registryHeader(csv, {{QStringLiteral("phone"), QStringLiteral("Điện thoại")}});
    REQUIRE_FALSE(unknownColumn.ok());
    CHECK(unknownColumn.error().message.contains(QStringLiteral("Liên lạc")));
}

TEST_CASE("tabular: fields a wrong guess would spoil take whole headers only", "[tabular][header]") {
    // "Địa điểm đặt mã QR" holds "Mã QR", "Vị trí đặt mã" holds "Vị trí", "TT" is the row number.
    const auto mapping =
        registryHeader("TT;Tên đơn vị;Vị trí đặt mã;Mã QR cũ;Xã\n1;Chợ A;Cổng chợ;x;Đăng Hà\n");
    REQUIRE(mapping.ok());
    CHECK(mapping->column(QStringLiteral("code")) == -1);
    CHECK(mapping->column(QStringLiteral("location")) == -1);
    CHECK(mapping->column(QStringLiteral("qr_payload")) == -1);
    CHECK(mapping->column(QStringLiteral("name")) == 1);
    const auto address = registryHeader("Tên đơn vị;Địa điểm đặt mã QR;Xã\nChợ A;Cổng chợ;Đăng Hà\n");
    REQUIRE(address.ok());
    CHECK(address->column(QStringLiteral("address")) == 1);
    for (const auto &field : headerSpecFor(QStringLiteral("registry")).fields) {
        if (field.key == QLatin1String("qr_payload") || field.key == QLatin1String("code"))
            CHECK_FALSE(field.contained);
        if (field.key == QLatin1String("phone"))
            CHECK(field.contained);
    }
}
