// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonKey.h"

#include "common/VietnameseText.h"
#include "registry/PhoneNumber.h"

#include <QCoreApplication>

#include <algorithm>

namespace cd {

Result<PersonKey> personKey(const QString &phone, const QString &idNumber, const QString &name) {
    PersonKey person;
    // Table readers give NFC text already; folding the spacing is all that is left.
    person.name = name.simplified();
    if (!phone.trimmed().isEmpty()) {
        const auto national = phone::normalize(phone);
        if (!national)
            return national.error();
        person.phone = national.value();
    }
    for (const QChar ch : idNumber) {
        if (ch.isLetterOrNumber())
            person.idNumber += ch.toUpper();
    }
    // A "name" of marks or punctuation alone (a stray combining accent, "...") is no name: it names
    // nobody, or every such row would be one person.
    const bool named =
        std::any_of(person.name.begin(), person.name.end(), [](QChar c) { return c.isLetterOrNumber(); });
    const QString nameKey = named && person.phone.isEmpty() && person.idNumber.isEmpty()
                                ? text::matchKey(person.name)
                                : QString();
    if (!person.phone.isEmpty())
        person.key = QStringLiteral("p:") + person.phone;
    else if (!person.idNumber.isEmpty())
        person.key = QStringLiteral("i:") + person.idNumber;
    else if (!nameKey.isEmpty())
        person.key = QStringLiteral("n:") + nameKey;
    else
        return makeError(QCoreApplication::translate("cd::PersonKey",
                                                     "the row names nobody (no phone, ID number or name)"),
                         {}, 0, QStringLiteral("person"));
    return person;
}

} // namespace cd
