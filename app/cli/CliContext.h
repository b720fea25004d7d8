// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "database/Database.h"
#include "intake/DateTimeText.h"
#include "tabular/HeaderDetector.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QTextStream>

#include <memory>

namespace cd::cli {

// Exit codes of every command. PartlyWritten: an import with --skip-invalid stored its valid rows and
// skipped others, which scripts must be able to tell from a full success.
enum ExitCode { Success = 0, DataError = 1, UsageError = 2, PartlyWritten = 3 };

// What a command needs: the output streams, the --db path and the database, opened on first use.
class CliContext {
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(QString databasePath, QTextStream &out, QTextStream &err);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    const QString &databasePath() const { return m_databasePath; }

    // Opens (and creates or upgrades) the database; nullptr after printing the error.
    Database *database();

    // Prints the error as "checkpoint-desk: file:line: field: message" and returns DataError.
    int fail(const Error &error);
    int usage(const QString &message);

private:
    QString m_databasePath;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Database> m_database;
};

// --sheet, --skip-invalid, --map and --date-order, the options every importing command takes.
struct ImportOptions {
    ImportOptions();
    void addTo(QCommandLineParser &parser) const { parser.addOptions({sheet, skipInvalid, map, dateOrder}); }
    // The columns placed by hand (--map FIELD=COLUMN, repeatable); the error names the option.
    Result<tabular::ColumnOverrides> overrides(const QCommandLineParser &parser) const;
    Result<intake::DateOrder> order(const QCommandLineParser &parser) const;
    // Sets the sheet, skip-invalid, column and date-order choices of an importer's options (the register's
    // or the scans'); the error is a usage error naming the option.
    template <typename ImporterOptions>
    Status applyTo(const QCommandLineParser &parser, ImporterOptions &options) const {
        const auto placed = overrides(parser);
        if (!placed)
            return placed.error();
        const auto dates = order(parser);
        if (!dates)
            return dates.error();
        options.sheet = parser.value(sheet);
        options.skipInvalid = parser.isSet(skipInvalid);
        options.overrides = placed.value();
        options.dateOrder = dates.value();
        return success();
    }

    QCommandLineOption sheet;
    QCommandLineOption skipInvalid;
    QCommandLineOption map;
    QCommandLineOption dateOrder;
};

// The day an option gives (YYYY-MM-DD or dd/MM/yyyy), or `fallback` when it is not set; the error names
// the option.
Result<QDate> dateOption(const QCommandLineParser &parser, const QCommandLineOption &option,
                         const QDate &fallback = {});

// Parses a command's arguments with --help and, where asked, --format. Returns -1 to go on, or the exit
// code to stop with (help printed: 0; bad usage: 2).
int parseCommand(CliContext &context, QCommandLineParser &parser, const QString &command,
                 const QStringList &args);

} // namespace cd::cli
