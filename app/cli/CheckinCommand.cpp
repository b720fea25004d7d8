// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

#include "checkin/CheckinDesk.h"

#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>

namespace cd::cli {

namespace {

// "NAME; PHONE" or "NAME<tab>PHONE": a kiosk or a script cannot be asked for the phone of a name.
std::pair<QString, QString> splitPhone(const QString &line) {
    for (const QChar separator : {u'\t', u';'}) {
        if (line.contains(u'|'))
            break; // a CCCD code
        if (const qsizetype at = line.lastIndexOf(separator); at > 0)
            return {line.left(at), line.mid(at + 1)};
    }
    return {line, {}};
}

} // namespace

int runCheckin(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "The check-in desk without a window, for kiosks and scripts: reads scanner lines from standard input "
        "(a CCCD code, a phone number, or “NAME; PHONE”), records each at once as a scan of the checkpoint "
        "at that second (Vietnam time), and prints one result line per input line. The same person again "
        "within the repeat window is one scan. The birth date, sex and address of a CCCD are not stored. "
        "Exit code 1 when some line was refused."));
    const QCommandLineOption checkpoint(QStringLiteral("checkpoint"),
                                        CliContext::tr("The checkpoint's code."), CliContext::tr("CODE"));
    const QCommandLineOption direction(QStringLiteral("direction"), CliContext::tr("in (default) or out."),
                                       CliContext::tr("in|out"), QStringLiteral("in"));
    const QCommandLineOption repeat(QStringLiteral("repeat-minutes"),
                                    CliContext::tr("The same person within this many minutes is one scan "
                                                   "(default %1).")
                                        .arg(checkin::CheckinDesk::kDefaultRepeatMinutes),
                                    CliContext::tr("N"),
                                    QString::number(checkin::CheckinDesk::kDefaultRepeatMinutes));
    parser.addOptions({checkpoint, direction, repeat});
    if (const int code = parseCommand(context, parser, QStringLiteral("checkin"), args); code >= 0)
        return code;
    if (!parser.isSet(checkpoint))
        return context.usage(CliContext::tr("give the checkpoint with --checkpoint CODE"));
    bool numeric = false;
    const int minutes = parser.value(repeat).toInt(&numeric);
    if (!numeric || minutes < 0)
        return context.usage(CliContext::tr("--repeat-minutes takes a number of minutes"));
    Database *db = context.database();
    if (!db)
        return DataError;
    auto desk = checkin::CheckinDesk::open(db->connection(), parser.value(checkpoint),
                                           parser.value(direction), minutes);
    if (!desk)
        return context.fail(desk.error());

    QTextStream in(stdin);
    in.setEncoding(QStringConverter::Utf8);
    qint64 line = 0, recorded = 0, repeats = 0, refused = 0;
    while (!in.atEnd()) {
        const QString text = in.readLine();
        ++line;
        if (text.trimmed().isEmpty())
            continue;
        const auto [scanned, phone] = splitPhone(text);
        auto input = checkin::readDeskInput(scanned);
        Result<checkin::DeskRecord> done = input ? desk.value().record(input.value(), phone) : input.error();
        if (!done) {
            ++refused;
            context.out() << CliContext::tr("%1: refused: %2").arg(line).arg(done.error().message)
                          << Qt::endl;
            continue;
        }
        const checkin::DeskRecord &r = done.value();
        const QString who = QStringList{r.name, r.maskedPhone, r.maskedIdNumber}
                                .filter(QRegularExpression(QStringLiteral(".")))
                                .join(QStringLiteral(", "));
        if (r.repeat) {
            ++repeats;
            context.out() << CliContext::tr("%1: repeat: %2, already recorded at %3")
                                 .arg(line)
                                 .arg(who, r.at.toString(QStringLiteral("HH:mm:ss")))
                          << Qt::endl;
        } else {
            ++recorded;
            context.out() << CliContext::tr("%1: recorded %2: %3")
                                 .arg(line)
                                 .arg(r.at.toString(QStringLiteral("HH:mm:ss")), who)
                          << Qt::endl;
        }
    }
    if (auto closed = desk.value().close(); !closed)
        return context.fail(closed.error());
    context.err()
        << CliContext::tr("%1 recorded, %2 repeats, %3 refused.").arg(recorded).arg(repeats).arg(refused)
        << Qt::endl;
    return refused > 0 ? DataError : Success;
}

} // namespace cd::cli
