// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhoneNumber.h"

#include <QRegularExpression>

namespace cd::phone {
namespace {

bool isNationalForm(const QString &digits) {
    // Mobile prefixes since the 2018 renumbering: 03, 05, 07, 08, 09; landlines: 02 + area + number.
    static const QRegularExpression mobile(QStringLiteral("^0[35789]\\d{8}$"));
    static const QRegularExpression landline(QStringLiteral("^02\\d{9}$"));
    return mobile.match(digits).hasMatch() || landline.match(digits).hasMatch();
}

} // namespace

Result<QString> normalize(const QString &written) {
    QString text = written.trimmed();
    // A number cell of a spreadsheet: 912345678.0 or 912345678,0.
    static const QRegularExpression numberCell(QStringLiteral("^(\\d+)[.,]0+$"));
    if (const auto m = numberCell.match(text); m.hasMatch())
        text = m.captured(1);

    QString digits;
    bool plus = false;
    for (const QChar ch : text) {
        if (ch.isDigit())
            digits += QChar(u'0' + ch.digitValue()); // also folds full-width digits
        else if (ch == u'+' && digits.isEmpty() && !plus)
            plus = true;
        else if (ch == u' ' || ch == u'.' || ch == u'-' || ch == u'(' || ch == u')' || ch == QChar(0x00A0))
            continue;
        else
            return makeError(
                QCoreApplication::translate("cd::phone", "“%1” is not a phone number").arg(written), {}, 0,
                QStringLiteral("phone"));
    }

    QString national;
    if (digits.startsWith(QLatin1String("0084")))
        national = u'0' + digits.mid(4);
    else if (digits.startsWith(QLatin1String("84")) && (plus || digits.size() >= 11))
        national = u'0' + digits.mid(2);
    else if (plus)
        national = QString(); // another country's number
    else if (digits.startsWith(u'0'))
        national = digits;
    else
        national = u'0' + digits; // the leading 0 a spreadsheet dropped

    if (national.isEmpty() || !isNationalForm(national))
        return makeError(QCoreApplication::translate(
                             "cd::phone",
                             "“%1” is not a Vietnamese phone number (expected 0 followed by 9 digits "
                             "for a mobile, or 02 followed by 9 digits for a landline)")
                             .arg(written),
                         {}, 0, QStringLiteral("phone"));
    return national;
}

QString masked(const QString &normalized) {
    if (normalized.size() < 7)
        return QString(normalized.size(), u'*');
    return normalized.left(4) + QString(normalized.size() - 7, u'*') + normalized.right(3);
}

} // namespace cd::phone
