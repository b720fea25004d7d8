// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>
#include <QVariant>

namespace cd::tabular {

// Excel stores dates as numbers (days since 1900 or 1904); only the cell's number format says a number
// is a date.
enum class DateKind { None, Date, Time, DateTime };

// For the built-in number formats, which have no format code in the file.
DateKind builtInDateKind(int numFmtId);
// For a format code such as "dd/mm/yyyy hh:mm": date tokens (d, y, m) and time tokens (h, s, AM/PM,
// elapsed [h]) outside quoted text, escapes and [colour]/[$-locale] brackets.
DateKind dateKindOfFormat(QStringView formatCode);

// The serial as a QDate, QTime or QDateTime (the wall-clock time Excel shows, with a UTC spec so that no
// time zone moves it); invalid when
// kind is None or the serial is not a date Excel could show.
QVariant excelSerialToValue(double serial, DateKind kind, bool date1904);
// ISO text of such a value: "yyyy-MM-dd", "HH:mm:ss" or "yyyy-MM-dd HH:mm:ss".
QString dateValueText(const QVariant &value);

} // namespace cd::tabular
