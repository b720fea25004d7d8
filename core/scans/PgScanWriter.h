// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScanWriter.h"

#include <QByteArray>
#include <QSet>
#include <QVector>

#include <vector>

struct pg_conn;

namespace cd {

// The scans of an import on a PostgreSQL server. One INSERT per scan is a round trip per scan; instead the
// rows are sent with COPY (libpq, on Qt's own connection and in the caller's transaction), a step's worth
// at a time, in the file's order. A step goes one of two ways:
//   - straight into the scans, when none of them can be there already: no two of the step's rows share a
//     key, and none of the scans stored at the step's checkpoints within its times has the key of one of
//     them. This is what a new export is, and it costs about what psql's \copy costs (docs/scale.md);
//   - otherwise into a temporary table, and from there into the scans by one statement that skips the
//     ones stored already, in line order, and returns what it added per checkpoint and day.
// Either way the first of two equal scans in a file is the one stored, as on SQLite. A straight step is
// not waited for: the server stores it while the next step is read and written out, and its result is
// read before that next step's statements (a failure comes with the next write() or finish()).
//
// The check that nothing is there sees what is committed. Another import committing the same scans at
// the same moment makes the straight copy fail on their key; the writer then says so
// (needsCarefulRerun), and the importer runs the file again with every step through the temporary table.
// A district office, under row-level security, may not COPY into the scans, and always goes that way.
//
// The checkpoints a step uses are locked as a foreign key's check would lock them (FOR KEY SHARE), once
// each per import: none of them can be deleted before the import commits (migration 9).
class PgScanWriter final : public ScanWriter {
public:
    // careful: every step through the temporary table.
    static Result<std::unique_ptr<ScanWriter>> open(pg_conn *connection, qint64 importId, bool careful);
    ~PgScanWriter() override;
    PgScanWriter(const PgScanWriter &) = delete;
    PgScanWriter &operator=(const PgScanWriter &) = delete;

    Status write(const ScanRecord &scan) override;
    Result<ScanWriteTally> finish() override;
    bool needsCarefulRerun() const override { return m_conflicted; }
    qint64 rowsStoredAtOnce() const override { return rowsPerStep; }

    // Rows per step: large enough that the round trips do not count, small enough that a step's text is a
    // few megabytes and sorting its rows by line stays in memory (work_mem is raised for the import).
    static constexpr qint64 rowsPerStep = 65536;
    // Stored scans within a step's times compared with its rows one by one; with more, the step is taken
    // for one imported again.
    static constexpr int kStoredKeysCompared = 4096;

private:
    PgScanWriter(pg_conn *connection, qint64 importId, bool careful);
    Status run(const QByteArray &statement) const;
    // A COPY of the step's rows, sent; its result is read by awaitCopy before anything else runs.
    Status sendCopy(const char *statement);
    Status awaitCopy(const QVector<qint64> &lines); // lines: those of the rows sent, for the error
    Status awaitStraightCopy();                     // and counts what the straight copy sent added
    void drainResults();
    Status storeStep();
    Status lockCheckpoints();
    Result<bool> storedWithinStep() const; // a stored scan may have the key of one of the step's
    Status moveStaged();
    bool stepHasEqualKeys();
    Error serverError(const QString &what) const;
    qint64 lineOfCopyError(const char *context, const QVector<qint64> &lines) const;

    struct Span {
        qint64 first = 0;
        qint64 last = 0;
    };

    pg_conn *m_connection;
    qint64 m_importId;
    bool m_careful;
    bool m_rowSecurity = false; // the scans' policies apply to this role: no COPY into them
    bool m_conflicted = false;
    bool m_staging = false;                          // the temporary table exists
    QByteArray m_step;                               // the step's rows as COPY text
    QVector<qint64> m_stepLines;                     // their lines in the file
    std::vector<quint64> m_stepKeys;                 // a hash of each row's key
    QHash<qint64, Span> m_stepSpans;                 // checkpoint -> the step's first and last scan there
    QHash<QPair<qint64, qint64>, qint64> m_stepDays; // (checkpoint, day) -> the step's rows
    QSet<qint64> m_locked;                           // checkpoints locked by this import
    bool m_copyPending = false;                      // a COPY sent, its result not read yet
    QVector<qint64> m_sentLines;                     // the lines of the straight copy sent
    QHash<QPair<qint64, qint64>, qint64> m_sentDays; // and what it adds per (checkpoint, day)
    ScanWriteTally m_tally;
};

} // namespace cd
