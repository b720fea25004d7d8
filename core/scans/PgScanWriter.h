// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScanWriter.h"

#include <QByteArray>

struct pg_conn;

namespace cd {

// The scans of an import on a PostgreSQL server. One INSERT per scan is a round trip per scan; instead the
// rows are streamed with COPY (libpq, on Qt's own connection and in the caller's transaction) into a
// temporary table, and every step's worth of them is moved into the scans by one statement that skips
// the ones stored already and returns what it added per checkpoint and day. Steps run in the file's order
// and each moves its rows in line order, so of two equal scans in a file the first is stored, as on
// SQLite. The temporary table is dropped when the transaction ends, committed or not.
class PgScanWriter final : public ScanWriter {
public:
    static Result<std::unique_ptr<ScanWriter>> open(pg_conn *connection, qint64 importId);
    ~PgScanWriter() override;
    PgScanWriter(const PgScanWriter &) = delete;
    PgScanWriter &operator=(const PgScanWriter &) = delete;

    Status write(const ScanRecord &scan) override;
    Result<ScanWriteTally> finish() override;

    // Rows moved into the scans per statement: large enough that the round trips do not count, small
    // enough that sorting a step's rows by line stays in memory (work_mem is raised for the import).
    static constexpr qint64 rowsPerStep = 65536;

private:
    PgScanWriter(pg_conn *connection, qint64 importId);
    Status run(const QByteArray &statement) const;
    Status startCopy();
    Status sendBuffer();
    Status endCopy();
    Status moveStaged();
    Error serverError(const QString &what) const;

    pg_conn *m_connection;
    qint64 m_importId;
    QByteArray m_buffer; // COPY text not sent yet
    qint64 m_staged = 0; // rows in the temporary table, not moved yet
    bool m_copying = false;
    ScanWriteTally m_tally;
};

} // namespace cd
