// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the key that tells who scanned (scans/PersonKey.h): personKey over the phone, the
// ID number (CCCD/CMND/passport) and the name of a scan row.
//
// The first byte is the mode (see FuzzInput.h; only its UTF-16 bit counts); the rest is cut at line
// feeds into the phone, the ID number and the name (the name keeps any further line feeds).
//
// Invariants (a broken one traps):
//  - a key is "p:" and the national phone when there is a phone, else "i:" and the ID number, else "n:"
//    and the name's match key, and never just the prefix;
//  - the phone is what phone::normalize makes of it, the ID number only upper-case letters and digits;
//  - the same person written otherwise has the same key: the phone as +84…, the ID number with spaces
//    and dashes, the name with other spacing;
//  - a refusal is an error of the field "phone" or "person".
#include "FuzzInput.h"

#include "registry/PhoneNumber.h"
#include "scans/PersonKey.h"

#include <algorithm>

using namespace cd;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QStringList fields = fuzz::fieldsOf(fuzz::inputOf(data, size).text, 3);
    const QString &phone = fields[0];
    const QString &idNumber = fields[1];
    const QString &name = fields[2];
    const auto person = personKey(phone, idNumber, name);
    if (!person) {
        const QString &field = person.error().field;
        CD_FUZZ_CHECK(field == QStringLiteral("phone") || field == QStringLiteral("person"));
        CD_FUZZ_CHECK(!person.error().message.isEmpty());
        return 0;
    }
    const PersonKey &key = person.value();
    CD_FUZZ_CHECK(key.key.size() > 2);
    CD_FUZZ_CHECK(std::all_of(key.idNumber.begin(), key.idNumber.end(),
                              [](QChar c) { return c.isLetterOrNumber() && c.toUpper() == c; }));
    if (!phone.trimmed().isEmpty()) {
        const auto national = phone::normalize(phone);
        CD_FUZZ_CHECK(national && key.phone == national.value());
        CD_FUZZ_CHECK(key.key == QStringLiteral("p:") + key.phone);
        const auto international = personKey(QStringLiteral("+84 ") + key.phone.mid(1), {}, {});
        CD_FUZZ_CHECK(international && international->key == key.key);
    } else if (!key.idNumber.isEmpty()) {
        CD_FUZZ_CHECK(key.key == QStringLiteral("i:") + key.idNumber);
        const auto spaced = personKey({}, u' ' + idNumber + QStringLiteral(" -"), name);
        CD_FUZZ_CHECK(spaced && spaced->key == key.key);
    } else {
        CD_FUZZ_CHECK(key.key.startsWith(QStringLiteral("n:")));
        const auto spaced = personKey({}, {}, QStringLiteral("  ") + name + u' ');
        CD_FUZZ_CHECK(spaced && spaced->key == key.key);
    }
    return 0;
}
