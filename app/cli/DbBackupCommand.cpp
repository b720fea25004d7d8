// SPDX-License-Identifier: GPL-3.0-or-later
#include "DbCommands.h"

#include "common/VnFormat.h"
#include "database/Backup.h"

#include <QDir>

namespace cd::cli {

int runDbBackup(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Writes a consistent copy of the database to FILE with SQLite's online backup, even while the "
        "application or an import uses it. With --auto, makes the day's automatic backup in the folder "
        "set with “db auto-backup” (for a scheduled task). Recorded in the audit log."));
    const QCommandLineOption automatic(QStringLiteral("auto"),
                                       CliContext::tr("Make the automatic backup into its folder."));
    parser.addOption(automatic);
    parser.addPositionalArgument(QStringLiteral("FILE"), CliContext::tr("The copy to write."),
                                 QStringLiteral("[FILE]"));
    if (const int code = parseCommand(context, parser, QStringLiteral("db backup"), args); code >= 0)
        return code;
    const bool isAutomatic = parser.isSet(automatic);
    if (isAutomatic == (parser.positionalArguments().size() == 1) || parser.positionalArguments().size() > 1)
        return context.usage(CliContext::tr("give the file to write, or --auto"));
    Database *db = context.database();
    if (!db)
        return DataError;
    Backup backup(*db);
    const auto written =
        isAutomatic ? backup.writeAutomatic() : backup.write(parser.positionalArguments().first());
    if (!written)
        return context.fail(written.error());
    context.out() << CliContext::tr("Backed up to %1 (%2 bytes).")
                         .arg(QDir::toNativeSeparators(written->file), format::number(written->bytes))
                  << '\n';
    for (const QString &removed : written->removed)
        context.out()
            << CliContext::tr("Older automatic backup removed: %1").arg(QDir::toNativeSeparators(removed))
            << '\n';
    context.out().flush();
    return Success;
}

int runDbRestore(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Replaces the database with a backup. The backup is checked first (SQLite's integrity check, a "
        "Checkpoint Desk database of a schema this version knows); the current database is kept beside it "
        "as FILE.before-restore-DATE.sqlite. The audit log since the backup is carried over, and days "
        "purged since stay purged. Recorded in the audit log."));
    parser.addPositionalArgument(QStringLiteral("FILE"), CliContext::tr("The backup to restore."));
    if (const int code = parseCommand(context, parser, QStringLiteral("db restore"), args); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.usage(CliContext::tr("give the backup to restore"));
    const QString file = parser.positionalArguments().first();
    // Checked before the database is even opened: a bad file changes nothing.
    if (const auto version = Backup::examine(file); !version)
        return context.fail(version.error());
    Database *db = context.database();
    if (!db)
        return DataError;
    const auto restored = Backup(*db).restore(file);
    if (!restored)
        return context.fail(restored.error());
    QTextStream &out = context.out();
    out << CliContext::tr("Restored from %1 (schema %2).")
               .arg(QDir::toNativeSeparators(restored->file))
               .arg(restored->schemaVersion)
        << '\n'
        << CliContext::tr("The database as it was is kept as %1.")
               .arg(QDir::toNativeSeparators(restored->keptAs))
        << '\n';
    if (restored->auditCarried > 0)
        out << CliContext::tr("%1 audit entries made since the backup were carried over.")
                   .arg(format::number(restored->auditCarried))
            << '\n';
    if (restored->purgedAgain)
        out << CliContext::tr("Personal data purged since the backup was purged again.") << '\n';
    out.flush();
    return Success;
}

int runDbAutoBackup(CliContext &context, const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "Shows or sets the automatic daily backup: the application makes one a day into FOLDER, keeping "
        "the newest N (7 unless given). Without options, shows the setting."));
    const QCommandLineOption folder(QStringLiteral("folder"), CliContext::tr("Back up into this folder."),
                                    CliContext::tr("FOLDER"));
    const QCommandLineOption keep(QStringLiteral("keep"), CliContext::tr("Keep the newest N backups."),
                                  QStringLiteral("N"));
    const QCommandLineOption off(QStringLiteral("off"), CliContext::tr("Stop the automatic backups."));
    parser.addOptions({folder, keep, off});
    if (const int code = parseCommand(context, parser, QStringLiteral("db auto-backup"), args); code >= 0)
        return code;
    Database *db = context.database();
    if (!db)
        return DataError;
    Backup backup(*db);
    AutoBackupSettings settings = backup.autoSettings();
    if (parser.isSet(folder) || parser.isSet(keep) || parser.isSet(off)) {
        if (parser.isSet(off) && (parser.isSet(folder) || parser.isSet(keep)))
            return context.usage(CliContext::tr("--off takes no --folder or --keep"));
        if (parser.isSet(folder))
            settings.folder = QDir(parser.value(folder)).absolutePath();
        if (parser.isSet(keep)) {
            bool ok = false;
            settings.keep = parser.value(keep).toInt(&ok);
            if (!ok)
                return context.usage(CliContext::tr("--keep needs a whole number"));
        }
        settings.enabled = !parser.isSet(off);
        if (auto saved = backup.setAutoSettings(settings); !saved)
            return context.fail(saved.error());
    }
    QTextStream &out = context.out();
    if (settings.enabled)
        out << CliContext::tr("Automatic backups: daily to %1, the newest %2 kept.")
                   .arg(QDir::toNativeSeparators(settings.folder))
                   .arg(settings.keep);
    else
        out << CliContext::tr("Automatic backups: off.");
    out << '\n';
    if (settings.lastDay.isValid())
        out << CliContext::tr("Last automatic backup: %1.").arg(format::date(settings.lastDay)) << '\n';
    out.flush();
    return Success;
}

} // namespace cd::cli
