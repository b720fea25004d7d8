// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeskInput.h"

#include "registry/PhoneNumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace cd::checkin {

namespace {

// The context lupdate gives the tr() calls of this namespace's free functions.
QString tr(const char *text) {
    return QCoreApplication::translate("cd::checkin", text);
}

Error refused(const QString &message) {
    return Error{message, {}, 0, QStringLiteral("input")};
}

bool allDigits(QStringView text) {
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

// What a USB scanner types when the PC's keyboard layout is not the one it was set for. The scanner sends
// key positions, not letters: on a French (AZERTY) layout the digit row comes out as these characters;
// its UTF-8 bytes read as Windows-1252 give these pairs; a scanner that cannot type a letter sends "?".
const QString kAzertyDigitRow = QStringLiteral("&é\"'(-è_çà");
// UTF-8 read as Windows-1252: "Nguyễn" arrives as "Nguyá»…n", "Đ" as "Ä", "ư" as "Æ°".
const QRegularExpression kMojibake(QStringLiteral("á»|Ã[\\x{80}-\\x{BF}\\x{152}\\x{160}\\x{178}\\x{17D}\\x{"
                                                  "2013}-\\x{203A}]|Ä[\\x{80}-\\x{BF}\\x{2018}\\x{2019}]|"
                                                  "Æ[\\x{80}-\\x{BF}]|\\x{FFFD}"));

QString layoutMismatch(const QString &why) {
    return tr("the scanner's keyboard language does not match this computer's (%1): set the scanner, or "
              "Windows' keyboard, to English (US), and scan again. Nothing was stored.")
        .arg(why);
}

// Why a line looks like a scanner's output on the wrong layout, or empty when it does not.
QString garbled(const QString &line) {
    // A CCCD code opens with its 12 digits; on AZERTY they come out as the digit row's characters.
    const QStringView head = QStringView(line).left(12);
    const auto shifted =
        std::count_if(head.begin(), head.end(), [](QChar c) { return kAzertyDigitRow.contains(c); });
    if (head.size() == 12 && shifted >= 8)
        return tr("the digits came out as “%1”").arg(head.toString());
    // The separator turned into another character: 12 digits, then the same non-digit again and again.
    if (line.size() > 13 && allDigits(QStringView(line).left(12)) && line.at(12) != u'|' &&
        !line.at(12).isLetterOrNumber() && line.count(line.at(12)) >= 5 && !line.contains(u'|'))
        return tr("the field separator “|” came out as “%1”").arg(line.at(12));
    if (const auto found = kMojibake.match(line); found.hasMatch())
        return tr("the Vietnamese letters came out as “%1”").arg(found.captured());
    return {};
}

bool lettersLost(const QString &name) {
    return name.contains(u'?') || name.contains(QChar(0xFFFD));
}

bool looksLikeName(const QString &text) {
    int letters = 0;
    for (const QChar c : text) {
        if (c.isLetter() || c.isMark())
            ++letters;
        else if (!c.isSpace() && c != u'.' && c != u'-' && c != u'\'')
            return false;
    }
    return letters >= 2;
}

Result<DeskInput> readIdCard(const QString &line) {
    const QStringList fields = line.split(u'|');
    if (fields.size() != 7 && fields.size() != 6)
        return refused(
            tr("a CCCD code has 6 or 7 fields separated by “|”; this one has %1").arg(fields.size()));
    DeskInput input;
    input.kind = DeskInput::Kind::IdCard;
    input.idNumber = fields[0].trimmed();
    input.name = fields[fields.size() == 7 ? 2 : 1].simplified();
    const QString birth = fields[fields.size() == 7 ? 3 : 2].trimmed();
    if (input.idNumber.size() != 12 || !allDigits(input.idNumber))
        return refused(tr("the CCCD number “%1” is not 12 digits").arg(input.idNumber));
    if (lettersLost(input.name))
        return refused(
            layoutMismatch(tr("the Vietnamese letters of the name were lost: “%1”").arg(input.name)));
    if (!looksLikeName(input.name))
        return refused(tr("the CCCD code holds no name"));
    if (!birth.isEmpty() && (birth.size() != 8 || !allDigits(birth)))
        return refused(tr("this is not a CCCD code: its birth date “%1” is not ddMMyyyy").arg(birth));
    return input;
}

} // namespace

Result<DeskInput> readDeskInput(const QString &written) {
    const QString line = written.trimmed();
    if (line.isEmpty())
        return refused(tr("nothing was scanned or typed"));
    if (const QString why = garbled(line); !why.isEmpty())
        return refused(layoutMismatch(why));
    if (line.contains(u'|'))
        return readIdCard(line);

    static const QRegularExpression phoneLike(QStringLiteral("^[+0-9 .()\\-]+$"));
    if (phoneLike.match(line).hasMatch()) {
        QString digits;
        for (const QChar c : line)
            if (c.isDigit())
                digits += c;
        // A CCCD (12 digits) or an old CMND (9) typed by hand, not a phone.
        if ((digits.size() == 12 || digits.size() == 9) && !line.startsWith(u'+') && allDigits(line)) {
            DeskInput input;
            input.kind = DeskInput::Kind::IdCard;
            input.idNumber = digits;
            return input;
        }
        const auto phone = phone::normalize(line);
        if (!phone)
            return refused(tr("“%1” is neither a phone number nor an ID number").arg(line));
        DeskInput input;
        input.kind = DeskInput::Kind::Phone;
        input.phone = phone.value();
        return input;
    }
    if (lettersLost(line))
        return refused(layoutMismatch(tr("the Vietnamese letters were lost: “%1”").arg(line)));
    if (!looksLikeName(line))
        return refused(tr("“%1” is not a CCCD code, a phone number or a name").arg(line));
    DeskInput input;
    input.kind = DeskInput::Kind::Name;
    input.name = line.simplified();
    return input;
}

} // namespace cd::checkin
