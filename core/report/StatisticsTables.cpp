// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatisticsTables.h"

#include "common/VnFormat.h"
#include "export/SheetWriters.h"

#include <xlsxwriter.h>

namespace cd {
namespace {

QByteArray utf8(const QString &text) {
    return text.toUtf8();
}

// "C7" for row 6, column 2 (zero-based).
QByteArray cellName(int row, int column) {
    char name[16];
    lxw_rowcol_to_cell(name, lxw_row_t(row), lxw_col_t(column));
    return QByteArray(name);
}

struct Formats {
    lxw_format *title, *subtitle, *summary, *heading, *text, *centred, *number, *totalText, *totalNumber,
        *date, *plainNumber, *plainText;
};

Formats addFormats(lxw_workbook *workbook) {
    const auto bordered = [&] {
        lxw_format *f = workbook_add_format(workbook);
        format_set_border(f, LXW_BORDER_THIN);
        format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
        format_set_font_name(f, "Times New Roman");
        format_set_font_size(f, 12);
        return f;
    };
    Formats f{};
    f.title = workbook_add_format(workbook);
    format_set_bold(f.title);
    format_set_font_name(f.title, "Times New Roman");
    format_set_font_size(f.title, 14);
    format_set_align(f.title, LXW_ALIGN_CENTER);
    format_set_align(f.title, LXW_ALIGN_VERTICAL_CENTER);
    format_set_text_wrap(f.title);
    f.subtitle = workbook_add_format(workbook);
    format_set_italic(f.subtitle);
    format_set_font_name(f.subtitle, "Times New Roman");
    format_set_font_size(f.subtitle, 12);
    format_set_align(f.subtitle, LXW_ALIGN_CENTER);
    f.summary = workbook_add_format(workbook);
    format_set_font_name(f.summary, "Times New Roman");
    format_set_font_size(f.summary, 12);
    f.heading = bordered();
    format_set_bold(f.heading);
    format_set_text_wrap(f.heading);
    format_set_align(f.heading, LXW_ALIGN_CENTER);
    format_set_bg_color(f.heading, 0xE8EFEC);
    f.text = bordered();
    format_set_num_format(f.text, "@");
    format_set_text_wrap(f.text);
    f.centred = bordered();
    format_set_align(f.centred, LXW_ALIGN_CENTER);
    f.number = bordered();
    format_set_num_format(f.number, "#,##0");
    f.totalText = bordered();
    format_set_bold(f.totalText);
    f.totalNumber = bordered();
    format_set_bold(f.totalNumber);
    format_set_num_format(f.totalNumber, "#,##0");
    f.date = bordered();
    format_set_num_format(f.date, "dd/mm/yyyy");
    format_set_align(f.date, LXW_ALIGN_CENTER);
    return f;
}

// A4 portrait, the decree's margins (inches), fitted to one page wide, the heading rows on every page.
void setUpPrinting(lxw_worksheet *sheet, int headingRow, bool landscape = false) {
    worksheet_set_paper(sheet, 9); // A4
    if (landscape)
        worksheet_set_landscape(sheet);
    else
        worksheet_set_portrait(sheet);
    worksheet_set_margins(sheet, 30 / 25.4, 15 / 25.4, 20 / 25.4, 20 / 25.4);
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_repeat_rows(sheet, lxw_row_t(headingRow), lxw_row_t(headingRow));
    worksheet_freeze_panes(sheet, lxw_row_t(headingRow + 1), 0);
}

void writeHeadings(lxw_worksheet *sheet, int row, const QStringList &headings, const QVector<double> &widths,
                   const Formats &f) {
    for (int c = 0; c < headings.size(); ++c) {
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths.value(c, 14), nullptr);
        worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(c), utf8(headings[c]).constData(), f.heading);
    }
}

void writeText(lxw_worksheet *sheet, int row, int column, const QString &text, lxw_format *format) {
    if (text.isEmpty())
        worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(column), format);
    else // a string cell: a name starting with "=" stays text
        worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), utf8(text).constData(), format);
}

void writeDate(lxw_worksheet *sheet, int row, int column, const QDate &day, const Formats &f) {
    if (!day.isValid()) {
        worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(column), f.date);
        return;
    }
    lxw_datetime when{day.year(), day.month(), day.day(), 0, 0, 0};
    worksheet_write_datetime(sheet, lxw_row_t(row), lxw_col_t(column), &when, f.date);
}

lxw_worksheet *addSheet(lxw_workbook *workbook, const char *name) {
    return workbook_add_worksheet(workbook, name);
}

void writeTableSheet(lxw_workbook *workbook, const StatisticsReportData &data, const Formats &f) {
    lxw_worksheet *sheet = addSheet(workbook, "Bảng thống kê");
    const auto numbers = data.numberColumns();
    const int lastColumn = 1 + int(numbers.size());
    worksheet_set_row(sheet, 0, 40, nullptr);
    worksheet_merge_range(sheet, 0, 0, 0, lxw_col_t(lastColumn), utf8(data.title()).constData(), f.title);
    int row = 1;
    if (const QString reference = data.referenceLine(); !reference.isEmpty()) {
        worksheet_merge_range(sheet, lxw_row_t(row), 0, lxw_row_t(row), lxw_col_t(lastColumn),
                              utf8(reference).constData(), f.subtitle);
        ++row;
    }
    worksheet_merge_range(sheet, lxw_row_t(row), 0, lxw_row_t(row), lxw_col_t(lastColumn),
                          utf8(data.asOfLine()).constData(), f.subtitle);
    row += 2;
    for (const auto &[label, value] : data.summaryLines())
        worksheet_write_string(sheet, lxw_row_t(row++), 0, utf8(label + value).constData(), f.summary);
    ++row;

    const int headingRow = row;
    QStringList headings{QStringLiteral("STT"), data.unitHeading()};
    QVector<double> widths{6, 28};
    for (const auto &column : numbers) {
        headings << column.heading;
        widths << 16;
    }
    writeHeadings(sheet, headingRow, headings, widths, f);
    worksheet_set_row(sheet, lxw_row_t(headingRow), 48, nullptr);
    setUpPrinting(sheet, headingRow);

    const int firstDataRow = headingRow + 1;
    row = firstDataRow;
    for (const UnitStatisticsRow &unit : data.table.rows) {
        worksheet_write_number(sheet, lxw_row_t(row), 0, unit.stt, f.centred);
        writeText(sheet, row, 1, unit.unit.nameWithType, f.text);
        for (int c = 0; c < numbers.size(); ++c)
            worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(2 + c), double(unit.*numbers[c].field),
                                   f.number);
        ++row;
    }
    writeText(sheet, row, 0, {}, f.totalText);
    writeText(sheet, row, 1, data.totalLabel(), f.totalText);
    for (int c = 0; c < numbers.size(); ++c) {
        // The total is a formula, so a corrected cell updates it; the cached value lets readers that do
        // not calculate (viewers, openpyxl with data_only) show it.
        const QByteArray formula = data.table.rows.isEmpty() ? QByteArray("=0")
                                                             : "=SUM(" + cellName(firstDataRow, 2 + c) + ':' +
                                                                   cellName(row - 1, 2 + c) + ')';
        worksheet_write_formula_num(sheet, lxw_row_t(row), lxw_col_t(2 + c), formula.constData(),
                                    f.totalNumber, double(data.table.total.*numbers[c].field));
    }
}

void writeCheckpointSheet(lxw_workbook *workbook, const StatisticsReportData &data, const Formats &f) {
    lxw_worksheet *sheet = addSheet(workbook, "Điểm kiểm dịch");
    writeHeadings(sheet, 0,
                  {QStringLiteral("STT"), QStringLiteral("Mã điểm"), QStringLiteral("Tên điểm kiểm dịch"),
                   QStringLiteral("Loại điểm"), data.communeHeading(), QStringLiteral("Địa chỉ"),
                   QStringLiteral("Số điện thoại"),
                   QStringLiteral("Số lượt ghi nhận vào ra ") + data.periodWords(),
                   QStringLiteral("Số lượt trong 7 ngày gần đây"), QStringLiteral("Ngày quét gần nhất"),
                   QStringLiteral("Ngừng quét")},
                  {6, 12, 32, 18, 20, 28, 13, 16, 14, 13, 10}, f);
    worksheet_set_row(sheet, 0, 48, nullptr);
    setUpPrinting(sheet, 0, true);
    int row = 1;
    for (const CheckpointStatisticsRow &c : data.checkpoints) {
        worksheet_write_number(sheet, lxw_row_t(row), 0, row, f.centred);
        writeText(sheet, row, 1, c.code, f.text);
        writeText(sheet, row, 2, c.name, f.text);
        writeText(sheet, row, 3, c.typeName, f.text);
        writeText(sheet, row, 4, c.communeName, f.text);
        writeText(sheet, row, 5, c.address, f.text);
        writeText(sheet, row, 6, c.phone, f.text);
        worksheet_write_number(sheet, lxw_row_t(row), 7, double(c.scans), f.number);
        worksheet_write_number(sheet, lxw_row_t(row), 8, double(c.scans7d), f.number);
        writeDate(sheet, row, 9, c.lastScanDay, f);
        writeText(sheet, row, 10, c.inactive ? QStringLiteral("x") : QString(), f.centred);
        ++row;
    }
    if (row > 1)
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(row - 1), 10);
}

void writeDailySheet(lxw_workbook *workbook, const StatisticsReportData &data, const Formats &f) {
    lxw_worksheet *sheet = addSheet(workbook, "Theo ngày");
    writeHeadings(sheet, 0, {QStringLiteral("Ngày"), QStringLiteral("Số lượt ghi nhận vào ra")}, {13, 16}, f);
    setUpPrinting(sheet, 0);
    int row = 1;
    qint64 total = 0;
    for (const SeriesPoint &point : data.daily) {
        writeDate(sheet, row, 0, point.day, f);
        worksheet_write_number(sheet, lxw_row_t(row), 1, double(point.scans), f.number);
        total += point.scans;
        ++row;
    }
    writeText(sheet, row, 0, data.totalLabel(), f.totalText);
    const QByteArray formula =
        row > 1 ? "=SUM(" + cellName(1, 1) + ':' + cellName(row - 1, 1) + ')' : QByteArray("=0");
    worksheet_write_formula_num(sheet, lxw_row_t(row), 1, formula.constData(), f.totalNumber, double(total));
}

void writeFollowUpSheet(lxw_workbook *workbook, const StatisticsReportData &data, const Formats &f) {
    lxw_worksheet *sheet = addSheet(workbook, "Cần theo dõi");
    writeHeadings(sheet, 0,
                  {QStringLiteral("STT"), QStringLiteral("Mã điểm"), QStringLiteral("Tên điểm kiểm dịch"),
                   data.communeHeading(), QStringLiteral("Số điện thoại"),
                   QStringLiteral("Ngày quét gần nhất"), QStringLiteral("Số ngày không có lượt quét")},
                  {6, 12, 32, 20, 13, 13, 12}, f);
    worksheet_set_row(sheet, 0, 32, nullptr);
    setUpPrinting(sheet, 0);
    int row = 1;
    for (const CheckpointStatisticsRow &c : data.inactive) {
        worksheet_write_number(sheet, lxw_row_t(row), 0, row, f.centred);
        writeText(sheet, row, 1, c.code, f.text);
        writeText(sheet, row, 2, c.name, f.text);
        writeText(sheet, row, 3, c.communeName, f.text);
        writeText(sheet, row, 4, c.phone, f.text);
        writeDate(sheet, row, 5, c.lastScanDay, f);
        worksheet_write_number(sheet, lxw_row_t(row), 6, double(c.lastScanDay.daysTo(data.table.asOf)),
                               f.number);
        ++row;
    }
}

} // namespace

SheetData statisticsSheet(const StatisticsReportData &data) {
    SheetData sheet;
    sheet.title = QStringLiteral("Bảng thống kê");
    sheet.columns = {{QStringLiteral("STT"), QStringLiteral("STT")},
                     {data.unitHeading(), data.unitHeading()}};
    const auto numbers = data.numberColumns();
    for (const auto &column : numbers)
        sheet.columns.append({column.heading, column.heading});
    const auto values = [&](const UnitStatisticsRow &row, const QVariant &stt, const QString &name) {
        QVariantList cells{stt, name};
        for (const auto &column : numbers)
            cells << QVariant(row.*column.field);
        return cells;
    };
    for (const UnitStatisticsRow &row : data.table.rows)
        sheet.rows.append(values(row, row.stt, row.unit.nameWithType));
    sheet.rows.append(values(data.table.total, QString(), data.totalLabel()));
    return sheet;
}

QByteArray statisticsCsv(const StatisticsReportData &data) {
    return sheets::toCsv(statisticsSheet(data));
}

Status writeStatisticsXlsx(const QString &path, const StatisticsReportData &data) {
    return sheets::writeWorkbook(path, [&](lxw_workbook *workbook) -> Status {
        const Formats formats = addFormats(workbook);
        writeTableSheet(workbook, data, formats);
        writeCheckpointSheet(workbook, data, formats);
        writeDailySheet(workbook, data, formats);
        writeFollowUpSheet(workbook, data, formats);
        return success();
    });
}

} // namespace cd
