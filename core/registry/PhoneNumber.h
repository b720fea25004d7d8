// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QCoreApplication>

namespace cd::phone {

// Brings a Vietnamese phone number to the national form: 0 and 9 digits for mobiles (0912345678), 0 and
// 10 digits for landlines (02713xxxxxx). Accepts +84…, 84…, 0084…, a number whose leading 0 a spreadsheet
// dropped (912345678, or 912345678.0 from a number cell), and spaces, dots, dashes, parentheses.
// Anything else is an error that quotes the text.
Result<QString> normalize(const QString &written);

// 0912 345 678 -> 0912 *** 678: for screens and exports the user did not confirm.
QString masked(const QString &normalized);

} // namespace cd::phone
