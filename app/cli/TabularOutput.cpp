// SPDX-License-Identifier: GPL-3.0-or-later
#include "TabularOutput.h"

#include "CliContext.h"
#include "common/VnFormat.h"
#include "export/CsvWriter.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace cd::cli {

QCommandLineOption formatOption() {
    return QCommandLineOption(QStringLiteral("format"),
                              TabularOutput::tr("Output format: table (default), csv or json."),
                              QStringLiteral("table|csv|json"), QStringLiteral("table"));
}

int readFormat(CliContext &context, const QCommandLineParser &parser, OutputFormat &format) {
    const QString value = parser.value(QStringLiteral("format")).toLower();
    if (value == QLatin1String("table"))
        format = OutputFormat::Table;
    else if (value == QLatin1String("csv"))
        format = OutputFormat::Csv;
    else if (value == QLatin1String("json"))
        format = OutputFormat::Json;
    else
        return context.usage(
            CliContext::tr("unknown --format “%1”").arg(parser.value(QStringLiteral("format"))));
    return -1;
}

void TabularOutput::write(QTextStream &out, OutputFormat format) const {
    switch (format) {
    case OutputFormat::Table:
        writeTable(out);
        break;
    case OutputFormat::Csv:
        writeCsv(out);
        break;
    case OutputFormat::Json:
        out << QString::fromUtf8(toJson()) << Qt::endl;
        break;
    }
}

void TabularOutput::writeTable(QTextStream &out) const {
    auto cellText = [this](const QVariant &value, int column) {
        if (m_columns[column].numeric && value.isValid() && !value.isNull())
            return format::number(value.toLongLong());
        return value.toString();
    };
    QVector<qsizetype> widths;
    for (const Column &column : m_columns)
        widths.append(column.title.size());
    for (const QVariantList &row : m_rows) {
        for (int c = 0; c < m_columns.size() && c < row.size(); ++c)
            widths[c] = std::max(widths[c], cellText(row[c], c).size());
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (int c = 0; c < cells.size(); ++c) {
            const QString padded =
                m_columns[c].numeric ? cells[c].rightJustified(widths[c]) : cells[c].leftJustified(widths[c]);
            text += (c ? QStringLiteral("  ") : QString()) + padded;
        }
        while (text.endsWith(u' '))
            text.chop(1);
        out << text << u'\n';
    };
    QStringList titles;
    for (const Column &column : m_columns)
        titles << column.title;
    line(titles);
    QStringList rules;
    for (qsizetype width : widths)
        rules << QString(width, u'-');
    line(rules);
    for (const QVariantList &row : m_rows) {
        QStringList cells;
        for (int c = 0; c < m_columns.size(); ++c)
            cells << (c < row.size() ? cellText(row[c], c) : QString());
        line(cells);
    }
    out.flush();
}

void TabularOutput::writeCsv(QTextStream &out) const {
    sheets::CsvWriter csv(out, sheets::CsvWriter::LineEnd::Lf);
    QStringList keys;
    for (const Column &column : m_columns)
        keys << column.key;
    csv.writeRow(keys);
    for (const QVariantList &row : m_rows)
        csv.writeRow(row);
    out.flush();
}

QByteArray TabularOutput::toJson() const {
    QJsonArray array;
    for (const QVariantList &row : m_rows) {
        QJsonObject object;
        for (int c = 0; c < m_columns.size(); ++c)
            object.insert(m_columns[c].key, c < row.size() ? QJsonValue::fromVariant(row[c]) : QJsonValue());
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace cd::cli
