// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "intake/DateTimeText.h"
#include "intake/ProblemList.h"
#include "intake/ReportRows.h"
#include "tabular/ColumnMapping.h"
#include "tabular/HeaderDetector.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>

#include <atomic>
#include <functional>
#include <optional>

namespace cd {

struct ScanImportOptions {
    QString sheet;
    bool skipInvalid = false; // write the good rows; the rejected ones go to FILE.rejects.csv beside it
    std::optional<tabular::ColumnMapping> mapping; // as confirmed in the preview; detected when absent
    tabular::ColumnOverrides overrides;            // --map FIELD=COLUMN
    // How a/b/yyyy dates are read: decided from the file's values when Automatic (a part above 12 decides;
    // conflicting values refuse the file; no evidence reads day first, and the report says so).
    intake::DateOrder dateOrder = intake::DateOrder::Automatic;
    const std::atomic_bool *cancel = nullptr; // checked every few thousand rows; nothing is written
    // Rows read so far, and the bytes of the file they came from (-1 when the format cannot tell).
    std::function<void(qint64 rowsRead, qint64 bytesRead)> progress = {};
    qint64 now = 0; // seconds since the epoch that count as "now" for refusing future times; 0: the clock
};

struct ScanRejectedRow {
    qint64 line = 0;
    QString field;
    QString reason;
};

struct ScanImportReport {
    QString file;
    QString sha256;
    qint64 rowsRead = 0;
    qint64 added = 0;
    qint64 duplicates = 0; // in the file itself or already stored
    qint64 rejected = 0;
    // Rows from days whose personal data was purged (Retention): not stored again, their counts are.
    qint64 beforePurge = 0;
    // The first rejected rows in detail (at most maxDetailedRejects); `rejected` counts them all.
    QVector<ScanRejectedRow> rejectedRows;
    ProblemList problems;                 // every rejected row, one group per distinct problem
    QVector<intake::SkippedRows> skipped; // totals, notes and signatures below the data
    intake::DateOrder dateOrder = intake::DateOrder::DayFirst; // how a/b/yyyy dates were read
    QStringList notices;                                       // what the import assumed
    // Rows naming checkpoints the register does not have, grouped by what they named, with their count.
    QMap<QString, qint64> unknownCheckpoints;
    QString previousImport; // "dd/MM/yyyy HH:mm" when a file with the same content was imported before
    QString rejectsFile;
    bool written = false;
    bool cancelled = false;

    static constexpr int maxDetailedRejects = 1000;
};

// Imports scan exports (who scanned which checkpoint when) from CSV or XLSX. One transaction per file;
// a scan is (checkpoint, second, person) and is stored once however often it is imported; per-checkpoint
// daily counts are kept in the same transaction. Every import is recorded with the file's SHA-256.
class ScanImporter {
    Q_DECLARE_TR_FUNCTIONS(ScanImporter)

public:
    static tabular::HeaderSpec headerSpec();
    static QList<tabular::FieldSpec> fields();

    explicit ScanImporter(QSqlDatabase db)
        : m_db(std::move(db)) {}

    Result<ScanImportReport> run(const QString &path, const ScanImportOptions &options = {});

private:
    // Why a pass committed nothing, and the file is to be read again.
    struct Rerun {
        bool monthFirst = false; // with decideOrder: the file's values say its dates are month first
        bool carefully = false;  // another import stored the same scans at that moment (ScanWriter)
    };
    // One pass over the file in the given order; careful as for ScanWriter::open.
    Result<ScanImportReport> runOnce(const QString &path, const ScanImportOptions &options,
                                     intake::DateOrder order, bool decideOrder, bool careful, Rerun &rerun);

    QSqlDatabase m_db;
};

} // namespace cd
