// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "common/VietnameseText.h"
#include "common/VnFormat.h"

#include <QStringList>

#include <algorithm>

using namespace cd;

TEST_CASE("match keys ignore case, normalisation form and tone-mark placement", "[text]") {
    CHECK(text::matchKey(QStringLiteral("Hoà Bình")) == text::matchKey(QStringLiteral("hòa bình")));
    CHECK(text::matchKey(QStringLiteral("Thuỷ")) == text::matchKey(QStringLiteral("THỦY")));
    const QString decomposed = QStringLiteral("Đăng Hà").normalized(QString::NormalizationForm_D);
    CHECK(decomposed != QStringLiteral("Đăng Hà"));
    CHECK(text::matchKey(decomposed) == text::matchKey(QStringLiteral("Đăng Hà")));
    // Tones still count with diacritics.
    CHECK(text::matchKey(QStringLiteral("Thông Nhất")) != text::matchKey(QStringLiteral("Thống Nhất")));
    CHECK(text::foldKey(QStringLiteral("Thông Nhất")) == text::foldKey(QStringLiteral("Thống Nhất")));
    CHECK(text::foldKey(QStringLiteral("Đường 10")) == QStringLiteral("duong 10"));
    CHECK(text::normalized(QStringLiteral("  \u00D0ak   Nhau ")) == QStringLiteral("Đak Nhau"));
}

TEST_CASE("names sort in Vietnamese alphabetical order", "[text]") {
    QStringList names{QStringLiteral("Đức Phong"), QStringLiteral("Bom Bo"), QStringLiteral("Đak Nhau"),
                      QStringLiteral("Dung"),      QStringLiteral("Ân"),     QStringLiteral("An"),
                      QStringLiteral("Ăn")};
    const QCollator collator = text::vietnameseCollator();
    std::sort(names.begin(), names.end(), collator);
    // a < ă < â, and d < đ: Đ names come after every D name.
    CHECK(names == QStringList{QStringLiteral("An"), QStringLiteral("Ăn"), QStringLiteral("Ân"),
                               QStringLiteral("Bom Bo"), QStringLiteral("Dung"), QStringLiteral("Đak Nhau"),
                               QStringLiteral("Đức Phong")});
}

TEST_CASE("numbers and dates print the Vietnamese way", "[format]") {
    CHECK(format::number(8832) == QStringLiteral("8.832"));
    CHECK(format::number(189) == QStringLiteral("189"));
    CHECK(format::number(1234567) == QStringLiteral("1.234.567"));
    CHECK(format::number(-1000) == QStringLiteral("-1.000"));
    CHECK(format::decimal(1.25, 1) == QStringLiteral("1,3"));
    CHECK(format::decimal(12345.5, 2) == QStringLiteral("12.345,50"));
    CHECK(format::decimal(0.04, 1) == QStringLiteral("0,0"));
    CHECK(format::date(QDate(2021, 8, 24)) == QStringLiteral("24/08/2021"));
    CHECK(format::decreeDate(QDate(2020, 3, 5)) == QStringLiteral("ngày 05 tháng 3 năm 2020"));
    CHECK(format::decreeDate(QDate(2021, 2, 14)) == QStringLiteral("ngày 14 tháng 02 năm 2021"));
    CHECK(format::decreeDate(QDate(2021, 12, 1)) == QStringLiteral("ngày 01 tháng 12 năm 2021"));
}

TEST_CASE("dates are read as YYYY-MM-DD and dd/MM/yyyy", "[format]") {
    CHECK(format::parseDate(QStringLiteral("2021-08-24")).value() == QDate(2021, 8, 24));
    CHECK(format::parseDate(QStringLiteral("24/08/2021")).value() == QDate(2021, 8, 24));
    CHECK(format::parseDate(QStringLiteral("5/3/2020")).value() == QDate(2020, 3, 5));
    CHECK_FALSE(format::parseDate(QStringLiteral("31/02/2021")).ok());
    CHECK_FALSE(format::parseDate(QStringLiteral("08/24/2021")).ok());
    CHECK_FALSE(format::parseDate(QStringLiteral("yesterday")).ok());
}
