// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

#include "qr/QrDecoder.h"
#include "registry/CheckpointRegistry.h"
#include "registry/QrPayloads.h"

namespace cd::cli {
namespace {

int runDecode(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Reads the QR code in an image (PNG or JPEG: the file "
                                                    "the national system gave, or a photo or scan of an "
                                                    "old poster) and prints its payload."));
    parser.addPositionalArgument(QStringLiteral("image"), CliContext::tr("The image."),
                                 CliContext::tr("IMAGE"));
    if (const int code = parseCommand(context, parser, QStringLiteral("qr decode"), args); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.usage(CliContext::tr("qr decode needs exactly one IMAGE"));
    const auto decoded = QrDecoder::decodeFile(parser.positionalArguments().first());
    if (!decoded)
        return context.fail(decoded.error()); // the message names the image
    context.out() << decoded->text << Qt::endl;
    return Success;
}

} // namespace

int runSetQr(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Stores the QR payload the national system issued for a "
                                                    "checkpoint: pasted with --payload, or read from "
                                                    "the QR image with --from-image. An empty --payload "
                                                    "removes it; the office's template is printed then."));
    const QCommandLineOption payload(QStringLiteral("payload"), CliContext::tr("The payload."),
                                     CliContext::tr("TEXT"));
    const QCommandLineOption image(QStringLiteral("from-image"), CliContext::tr("An image of the QR code."),
                                   CliContext::tr("FILE"));
    parser.addOptions({payload, image});
    parser.addPositionalArgument(QStringLiteral("code"), CliContext::tr("The checkpoint."),
                                 CliContext::tr("CODE"));
    if (const int code = parseCommand(context, parser, QStringLiteral("checkpoints set-qr"), args); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1 || parser.isSet(payload) == parser.isSet(image))
        return context.usage(CliContext::tr("give one CODE and either --payload or --from-image"));
    QString text = parser.value(payload);
    if (parser.isSet(image)) {
        const auto decoded = QrDecoder::decodeFile(parser.value(image));
        if (!decoded)
            return context.fail(decoded.error());
        text = decoded->text;
    }
    Database *db = context.database();
    if (!db)
        return DataError;
    CheckpointRegistry registry(db->connection());
    auto c = registry.byCode(parser.positionalArguments().first());
    if (!c)
        return context.fail(makeError(CliContext::tr("there is no checkpoint with the code “%1”")
                                          .arg(parser.positionalArguments().first())));
    c->issuedQrPayload = text;
    const auto updated = registry.update(*c);
    if (!updated)
        return context.fail(updated.error());
    const PrintedPayload printed = QrPayloads(db->connection()).printed(updated.value());
    context.out() << CliContext::tr("%1: %2 (%3)").arg(updated->code, printed.payload, printed.sourceKey())
                  << Qt::endl;
    return Success;
}

int runQr(CliContext &context, const QStringList &args) {
    return dispatchSubcommand(
        context, QStringLiteral("qr"),
        {{QStringLiteral("decode"), CliContext::tr("Read the QR code of an image."), &runDecode}}, args);
}

} // namespace cd::cli
