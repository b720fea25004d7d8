// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>
#include <QVector>

namespace cd {

// A table to write to CSV, JSON or XLSX: column keys (CSV header, JSON keys), headings for people (XLSX
// header) and rows of values. Numbers stay numbers, QDate becomes a date cell, everything else is text.
struct SheetData {
    struct Column {
        QString key;
        QString heading;
        double width = 14; // XLSX column width in characters
    };
    QString title; // sheet name
    QVector<Column> columns;
    QVector<QVariantList> rows;
};

} // namespace cd
