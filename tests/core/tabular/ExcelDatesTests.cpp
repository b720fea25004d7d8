// SPDX-License-Identifier: GPL-3.0-or-later
#include "TabularTestSupport.h"
#include "tabular/ExcelDates.h"

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

using namespace cd::tabular;

TEST_CASE("tabular: number formats that show dates", "[tabular][xlsx][dates]") {
    CHECK(builtInDateKind(14) == DateKind::Date);
    CHECK(builtInDateKind(20) == DateKind::Time);
    CHECK(builtInDateKind(22) == DateKind::DateTime);
    CHECK(builtInDateKind(46) == DateKind::Time);
    CHECK(builtInDateKind(0) == DateKind::None);
    CHECK(builtInDateKind(4) == DateKind::None);

    CHECK(dateKindOfFormat(u"dd/mm/yyyy") == DateKind::Date);
    CHECK(dateKindOfFormat(u"[$-42A]dd/mm/yyyy;@") == DateKind::Date);
    CHECK(dateKindOfFormat(u"mmm-yy") == DateKind::Date);
    CHECK(dateKindOfFormat(u"d/m/yyyy h:mm AM/PM") == DateKind::DateTime);
    CHECK(dateKindOfFormat(u"hh:mm") == DateKind::Time);
    CHECK(dateKindOfFormat(u"[h]:mm:ss") == DateKind::Time);
    CHECK(dateKindOfFormat(u"mm:ss.0") == DateKind::Time);
    CHECK(dateKindOfFormat(u"General") == DateKind::None);
    CHECK(dateKindOfFormat(u"0.00E+00") == DateKind::None);
    CHECK(dateKindOfFormat(u"#,##0 \"đ/ngày\"") == DateKind::None);
    CHECK(dateKindOfFormat(u"[Red]#,##0;[Blue]\\-#,##0") == DateKind::None);
    CHECK(dateKindOfFormat(u"0\\d") == DateKind::None);
    CHECK(dateKindOfFormat(u"@") == DateKind::None);
}

TEST_CASE("tabular: Excel serial numbers as dates", "[tabular][xlsx][dates]") {
    CHECK(excelSerialToValue(44432, DateKind::Date, false) == QVariant(QDate(2021, 8, 24)));
    CHECK(excelSerialToValue(44432 - 1462, DateKind::Date, true) == QVariant(QDate(2021, 8, 24)));
    CHECK(excelSerialToValue(44432.75, DateKind::DateTime, false) ==
          QVariant(QDateTime(QDate(2021, 8, 24), QTime(18, 0), QTimeZone::utc())));
    // Rounded to the second; 23:59:59.9 rolls over to the next day.
    CHECK(excelSerialToValue(44432.999999, DateKind::DateTime, false) ==
          QVariant(QDateTime(QDate(2021, 8, 25), QTime(0, 0), QTimeZone::utc())));
    CHECK(excelSerialToValue(0.5, DateKind::Time, false) == QVariant(QTime(12, 0)));
    CHECK(excelSerialToValue(1, DateKind::Date, false) == QVariant(QDate(1900, 1, 1)));
    CHECK(excelSerialToValue(59, DateKind::Date, false) == QVariant(QDate(1900, 2, 28)));
    CHECK(excelSerialToValue(61, DateKind::Date, false) == QVariant(QDate(1900, 3, 1)));
    CHECK_FALSE(excelSerialToValue(-1, DateKind::Date, false).isValid());
    CHECK_FALSE(excelSerialToValue(3e6, DateKind::Date, false).isValid());
    CHECK_FALSE(excelSerialToValue(44432, DateKind::None, false).isValid());

    CHECK(dateValueText(QDate(2021, 8, 24)) == QStringLiteral("2021-08-24"));
    CHECK(dateValueText(QDateTime(QDate(2021, 8, 24), QTime(7, 5, 9))) ==
          QStringLiteral("2021-08-24 07:05:09"));
    CHECK(dateValueText(QTime(7, 5)) == QStringLiteral("07:05:00"));
}
