// SPDX-License-Identifier: GPL-3.0-or-later
// Dates, times, problem groups and legacy encodings as intake reads them.
#include "TestSupport.h"

#include "intake/DateTimeText.h"
#include "intake/ProblemList.h"
#include "scans/ScanTime.h"
#include "tabular/LegacyEncodings.h"
#include "tabular/OpenTable.h"

#include <QTimeZone>

using namespace cd;
using namespace cd::intake;

namespace {

// "Bù Đăng, Thống Nhất, Nghĩa Trung, Đồng Nai, Phước Sơn" as Excel on a Vietnamese Windows writes it
// (Windows-1258, tone marks apart) and in TCVN3, both made with glibc's iconv / Python's cp1258 codec.
const QString kNames = QStringLiteral("Bù Đăng, Thống Nhất, Nghĩa Trung, Đồng Nai, Phước Sơn");
const QByteArray kWindows1258 =
    QByteArray::fromHex("42f920d0e36e672c205468f4ec6e67204e68e2ec742c204e676869de61205472756e672c20d0f4cc6e67"
                        "204e61692c205068fdf5ec632053f56e");
const QByteArray kTcvn3 = QByteArray::fromHex("42ef20a7a86e672c205468e86e67204e68ca742c204e6768dc61205472756e"
                                              "672c20a7e56e67204e61692c205068aded632053ac6e");

qint64 vietnam(int y, int m, int d, int hh, int mm, int ss = 0) {
    return QDateTime(QDate(y, m, d), QTime(hh, mm, ss), QTimeZone(7 * 3600)).toSecsSinceEpoch();
}

qint64 readAs(const QString &text, DateOrder order = DateOrder::DayFirst) {
    const auto when = scantime::parse(text, vietnam(2026, 1, 1, 0, 0), order);
    if (!when) {
        UNSCOPED_INFO(when.error().message.toStdString());
        return -1;
    }
    return when.value();
}

} // namespace

TEST_CASE("intake: a date and time in every order and form exports write", "[intake][time]") {
    const qint64 expected = vietnam(2021, 8, 24, 8, 15);
    for (const char *written : {"24/08/2021 08:15",
                                "24/8/2021 8:15",
                                "24-08-2021 08:15:00",
                                "24.08.2021 08:15",
                                "2021-08-24 08:15:00",
                                "2021-08-24T08:15",
                                "2021-08-24T01:15:00Z",
                                "2021-08-24T08:15:00+07:00",
                                "2021-08-24T01:15:00+00:00",
                                "08:15 24/08/2021",
                                "08:15:00 - 24/08/2021",
                                "8h15 24/8/2021",
                                "08g15 ngày 24/08/2021",
                                "24/08/21 08:15",
                                "8:15 AM 24/08/2021",
                                "24/08/2021 08:15 SA",
                                "2021/08/24 08:15",
                                "44432.34375",
                                "1629767700",
                                "1629767700000"}) {
        INFO(written);
        CHECK(readAs(QString::fromUtf8(written)) == expected);
    }
    // With words, as web exports and typed documents write dates.
    for (const char *written :
         {"Tue Aug 24 2021 08:15:00 GMT+0700 (Indochina Time)", "Aug 24, 2021 8:15 AM", "24-Aug-2021 08:15",
          "24 August 2021 08:15", "Thứ Ba, 24/08/2021 08:15", "08:15 ngày 24 tháng 8 năm 2021",
          "lúc 08:15 ngày 24/08/2021", "T3, 24/08/2021 08:15", "24 Thg 8 2021 08:15"}) {
        INFO(written);
        CHECK(readAs(QString::fromUtf8(written)) == expected);
    }
    // A month written as a word is never read in the file's numeric order.
    CHECK(readAs(QStringLiteral("Aug 3, 2021 08:15"), DateOrder::MonthFirst) == vietnam(2021, 8, 3, 8, 15));
    CHECK(readAs(QStringLiteral("3 Aug 2021 08:15"), DateOrder::MonthFirst) == vietnam(2021, 8, 3, 8, 15));
    CHECK(readAs(QStringLiteral("24/08/2021 2:15 PM")) == vietnam(2021, 8, 24, 14, 15));
    CHECK(readAs(QStringLiteral("24/08/2021 02:15 CH")) == vietnam(2021, 8, 24, 14, 15));
    CHECK(readAs(QStringLiteral("24/08/2021 12:05 AM")) == vietnam(2021, 8, 24, 0, 5));
    CHECK(readAs(QStringLiteral("08/24/2021 08:15"), DateOrder::MonthFirst) == expected);
    for (const char *refused : {"24/08/2021", "44432", "32/08/2021 08:15", "24/08/2021 25:00", "tomorrow",
                                "2019-12-31 23:00", "2030-01-01 00:00", "13:15 PM 24/08/2021"}) {
        INFO(refused);
        CHECK(readAs(QString::fromUtf8(refused)) == -1);
    }
    CHECK(scantime::parse(QStringLiteral("24/08/2021"), vietnam(2026, 1, 1, 0, 0))
              .error()
              .message.contains(QStringLiteral("no time")));
}

TEST_CASE("intake: a time column beside a date column", "[intake][time]") {
    for (const char *written : {"08:15", "8:15:00", "8h15", "08:15 SA", "0.34375"}) {
        INFO(written);
        const auto parts = parseTimeOfDay(QString::fromUtf8(written));
        REQUIRE(parts.ok());
        CHECK(parts->hour == 8);
        CHECK(parts->minute == 15);
    }
    CHECK_FALSE(parseTimeOfDay(QStringLiteral("24/08/2021")).ok());
}

TEST_CASE("intake: a file's date order is decided by its values", "[intake][time]") {
    CHECK(orderHint(QStringLiteral("24/08/2021")) == OrderHint::DayFirst);
    CHECK(orderHint(QStringLiteral("08/24/2021 7:00")) == OrderHint::MonthFirst);
    CHECK(orderHint(QStringLiteral("07:00 08/24/2021")) == OrderHint::MonthFirst);
    CHECK(orderHint(QStringLiteral("03/04/2021")) == OrderHint::Either);
    CHECK(orderHint(QStringLiteral("2021-08-24")) == OrderHint::None);

    DateOrderEvidence none;
    none.note(2, QStringLiteral("03/04/2021 08:00"));
    CHECK(none.decide(DateOrder::Automatic) == DateOrder::DayFirst);
    CHECK(none.assumed(DateOrder::Automatic));
    CHECK_FALSE(none.assumed(DateOrder::MonthFirst));

    DateOrderEvidence us;
    us.note(2, QStringLiteral("03/04/2021 08:00"));
    us.note(3, QStringLiteral("03/24/2021 08:00"));
    CHECK(us.decide(DateOrder::Automatic) == DateOrder::MonthFirst);
    CHECK_FALSE(us.assumed(DateOrder::Automatic));

    DateOrderEvidence both;
    both.note(4, QStringLiteral("24/03/2021 08:00"));
    both.note(9, QStringLiteral("03/25/2021 08:00"));
    both.note(12, QStringLiteral("03/26/2021 08:00"));
    CHECK(both.decide(DateOrder::Automatic) == DateOrder::Automatic);
    CHECK(both.decide(DateOrder::DayFirst) == DateOrder::DayFirst);
    const QString message = both.conflictMessage();
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("line 4")));
    CHECK(message.contains(QStringLiteral("lines 9, 12")));
}

TEST_CASE("intake: problems are grouped, one line per distinct problem", "[intake][problems]") {
    ProblemList problems;
    for (int line = 10; line <= 5690; line += 10)
        problems.add(line, QStringLiteral("type"), QStringLiteral("“Bến xe” is not a checkpoint type"));
    problems.add(7, QStringLiteral("commune"), QStringLiteral("“Xã Không Có” is not a unit"));
    // Many bad phones, each its own value: folded into one group that shows a few.
    for (int line = 100; line < 150; ++line)
        problems.add(line, QStringLiteral("phone"), QStringLiteral("“%1” is not a phone number").arg(line));
    CHECK(problems.rows() == 569 + 1 + 50);
    const QVector<ProblemGroup> groups = problems.groups();
    REQUIRE(groups.size() == 3);
    CHECK(groups[0].field == QStringLiteral("commune"));
    CHECK(groups[0].toString() == QStringLiteral("commune: “Xã Không Có” is not a unit: 1 row (line 7)"));
    CHECK(groups[1].rows == 569);
    CHECK(groups[1].toString() ==
          QStringLiteral("type: “Bến xe” is not a checkpoint type: 569 rows (lines 10, 20, "
                         "30, 40, 50, 60, 70, 80, 90, 100, …)"));
    CHECK(groups[2].rows == 50);
    CHECK(groups[2].message == QStringLiteral("“…” is not a phone number"));
    CHECK(groups[2].values.size() == 5);
    CHECK(groups[2].toString().contains(QStringLiteral("values such as “100”")));
}

TEST_CASE("intake: Windows-1258 and TCVN3 are told apart and decoded", "[intake][encoding]") {
    using tabular::LegacyEncoding;
    CHECK(tabular::decodeLegacy(kWindows1258, LegacyEncoding::Windows1258)
              .normalized(QString::NormalizationForm_C) == kNames);
    CHECK(tabular::decodeLegacy(kTcvn3, LegacyEncoding::Tcvn3) == kNames);
    CHECK(tabular::guessLegacyEncoding(kWindows1258) == LegacyEncoding::Windows1258);
    CHECK(tabular::guessLegacyEncoding(kTcvn3) == LegacyEncoding::Tcvn3);
    // VNI ("Vieät Nam" style) reads as neither.
    CHECK_FALSE(
        tabular::guessLegacyEncoding(QByteArray("Th\xf4\xf8ng Nha\xe4t, Nghi\xf5a Trung")).has_value());
}

TEST_CASE("intake: a CSV in a legacy encoding is read as its text, even after a long ASCII start",
          "[intake][encoding]") {
    for (const QByteArray &encoded : {kWindows1258, kTcvn3}) {
        QByteArray csv = "code;name\n";
        for (int i = 0; i < 30000; ++i)
            csv += "C" + QByteArray::number(i) + ";plain ascii name " + QByteArray::number(i) + "\n";
        csv += "X;" + encoded + "\n";
        auto reader = tabular::openTable(csv, QStringLiteral("legacy.csv"));
        REQUIRE(reader.ok());
        tabular::Row row;
        QString last;
        while (reader.value()->next(row).value())
            last = row.cell(1);
        CHECK(last == kNames);
        CHECK(reader.value()->isLegacyEncoded());
    }
    // Short files are recognised from their start.
    auto reader = tabular::openTable("a;b\n" + kTcvn3 + ";1\n", QStringLiteral("short.csv"));
    REQUIRE(reader.ok());
    tabular::Row row;
    REQUIRE(reader.value()->next(row).value());
    REQUIRE(reader.value()->next(row).value());
    CHECK(row.cell(0) == kNames);
    CHECK(reader.value()->encodingName() == QStringLiteral("TCVN3 (ABC)"));
}
