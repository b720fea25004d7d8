// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScanWriter.h"

#include "PgScanWriter.h"
#include "ScanTime.h"
#include "database/PgConnection.h"
#include "database/SqlQuery.h"
#include "database/SqliteHandle.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

namespace cd {
namespace {

class QtSqlScanWriter final : public ScanWriter {
public:
    QtSqlScanWriter(const QSqlDatabase &db, qint64 importId)
        : m_insert(db) {
        m_prepared = m_insert.prepare(insertStatement());
        m_insert.bindValue(7, importId);
    }
    Status prepared() const { return m_prepared ? success() : Status(sql::errorOf(m_insert)); }

    Status write(const ScanRecord &scan) override {
        m_insert.bindValue(0, scan.checkpointId);
        m_insert.bindValue(1, scan.scannedAt);
        const QByteArray *texts[] = {&scan.personKey, &scan.personName, &scan.phone, &scan.idNumber,
                                     &scan.direction};
        for (int i = 0; i < 5; ++i) // Qt binds a null QString as NULL; these columns hold '' when empty.
            m_insert.bindValue(2 + i,
                               texts[i]->isEmpty() ? QStringLiteral("") : QString::fromUtf8(*texts[i]));
        if (!m_insert.exec())
            return Error{sql::errorOf(m_insert).message, {}, scan.line, {}};
        if (m_insert.numRowsAffected() > 0)
            m_tally.noteAdded(scan.checkpointId, scan.scannedAt);
        else
            ++m_tally.duplicates;
        return success();
    }
    Result<ScanWriteTally> finish() override { return std::move(m_tally); }

private:
    QSqlQuery m_insert;
    bool m_prepared = false;
    ScanWriteTally m_tally;
};

class SqliteScanWriter final : public ScanWriter {
public:
    SqliteScanWriter(sqlite3 *handle, qint64 importId)
        : m_handle(handle)
        , m_importId(importId) {}
    ~SqliteScanWriter() override { sqlite3_finalize(m_insert); }

    Status prepare() {
        const QByteArray statement = insertStatement().toUtf8();
        if (sqlite3_prepare_v3(m_handle, statement.constData(), int(statement.size()),
                               SQLITE_PREPARE_PERSISTENT, &m_insert, nullptr) != SQLITE_OK)
            return lastError();
        return success();
    }

    Status write(const ScanRecord &scan) override {
        // The texts outlive the step that reads them, so SQLite need not copy them (SQLITE_STATIC).
        const auto bindText = [this](int column, const QByteArray &value) {
            return sqlite3_bind_text(m_insert, column, value.isNull() ? "" : value.constData(),
                                     int(value.size()), SQLITE_STATIC);
        };
        int rc = sqlite3_bind_int64(m_insert, 1, scan.checkpointId);
        rc |= sqlite3_bind_int64(m_insert, 2, scan.scannedAt);
        rc |= bindText(3, scan.personKey);
        rc |= bindText(4, scan.personName);
        rc |= bindText(5, scan.phone);
        rc |= bindText(6, scan.idNumber);
        rc |= bindText(7, scan.direction);
        rc |= sqlite3_bind_int64(m_insert, 8, m_importId);
        if (rc != SQLITE_OK)
            return lastError(scan.line);
        const int stepped = sqlite3_step(m_insert);
        sqlite3_reset(m_insert);
        if (stepped != SQLITE_DONE)
            return lastError(scan.line);
        if (sqlite3_changes(m_handle) > 0)
            m_tally.noteAdded(scan.checkpointId, scan.scannedAt);
        else
            ++m_tally.duplicates;
        return success();
    }
    Result<ScanWriteTally> finish() override { return std::move(m_tally); }

private:
    Error lastError(qint64 line = 0) const {
        const QString said = QString::fromUtf8(sqlite3_errmsg(m_handle));
        const QString explained = sql::explainSqliteCode(sqlite3_extended_errcode(m_handle));
        return makeError(
            explained.isEmpty()
                ? QCoreApplication::translate("cd::ScanWriter", "the database refused the scan: %1").arg(said)
                : QStringLiteral("%1 (%2)").arg(explained, said),
            {}, line);
    }

    sqlite3 *m_handle;
    qint64 m_importId;
    sqlite3_stmt *m_insert = nullptr;
    ScanWriteTally m_tally;
};

} // namespace

void ScanWriteTally::noteAdded(qint64 checkpointId, qint64 scannedAt, qint64 count) {
    added += count;
    dailyAdded[qMakePair(checkpointId, scantime::vietnamDay(scannedAt))] += count;
}

QString ScanWriter::insertStatement() {
    return QStringLiteral("INSERT INTO scans (checkpoint_id, scanned_at, person_key, person_name, phone, "
                          "id_number, direction, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                          "ON CONFLICT (checkpoint_id, scanned_at, person_key) DO NOTHING");
}

Result<std::unique_ptr<ScanWriter>> ScanWriter::open(const QSqlDatabase &db, qint64 importId, bool careful) {
    if (sqlite3 *handle = sql::sqliteHandleOf(db)) {
        auto writer = std::make_unique<SqliteScanWriter>(handle, importId);
        if (auto prepared = writer->prepare(); !prepared)
            return prepared.error();
        return std::unique_ptr<ScanWriter>(std::move(writer));
    }
    if (pg_conn *handle = sql::pgHandleOf(db))
        return PgScanWriter::open(handle, importId, careful);
    auto writer = std::make_unique<QtSqlScanWriter>(db, importId);
    if (auto prepared = writer->prepared(); !prepared)
        return prepared.error();
    return std::unique_ptr<ScanWriter>(std::move(writer));
}

} // namespace cd
