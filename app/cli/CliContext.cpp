// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"

#include "Workspace.h"
#include "common/VnFormat.h"

#include <QRegularExpression>

namespace cd::cli {

CliContext::CliContext(QString databasePath, QTextStream &out, QTextStream &err)
    : m_databasePath(std::move(databasePath))
    , m_out(out)
    , m_err(err) {}

Database *CliContext::database() {
    if (!m_database) {
        auto opened = openWorkspace(m_databasePath);
        if (!opened) {
            fail(opened.error());
            return nullptr;
        }
        m_database = std::move(opened).value();
    }
    return m_database.get();
}

int CliContext::fail(const Error &error) {
    m_err << "checkpoint-desk: " << error.toString() << Qt::endl;
    return DataError;
}

int CliContext::usage(const QString &message) {
    m_err << "checkpoint-desk: " << message << Qt::endl;
    return UsageError;
}

int parseCommand(CliContext &context, QCommandLineParser &parser, const QString &command,
                 const QStringList &args) {
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  CliContext::tr("Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("checkpoint-desk ") + command} + args))
        return context.usage(parser.errorText() + QStringLiteral("\n") +
                             CliContext::tr("Run “checkpoint-desk %1 --help” for the options.").arg(command));
    if (parser.isSet(help)) {
        // helpText() names the binary's path; users type the command.
        QString text = parser.helpText();
        const qsizetype firstLineEnd = text.indexOf(u'\n');
        const qsizetype optionsAt = text.lastIndexOf(u' ', firstLineEnd);
        text.replace(0, optionsAt, CliContext::tr("Usage: checkpoint-desk %1").arg(command));
        context.out() << text;
        return Success;
    }
    return -1;
}

ImportOptions::ImportOptions()
    : sheet(QStringLiteral("sheet"), CliContext::tr("Worksheet of a workbook."), CliContext::tr("NAME"))
    , skipInvalid(QStringLiteral("skip-invalid"),
                  CliContext::tr("Write the valid rows anyway (exit code 3 when rows were skipped)."))
    , map(QStringLiteral("map"),
          CliContext::tr("Read FIELD from COLUMN: a header as written, a column letter or a 1-based number "
                         "(repeatable), for a column the import cannot place."),
          CliContext::tr("FIELD=COLUMN"))
    , dateOrder(
          QStringLiteral("date-order"),
          CliContext::tr("How a/b/yyyy dates are written: dmy (day first) or mdy (month first). Default: "
                         "decided from the file's values."),
          QStringLiteral("dmy|mdy")) {}

Result<tabular::ColumnOverrides> ImportOptions::overrides(const QCommandLineParser &parser) const {
    tabular::ColumnOverrides overrides;
    for (const QString &value : parser.values(map)) {
        const qsizetype equals = value.indexOf(u'=');
        if (equals <= 0 || equals == value.size() - 1)
            return makeError(CliContext::tr("“%1” is not FIELD=COLUMN").arg(value), {}, 0,
                             QStringLiteral("--map"));
        overrides.insert(value.left(equals).trimmed(), value.mid(equals + 1).trimmed());
    }
    return overrides;
}

Result<intake::DateOrder> ImportOptions::order(const QCommandLineParser &parser) const {
    if (!parser.isSet(dateOrder))
        return intake::DateOrder::Automatic;
    const QString value = parser.value(dateOrder).trimmed().toLower();
    if (value == QLatin1String("dmy") || value == QLatin1String("dd/mm"))
        return intake::DateOrder::DayFirst;
    if (value == QLatin1String("mdy") || value == QLatin1String("mm/dd"))
        return intake::DateOrder::MonthFirst;
    return makeError(CliContext::tr("“%1” is not a date order (dmy or mdy)").arg(parser.value(dateOrder)), {},
                     0, QStringLiteral("--date-order"));
}

Result<QDate> dateOption(const QCommandLineParser &parser, const QCommandLineOption &option,
                         const QDate &fallback) {
    if (!parser.isSet(option))
        return fallback;
    const auto parsed = format::parseDate(parser.value(option));
    if (!parsed)
        return Error{parsed.error().message, {}, 0, QStringLiteral("--") + option.names().first()};
    return parsed.value();
}

} // namespace cd::cli
