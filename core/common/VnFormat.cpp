// SPDX-License-Identifier: GPL-3.0-or-later
#include "VnFormat.h"

#include "Clock.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace cd::format {

QString number(qint64 value) {
    const bool negative = value < 0;
    QString digits = QString::number(negative ? -value : value);
    for (qsizetype pos = digits.size() - 3; pos > 0; pos -= 3)
        digits.insert(pos, u'.');
    return negative ? u'-' + digits : digits;
}

QString decimal(double value, int decimals) {
    const double scale = std::pow(10.0, decimals);
    const qint64 scaled = qRound64(std::abs(value) * scale);
    QString text = number(scaled / qint64(scale));
    if (decimals > 0)
        text += u',' + QStringLiteral("%1").arg(scaled % qint64(scale), decimals, 10, QChar(u'0'));
    return value < 0 && scaled != 0 ? u'-' + text : text;
}

QString date(const QDate &value) {
    return value.isValid() ? value.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString dateTime(const QDateTime &moment) {
    return moment.isValid() ? moment.toOffsetFromUtc(int(clock::kVietnamOffsetSeconds))
                                  .toString(QStringLiteral("dd/MM/yyyy HH:mm"))
                            : QString();
}

QString decreeDate(const QDate &value) {
    const QString day = QStringLiteral("%1").arg(value.day(), 2, 10, QChar(u'0'));
    const QString month = value.month() <= 2 ? QStringLiteral("%1").arg(value.month(), 2, 10, QChar(u'0'))
                                             : QString::number(value.month());
    return QStringLiteral("ngày %1 tháng %2 năm %3").arg(day, month, QString::number(value.year()));
}

Result<QDate> parseDate(const QString &text) {
    static const QRegularExpression iso(QStringLiteral(R"(^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$)"));
    static const QRegularExpression vn(QStringLiteral(R"(^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*$)"));
    QDate result;
    if (const auto m = iso.match(text); m.hasMatch())
        result = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    else if (const auto m = vn.match(text); m.hasMatch())
        result = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    else
        return makeError(
            QCoreApplication::translate("cd::format", "“%1” is not a date (use YYYY-MM-DD or dd/MM/yyyy)")
                .arg(text));
    if (!result.isValid())
        return makeError(
            QCoreApplication::translate("cd::format", "“%1” is not a valid calendar date").arg(text));
    return result;
}

} // namespace cd::format
