// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QString>

namespace cd::checkin {

// What a line typed or scanned at the check-in desk is. A USB scanner is a keyboard: it types the code and
// presses Enter, so a line is one of these, read without asking.
struct DeskInput {
    enum class Kind {
        IdCard, // the QR of a chip ID card (CCCD)
        Phone,  // a phone number in any form the importer accepts
        Name,   // free text: a name, for which the desk asks the phone
    };
    Kind kind = Kind::Name;
    QString idNumber; // IdCard: the 12-digit CCCD number
    QString name;     // IdCard, Name
    QString phone;    // Phone: national form (0912345678)
};

// Reads one line. The CCCD QR is `ID|old ID|name|ddMMyyyy birth|sex|address|ddMMyyyy issued` (7 fields) or
// the same without the old ID (6 fields); only the ID and the name are taken: the purpose needs no more,
// and the birth date, sex and address are never kept. Refused (field "input"):
//  - an empty line;
//  - what a scanner set to another keyboard layout types (the field separator turned into another
//    character, Vietnamese letters lost or replaced, digits shifted to symbols), explained as such;
//  - a CCCD line with a malformed number or no name.
Result<DeskInput> readDeskInput(const QString &line);

} // namespace cd::checkin
