// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

namespace cd {

// Who scanned: the key that makes one person of the same phone written four ways ("p:0912345678"), else
// of an ID number ("i:079123456789"), else of a name without case and spacing differences ("n:…").
struct PersonKey {
    QString key;
    QString phone;    // national form, empty when none
    QString idNumber; // digits (and letters of old passports), empty when none
    QString name;     // as written, NFC
};

// An error (field "phone" or "person") for a phone that is not one, or a row with nobody in it.
Result<PersonKey> personKey(const QString &phone, const QString &idNumber, const QString &name);

} // namespace cd
