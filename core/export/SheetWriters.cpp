// SPDX-License-Identifier: GPL-3.0-or-later
#include "SheetWriters.h"

#include "CsvWriter.h"
#include "common/SideFile.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <filesystem>
#include <system_error>
#include <xlsxwriter.h>

namespace cd::sheets {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("cd::sheets", text);
}

} // namespace

QString plainText(const QVariant &value) {
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().toString(Qt::ISODate);
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().toString(Qt::ISODate);
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString();
}

bool isNumber(const QVariant &value) {
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

QString csvQuoted(const QString &value) {
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString protectAgainstFormula(const QString &text) {
    if (!text.isEmpty() && (text[0] == u'=' || text[0] == u'+' || text[0] == u'-' || text[0] == u'@' ||
                            text[0] == u'\t' || text[0] == u'\r'))
        return u'\'' + text;
    return text;
}

QByteArray toCsv(const SheetData &sheet) {
    QString out;
    QTextStream stream(&out);
    CsvWriter csv(stream);
    QStringList header;
    for (const SheetData::Column &column : sheet.columns)
        header << column.key;
    csv.writeRow(header);
    for (const QVariantList &row : sheet.rows)
        csv.writeRow(row);
    stream.flush();
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

QByteArray toJson(const SheetData &sheet) {
    QJsonArray array;
    for (const QVariantList &row : sheet.rows) {
        QJsonObject object;
        for (int c = 0; c < sheet.columns.size(); ++c) {
            const QVariant value = row.value(c);
            object.insert(sheet.columns[c].key, value.isNull() || !value.isValid() ? QJsonValue()
                                                : isNumber(value) ? QJsonValue::fromVariant(value)
                                                                  : QJsonValue(plainText(value)));
        }
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

Status writeFile(const QString &path, const QByteArray &bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(file.errorString(), path);
    return success();
}

Status writeWorkbook(const QString &path, const std::function<Status(lxw_workbook *)> &fill) {
    // libxlsxwriter writes the whole file at close; write beside the target and rename when it succeeded.
    auto side = SideFile::create(path, QStringLiteral(".xlsx"));
    if (!side)
        return side.error();
    lxw_workbook *workbook = workbook_new(QFile::encodeName(side->path()).constData());
    if (!workbook)
        return makeError(tr("cannot create the workbook"), path);
    if (auto filled = fill(workbook); !filled) {
        workbook_close(workbook);
        return filled.error();
    }
    if (const lxw_error closed = workbook_close(workbook); closed != LXW_NO_ERROR)
        return makeError(tr("cannot write the workbook: %1").arg(QString::fromUtf8(lxw_strerror(closed))),
                         path);
    // The path holds the old workbook or the new one at every moment, never neither.
    if (auto moved = side.value().commit(); !moved)
        return makeError(tr("cannot move the workbook into place: %1").arg(moved.error().message), path);
    return success();
}

Status writeSheet(const QString &path, const SheetData &sheet) {
    return QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0
               ? writeXlsx(path, {sheet})
               : writeFile(path, toCsv(sheet));
}

Status writeXlsx(const QString &path, const QVector<SheetData> &sheets) {
    return writeWorkbook(path, [&](lxw_workbook *workbook) -> Status {
        lxw_format *header = workbook_add_format(workbook);
        format_set_bold(header);
        format_set_bg_color(header, 0xE8EFEC);
        format_set_border(header, LXW_BORDER_THIN);
        format_set_text_wrap(header);
        format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
        lxw_format *date = workbook_add_format(workbook);
        format_set_num_format(date, "dd/mm/yyyy");
        lxw_format *text = workbook_add_format(workbook);
        format_set_num_format(text, "@");

        for (const SheetData &sheet : sheets) {
            const QByteArray name = sheet.title.left(31).toUtf8();
            lxw_worksheet *worksheet =
                workbook_add_worksheet(workbook, name.isEmpty() ? nullptr : name.constData());
            if (!worksheet)
                return makeError(tr("invalid sheet name “%1”").arg(sheet.title), path);
            for (int c = 0; c < sheet.columns.size(); ++c) {
                worksheet_set_column(worksheet, lxw_col_t(c), lxw_col_t(c), sheet.columns[c].width, nullptr);
                worksheet_write_string(worksheet, 0, lxw_col_t(c),
                                       sheet.columns[c].heading.toUtf8().constData(), header);
            }
            worksheet_freeze_panes(worksheet, 1, 0);
            if (!sheet.rows.isEmpty() && !sheet.columns.isEmpty())
                worksheet_autofilter(worksheet, 0, 0, lxw_row_t(sheet.rows.size()),
                                     lxw_col_t(sheet.columns.size() - 1));
            for (int r = 0; r < sheet.rows.size(); ++r) {
                const QVariantList &row = sheet.rows[r];
                for (int c = 0; c < row.size() && c < sheet.columns.size(); ++c) {
                    const QVariant &value = row[c];
                    const auto excelRow = lxw_row_t(r + 1);
                    const auto excelColumn = lxw_col_t(c);
                    if (!value.isValid() || value.isNull() ||
                        (value.typeId() == QMetaType::QString && value.toString().isEmpty()))
                        continue;
                    if (isNumber(value)) {
                        worksheet_write_number(worksheet, excelRow, excelColumn, value.toDouble(), nullptr);
                    } else if (value.typeId() == QMetaType::QDate && value.toDate().isValid()) {
                        const QDate d = value.toDate();
                        lxw_datetime when{d.year(), d.month(), d.day(), 0, 0, 0};
                        worksheet_write_datetime(worksheet, excelRow, excelColumn, &when, date);
                    } else {
                        // Strings are stored as strings: a name starting with "=" is never a formula here.
                        worksheet_write_string(worksheet, excelRow, excelColumn,
                                               plainText(value).toUtf8().constData(), text);
                    }
                }
            }
        }
        return success();
    });
}

} // namespace cd::sheets
