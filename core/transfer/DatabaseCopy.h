// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CopyFigures.h"
#include "CopySettings.h"
#include "database/Database.h"

#include <QCoreApplication>

namespace cd {

struct CopyReport {
    CopyArea area;
    QVector<QPair<QString, qint64>> written; // table → rows added or changed on the target
    CopyFigures source;
    CopyFigures target;      // equal to source: a copy that does not verify is not committed
    qint64 scansSkipped = 0; // older than the target's last purge
};

// Moves an office's data between two databases (db copy): an office's SQLite file up to the server, or
// one district's data down into a file. The target keeps what it holds: rows are matched by their
// natural keys (checkpoint codes, a scan's checkpoint code, second and person, an import's file and
// hash, alias keys), never by ids, which differ between databases; a checkpoint code of another district
// on the target is an error, not an overwrite. Running a copy again writes nothing. Everything happens
// in one transaction on the target, committed only when the figures of the area (CopyFigures) are the
// same on both sides; the copy is then recorded in the audit log of both.
class DatabaseCopy {
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)

public:
    DatabaseCopy(Database &source, Database &target)
        : m_source(source)
        , m_target(target) {}

    // All of the source's data (an office's file) to the target (a server).
    Result<CopyReport> upload();
    // The data of one district of the source (a server) to the target (an office's file).
    Result<CopyReport> download(const AdminUnit &district);

    // Scans per statement: large enough that a round trip to the server is cheap per row, small enough
    // for SQLite's limit of bound values.
    static constexpr int kBatchRows = 500;

private:
    Result<CopyReport> copy(const CopyArea &area, CopyDirection direction, const AdminUnit &district);

    Database &m_source;
    Database &m_target;
};

} // namespace cd
