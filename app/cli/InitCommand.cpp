// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

#include "units/OfficeScope.h"

namespace cd::cli {

int runInit(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Sets the area this database serves: one district, or a whole province for a provincial "
        "office. Names are matched as people write them (“Bình Phước”, “binh phuoc”, “Tỉnh Bình "
        "Phước”)."));
    const QCommandLineOption province(QStringLiteral("province"), CliContext::tr("The province."),
                                      CliContext::tr("NAME"));
    const QCommandLineOption district(QStringLiteral("district"),
                                      CliContext::tr("The district; leave out for the whole province."),
                                      CliContext::tr("NAME"));
    parser.addOptions({province, district});
    if (const int code = parseCommand(context, parser, QStringLiteral("init"), args); code >= 0)
        return code;
    if (!parser.isSet(province))
        return context.usage(CliContext::tr("init needs --province"));
    if (!parser.positionalArguments().isEmpty())
        return context.usage(
            CliContext::tr("unexpected argument “%1”").arg(parser.positionalArguments().first()));

    Database *db = context.database();
    if (!db)
        return DataError;
    OfficeScope scope(db->connection());
    const auto configured = scope.configure(parser.value(province), parser.value(district));
    if (!configured)
        return context.fail(configured.error());
    const qsizetype communes = scope.communes().size();
    context.out() << CliContext::tr("%1 serves %2 (%n commune(s)).", nullptr, int(communes))
                         .arg(db->path(), configured->displayName())
                  << Qt::endl;
    return Success;
}

} // namespace cd::cli
