// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QDate>
#include <QDateTime>
#include <QString>

// Vietnamese conventions for numbers and dates, the same on every machine whatever its locale.
namespace cd::format {

// 8832 -> "8.832", -1234567 -> "-1.234.567".
QString number(qint64 value);

// 1.5 -> "1,5": a decimal comma, as Vietnamese writes it.
QString decimal(double value, int decimals);

// 24/08/2021.
QString date(const QDate &date);
// 24/08/2021 07:30, in Vietnam time whatever the machine's time zone (stamps are stored in UTC).
QString dateTime(const QDateTime &moment);

// As Nghị định 30/2020/NĐ-CP writes dates in documents: "ngày 05 tháng 3 năm 2020"; days below 10 and
// the months January and February take a leading zero.
QString decreeDate(const QDate &date);

// Accepts YYYY-MM-DD and dd/MM/yyyy (d/M/yyyy too). The error names the text it could not read.
Result<QDate> parseDate(const QString &text);

} // namespace cd::format
