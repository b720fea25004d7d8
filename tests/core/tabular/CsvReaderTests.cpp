// SPDX-License-Identifier: GPL-3.0-or-later
#include "TabularTestSupport.h"
#include "tabular/CsvReader.h"

#include <QStringEncoder>

using namespace cd;
using namespace cd::tabular;
using cd::test::openOrFail;
using cd::test::readAll;

namespace {

// The same registry extract in every test: a title, a blank line, the header, then checkpoints whose
// notes need quoting in most dialects.
const QList<QStringList> kTable = {
    {QStringLiteral("DANH SÁCH ĐIỂM KIỂM DỊCH HUYỆN BÙ ĐĂNG")},
    {},
    {QStringLiteral("Tên điểm kiểm dịch"), QStringLiteral("Xã"), QStringLiteral("Số điện thoại"),
     QStringLiteral("Ghi chú")},
    {QStringLiteral("Chốt Đăng Hà"), QStringLiteral("Xã Đăng Hà"), QStringLiteral("0912 345 678"),
     QStringLiteral("Cổng \"A\", ca đêm\nđổi ca lúc 6h")},
    {QStringLiteral("Chốt Đức Phong"), QStringLiteral("Thị trấn Đức Phong"), QStringLiteral("+84912345678"),
     QString()},
    {QStringLiteral("Trạm Minh Hưng; QL14"), QStringLiteral("Xã Minh Hưng"), QStringLiteral("0271 3 123 456"),
     QStringLiteral("km 5 | cầu Sài Gòn")},
};

// What the reader must return for kTable: no blank rows, no trailing empty cells, physical line numbers.
QList<Row> expectedRows() {
    QList<Row> rows;
    qint64 line = 1;
    for (const QStringList &cells : kTable) {
        QStringList trimmed = cells;
        while (!trimmed.isEmpty() && trimmed.back().isEmpty())
            trimmed.removeLast();
        if (!trimmed.isEmpty())
            rows.append(Row{line, trimmed, {}});
        line += 1 + cells.join(QString()).count(u'\n');
    }
    return rows;
}

QString toCsv(const QList<QStringList> &table, QChar delimiter, const QString &newline,
              bool quoteAll = false) {
    QString text;
    for (const QStringList &cells : table) {
        QStringList fields;
        for (QString cell : cells) {
            const bool quote =
                quoteAll || cell.contains(delimiter) || cell.contains(u'"') || cell.contains(u'\n');
            cell.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            cell.replace(QStringLiteral("\n"), newline);
            fields.append(quote ? u'"' + cell + u'"' : cell);
        }
        text += fields.join(delimiter) + newline;
    }
    return text;
}

QByteArray encode(const QString &text, QStringConverter::Encoding encoding, bool bom) {
    QStringEncoder encoder(encoding,
                           bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

void requireSameRows(const QList<Row> &actual, const QList<Row> &expected) {
    REQUIRE(actual.size() == expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        INFO("row " << i);
        CHECK(actual[i].cells == expected[i].cells);
        CHECK(actual[i].line == expected[i].line);
    }
}

} // namespace

TEST_CASE("tabular: every CSV dialect of the same table reads the same rows", "[tabular][csv]") {
    struct Variant {
        const char *name;
        QByteArray bytes;
        QChar delimiter;
    };
    const QString lf = QStringLiteral("\n");
    const QString crlf = QStringLiteral("\r\n");
    const QList<Variant> variants = {
        {"comma, UTF-8, LF", encode(toCsv(kTable, u',', lf), QStringConverter::Utf8, false), u','},
        {"semicolon, UTF-8 BOM, CRLF", encode(toCsv(kTable, u';', crlf), QStringConverter::Utf8, true), u';'},
        {"tab, UTF-16LE BOM, CRLF", encode(toCsv(kTable, u'\t', crlf), QStringConverter::Utf16LE, true),
         u'\t'},
        {"comma, UTF-16BE BOM", encode(toCsv(kTable, u',', crlf), QStringConverter::Utf16BE, true), u','},
        {"semicolon, UTF-16LE without BOM", encode(toCsv(kTable, u';', lf), QStringConverter::Utf16LE, false),
         u';'},
        {"tab, UTF-8", encode(toCsv(kTable, u'\t', lf), QStringConverter::Utf8, false), u'\t'},
        {"pipe, UTF-8", encode(toCsv(kTable, u'|', crlf), QStringConverter::Utf8, false), u'|'},
        {"comma, every field quoted", encode(toCsv(kTable, u',', crlf, true), QStringConverter::Utf8, true),
         u','},
    };
    for (const Variant &variant : variants) {
        INFO(variant.name);
        auto reader = openOrFail(variant.bytes, QStringLiteral("diem-kiem-dich.csv"));
        REQUIRE(reader->format() == TableFormat::Csv);
        CHECK(static_cast<CsvReader &>(*reader).delimiter() == variant.delimiter);
        requireSameRows(readAll(*reader), expectedRows());
    }
}

TEST_CASE("tabular: line numbers count the line breaks inside quoted fields", "[tabular][csv]") {
    const QByteArray csv = "a,b\n"
                           "\"x\ny\",1\n"
                           "z,2\n"
                           "\n"
                           "\"p\r\nq\r\nr\",3\r\n"
                           "\"lone\rcr\",4\n"
                           "w,5";
    auto reader = openOrFail(csv, QStringLiteral("lines.csv"));
    const auto rows = readAll(*reader);
    REQUIRE(rows.size() == 6);
    const QList<qint64> lines = {rows[0].line, rows[1].line, rows[2].line,
                                 rows[3].line, rows[4].line, rows[5].line};
    CHECK(lines == QList<qint64>{1, 2, 4, 6, 9, 11});
    CHECK(rows[1].cells == QStringList{QStringLiteral("x\ny"), QStringLiteral("1")});
    CHECK(rows[3].cells == QStringList{QStringLiteral("p\nq\nr"), QStringLiteral("3")});
    CHECK(rows[4].cells == QStringList{QStringLiteral("lone\ncr"), QStringLiteral("4")});
    CHECK(rows[5].cells == QStringList{QStringLiteral("w"), QStringLiteral("5")});
}

TEST_CASE("tabular: CR-only line ends, as old Mac exports have", "[tabular][csv]") {
    auto reader = openOrFail("a;b\r1;2\r3;4", QStringLiteral("mac.csv"));
    const auto rows = readAll(*reader);
    REQUIRE(rows.size() == 3);
    CHECK(rows[2].line == 3);
    CHECK(rows[2].cells == QStringList{QStringLiteral("3"), QStringLiteral("4")});
}

TEST_CASE("tabular: the delimiter is the one that splits lines evenly", "[tabular][csv]") {
    // Commas in the title, the addresses and the decimal numbers; only ';' is on every table line.
    const QString text = QStringLiteral("DANH SÁCH, ĐỢT 1\n"
                                        "Tên;Địa chỉ;Tỷ lệ\n"
                                        "Chốt A;Xã Đăng Hà, Bù Đăng;1,5\n"
                                        "Chốt B;Xã Minh Hưng;2,25\n");
    auto reader = openOrFail(text.toUtf8(), QStringLiteral("semicolon.csv"));
    CHECK(static_cast<CsvReader &>(*reader).delimiter() == u';');
    const auto rows = readAll(*reader);
    REQUIRE(rows.size() == 4);
    CHECK(rows[2].cells == QStringList{QStringLiteral("Chốt A"), QStringLiteral("Xã Đăng Hà, Bù Đăng"),
                                       QStringLiteral("1,5")});

    SECTION("quoted delimiters do not count") {
        auto quoted = openOrFail("name,note\n\"a;b;c\",\"x;y\"\n\"d;e;f\",z\n", QStringLiteral("q.csv"));
        CHECK(static_cast<CsvReader &>(*quoted).delimiter() == u',');
    }
    SECTION("Excel's sep= line names it") {
        auto sep = openOrFail("sep=|\nA|B,C\n1|2,3\n", QStringLiteral("sep.csv"));
        CHECK(static_cast<CsvReader &>(*sep).delimiter() == u'|');
        const auto sepRows = readAll(*sep);
        REQUIRE(sepRows.size() == 2);
        CHECK(sepRows[0].line == 2);
        CHECK(sepRows[1].cells == QStringList{QStringLiteral("1"), QStringLiteral("2,3")});
    }
    SECTION("the caller can force it") {
        TableOptions options;
        options.delimiter = u',';
        auto forced = openOrFail(text.toUtf8(), QStringLiteral("forced.csv"), options);
        CHECK(readAll(*forced)[2].cells.size() == 3); // "Chốt A;Xã Đăng Hà", " Bù Đăng;1", "5"
    }
}

TEST_CASE("tabular: cells are trimmed and normalised, blank rows skipped", "[tabular][csv]") {
    const QString decomposed = QStringLiteral("Xã Đăng Hà").normalized(QString::NormalizationForm_D);
    REQUIRE(decomposed != QStringLiteral("Xã Đăng Hà"));
    const QString text = u"  " + decomposed +
                         u"  ,'0912345678,'+84912345678,'abc,\u00A0x\u00A0,,\n"
                         ",,,\n"
                         "   \n"
                         "\"  quoted  \",\"'007\"\n";
    auto reader = openOrFail(text.toUtf8(), QStringLiteral("tidy.csv"));
    const auto rows = readAll(*reader);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].cells == QStringList{QStringLiteral("Xã Đăng Hà"), QStringLiteral("0912345678"),
                                       QStringLiteral("+84912345678"), QStringLiteral("'abc"),
                                       QStringLiteral("x")});
    CHECK(rows[1].line == 4);
    CHECK(rows[1].cells == QStringList{QStringLiteral("quoted"), QStringLiteral("007")});
    CHECK(rows[0].values.isEmpty());
}

TEST_CASE("tabular: a large CSV streams across block boundaries", "[tabular][csv]") {
    // Quoted fields with CRLFs, doubled quotes and multi-byte characters land on every position of the
    // 1 MiB read blocks somewhere in 4 MB.
    QByteArray csv = "stt;tên;ghi chú\r\n";
    constexpr int kRows = 40000;
    for (int i = 0; i < kRows; ++i) {
        csv += QByteArray::number(i) + ";\"Chốt số " + QByteArray::number(i) + " \"\"Đăng Hà\"\"\r\nca " +
               QByteArray::number(i % 7) + "\";Ghi chú ở Bù Đăng " + QByteArray(i % 13, 'x') + "\r\n";
    }
    auto reader = openOrFail(csv, QStringLiteral("big.csv"));
    Row row;
    REQUIRE(*reader->next(row));
    for (int i = 0; i < kRows; ++i) {
        auto more = reader->next(row);
        REQUIRE(more.ok());
        REQUIRE(*more);
        REQUIRE(row.line == 2 + 2 * qint64(i));
        REQUIRE(row.cells.size() == 3);
        REQUIRE(row.cells[1] == QStringLiteral("Chốt số %1 \"Đăng Hà\"\nca %2").arg(i).arg(i % 7));
        REQUIRE(row.cells[2] ==
                QString(QStringLiteral("Ghi chú ở Bù Đăng ") + QString(i % 13, u'x')).trimmed());
    }
    auto end = reader->next(row);
    REQUIRE(end.ok());
    CHECK_FALSE(*end);
}

TEST_CASE("tabular: bytes that are not UTF-8 stop the reader at their line", "[tabular][csv]") {
    SECTION("near the start") {
        // Three toned vowels to a word in TCVN3, symbols in Windows-1258: Vietnamese in neither.
        auto reader = openOrFail("Ten,Xa\nA,B\nC,X\xB8\xB5\xB6\nD,E\n", QStringLiteral("vni.csv"));
        cd::tabular::Row row;
        REQUIRE(*reader->next(row));
        REQUIRE(*reader->next(row));
        const Error error = cd::test::readUntilError(*reader);
        CHECK(error.file == QStringLiteral("vni.csv"));
        CHECK(error.line == 3);
        CHECK(error.message.contains(QStringLiteral("UTF-8")));
        CHECK_FALSE(reader->next(row).ok()); // and it stays failed
    }
    SECTION("several blocks in") {
        QByteArray csv;
        for (int i = 0; i < 100000; ++i)
            csv += "Chốt " + QByteArray::number(i) + ",Xã Đăng Hà\n";
        csv += "Chốt cuối,X\xE3\n";
        auto reader = openOrFail(csv, QStringLiteral("late.csv"));
        const Error error = cd::test::readUntilError(*reader);
        CHECK(error.line == 100001);
    }
}

TEST_CASE("tabular: a file in Windows-1258 is read in it", "[tabular][csv]") {
    // "Xã" in Windows-1258 is 'X', 'a' and the combining tilde 0xDE; "ă" is 0xE3.
    auto reader = openOrFail("Ten,Xa\nA,B\nC,Xa\xDE\nD,\xE3\n", QStringLiteral("cp1258.csv"));
    const auto rows = cd::test::readAll(*reader);
    REQUIRE(rows.size() == 4);
    CHECK(rows[2].cell(1) == QStringLiteral("Xã"));
    CHECK(rows[3].cell(1) == QStringLiteral("ă"));
    CHECK(reader->encodingName() == QStringLiteral("Windows-1258"));
}

TEST_CASE("tabular: an unclosed quote is an error naming its line", "[tabular][csv]") {
    auto reader = openOrFail("a,b\n1,2\n3,\"open\n4,5\n", QStringLiteral("quote.csv"));
    const Error error = cd::test::readUntilError(*reader);
    CHECK(error.file == QStringLiteral("quote.csv"));
    CHECK(error.line == 3);
    CHECK(error.toString().startsWith(QStringLiteral("quote.csv:3: ")));
}
