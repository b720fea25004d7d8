// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupPurge.h"

#include "database/Database.h"
#include "database/SqlQuery.h"
#include "database/Transaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QSqlError>

namespace cd {

QStringList purgeStatements(bool hasPersonIds) {
    QStringList statements{QStringLiteral("DELETE FROM scans WHERE scanned_at < ?")};
    // An ID number links to a person only through the scans that carried both.
    if (hasPersonIds)
        statements << QStringLiteral(
            "DELETE FROM person_ids WHERE NOT EXISTS (SELECT 1 FROM scans s WHERE s.person_key = "
            "person_ids.person_key AND s.id_number = person_ids.id_number)");
    return statements;
}

Result<qint64> purgeBackupFile(const QString &path, qint64 beforeSeconds) {
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("cd::BackupPurge", text);
    };
    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("checkpoint-desk-backup-purge-%1").arg(++counter);
    Result<qint64> outcome = qint64(0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        outcome = [&]() -> Result<qint64> {
            if (!db.open())
                return makeError(tr("cannot open the backup: %1").arg(db.lastError().text()), path);
            const auto appId = sql::scalar(db, QStringLiteral("PRAGMA application_id"));
            if (!appId || appId.value().toInt() != Database::kApplicationId)
                return makeError(tr("not a Checkpoint Desk database; left as it is"), path);
            const auto tables = sql::scalar(
                db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = "
                                   "'person_ids'"));
            const auto hasScans = sql::scalar(
                db,
                QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'scans'"));
            if (!tables || !hasScans)
                return makeError(tr("cannot read the backup"), path);
            if (hasScans.value().toInt() == 0)
                return qint64(0);
            if (auto on = sql::exec(db, QStringLiteral("PRAGMA secure_delete = ON")); !on)
                return on.error();
            qint64 deleted = 0;
            {
                Transaction transaction(db);
                if (!transaction.isActive())
                    return makeError(tr("cannot start a transaction: %1").arg(db.lastError().text()), path);
                const QStringList statements = purgeStatements(tables.value().toInt() > 0);
                for (qsizetype i = 0; i < statements.size(); ++i) {
                    auto done =
                        i == 0 ? sql::exec(db, statements[i], {beforeSeconds}) : sql::exec(db, statements[i]);
                    if (!done)
                        return Error{done.error().message, path, 0, {}};
                    if (i == 0)
                        deleted = done.value().numRowsAffected();
                }
                // Backups of schema 6 and before hold the old trace log, which named people by key.
                auto oldLog =
                    sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                                   "'table' AND name = 'trace_audit'"));
                if (oldLog && oldLog.value().toInt() > 0) {
                    const QString bound =
                        QDateTime::fromSecsSinceEpoch(beforeSeconds, Qt::UTC).toString(Qt::ISODate);
                    auto blanked = sql::exec(db,
                                             QStringLiteral("UPDATE trace_audit SET person_key = '' WHERE "
                                                            "traced_at < ? AND person_key <> ''"),
                                             {bound});
                    if (!blanked)
                        return Error{blanked.error().message, path, 0, {}};
                    deleted += blanked.value().numRowsAffected();
                }
                if (deleted == 0)
                    return qint64(0); // nothing to purge: the file is left byte for byte
                if (!transaction.commit())
                    return makeError(tr("the purge could not be committed: %1").arg(transaction.failure()),
                                     path);
            }
            if (auto rebuilt = sql::exec(db, QStringLiteral("VACUUM")); !rebuilt)
                return Error{rebuilt.error().message, path, 0, {}};
            return deleted;
        }();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return outcome;
}

} // namespace cd
