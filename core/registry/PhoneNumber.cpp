// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhoneNumber.h"

#include "common/VietnameseText.h"

#include <algorithm>

namespace cd::phone {
namespace {

bool isNationalForm(const QString &digits) {
    // Mobile prefixes since the 2018 renumbering: 03, 05, 07, 08, 09 and 8 digits; landlines: 02 + area +
    // number, 11 digits in all. Checked by hand: imports call this for every row.
    if (digits.size() < 10 || digits[0] != u'0')
        return false;
    const char16_t second = digits[1].unicode();
    if (second == u'2')
        return digits.size() == 11;
    return digits.size() == 10 &&
           (second == u'3' || second == u'5' || second == u'7' || second == u'8' || second == u'9');
}

} // namespace

Result<QString> normalize(const QString &written) {
    QString text = written.trimmed();
    // A number cell of a spreadsheet: 912345678.0 or 912345678,0.
    if (const qsizetype point = std::max(text.lastIndexOf(u'.'), text.lastIndexOf(u',')); point > 0) {
        const QStringView fraction = QStringView(text).mid(point + 1);
        const bool zeros = !fraction.isEmpty() &&
                           std::all_of(fraction.begin(), fraction.end(), [](QChar c) { return c == u'0'; });
        const QStringView whole = QStringView(text).left(point);
        if (zeros && std::all_of(whole.begin(), whole.end(), [](QChar c) { return c.isDigit(); }))
            text = whole.toString();
    }

    QString digits;
    digits.reserve(text.size());
    bool plus = false;
    for (const QChar ch : text) {
        if (ch.isDigit())
            digits += QChar(u'0' + ch.digitValue()); // also folds full-width digits
        else if (ch == u'+' && digits.isEmpty() && !plus)
            plus = true;
        else if (ch == u' ' || ch == u'.' || ch == u'-' || ch == u'(' || ch == u')' || ch == QChar(0x00A0))
            continue;
        else
            return makeError(QCoreApplication::translate("cd::phone", "“%1” is not a phone number")
                                 .arg(text::cut(written)),
                             {}, 0, QStringLiteral("phone"));
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
                             .arg(text::cut(written)),
                         {}, 0, QStringLiteral("phone"));
    return national;
}

QString masked(const QString &normalized) {
    if (normalized.size() < 7)
        return QString(normalized.size(), u'*');
    return normalized.left(4) + QString(normalized.size() - 7, u'*') + normalized.right(3);
}

} // namespace cd::phone
