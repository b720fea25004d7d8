// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the phone normaliser (registry/PhoneNumber.h): phone::normalize and phone::masked.
//
// The first byte is the mode (see FuzzInput.h; only its UTF-16 bit counts), the rest the phone as a
// register or a scan export wrote it.
//
// Invariants (a broken one traps):
//  - an accepted phone is in the national form: ASCII digits, 0 then 9 digits for a mobile (03, 05, 07,
//    08, 09) or 02 then 9 digits for a landline;
//  - normalising is idempotent, and +84 before the number without its 0 gives the same number;
//  - a refusal is an error of the field "phone" with a message;
//  - masked() keeps the length, the first four and the last three digits of a national number and stars
//    the others; it takes any text without failing.
#include "FuzzInput.h"

#include "registry/PhoneNumber.h"

#include <algorithm>

using namespace cd;

namespace {

bool nationalForm(const QString &phone) {
    if (!std::all_of(phone.begin(), phone.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return false;
    if (phone.size() < 2 || phone[0] != u'0')
        return false;
    if (phone[1] == u'2')
        return phone.size() == 11;
    return phone.size() == 10 && QStringLiteral("35789").contains(phone[1]);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QString written = fuzz::inputOf(data, size).text;
    const auto phone = phone::normalize(written);
    phone::masked(written);
    if (!phone) {
        CD_FUZZ_CHECK(phone.error().field == QStringLiteral("phone") && !phone.error().message.isEmpty());
        return 0;
    }
    const QString &national = phone.value();
    CD_FUZZ_CHECK(nationalForm(national));
    const auto again = phone::normalize(national);
    CD_FUZZ_CHECK(again && again.value() == national);
    const auto international = phone::normalize(QStringLiteral("+84 ") + national.mid(1));
    CD_FUZZ_CHECK(international && international.value() == national);
    const QString masked = phone::masked(national);
    CD_FUZZ_CHECK(masked.size() == national.size() && masked.left(4) == national.left(4) &&
                  masked.right(3) == national.right(3) &&
                  masked.mid(4, national.size() - 7) == QString(national.size() - 7, u'*'));
    return 0;
}
