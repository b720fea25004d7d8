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
    , skipInvalid(QStringLiteral("skip-invalid"), CliContext::tr("Write the valid rows anyway.")) {}

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
