// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTextStream>
#include <QVariant>
#include <QVector>

#include <optional>

class QCommandLineParser;
class QCommandLineOption;

namespace cd::cli {

class CliContext;

enum class OutputFormat { Table, Csv, Json };

// The --format option shared by every command with tabular output.
QCommandLineOption formatOption();
// Reads --format into `format`: -1 to go on, or the exit code of the usage error it printed (as
// parseCommand() does).
int readFormat(CliContext &context, const QCommandLineParser &parser, OutputFormat &format);

// Rows printed as an aligned table for people (Vietnamese number format, translated headings), or as CSV
// and JSON for programs (plain numbers, stable keys). JSON is an array of objects keyed by column key.
class TabularOutput {
    Q_DECLARE_TR_FUNCTIONS(TabularOutput)

public:
    struct Column {
        QString key;   // CSV header and JSON key
        QString title; // table heading
        bool numeric = false;
    };

    explicit TabularOutput(QVector<Column> columns)
        : m_columns(std::move(columns)) {}
    void addRow(QVariantList values) { m_rows.append(std::move(values)); }
    qsizetype rowCount() const { return m_rows.size(); }

    void write(QTextStream &out, OutputFormat format) const;
    QByteArray toJson() const;

private:
    void writeTable(QTextStream &out) const;
    void writeCsv(QTextStream &out) const;

    QVector<Column> m_columns;
    QVector<QVariantList> m_rows;
};

} // namespace cd::cli
