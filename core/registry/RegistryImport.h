// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Checkpoint.h"
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

struct RegistryImportOptions {
    QString sheet;            // XLSX worksheet; empty for the first
    bool skipInvalid = false; // write the valid rows and put the rejected ones in a file beside the input
    // The mapping confirmed (or corrected) by the user; detected from the header when absent.
    std::optional<tabular::ColumnMapping> mapping;
    tabular::ColumnOverrides overrides;                         // --map FIELD=COLUMN
    intake::DateOrder dateOrder = intake::DateOrder::Automatic; // of a/b/yyyy dates
    const std::atomic_bool *cancel = nullptr; // set from another thread to stop; nothing is written
    std::function<void(qint64 rowsRead, qint64 bytesRead)> progress = {};
};

struct RejectedRow {
    qint64 line = 0;
    QString field;
    QString reason;
    QStringList cells;
};

struct RegistryImportReport {
    QString file;
    qint64 rowsRead = 0;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    QVector<RejectedRow> rejected;        // every rejected row, in line order
    ProblemList problems;                 // the same, one group per distinct problem
    QVector<intake::SkippedRows> skipped; // title, section, totals and signature rows
    QMap<QString, int> newTypes;          // types of the office the import added, with their rows
    int derivedAddresses = 0;             // rows without an address, given one from their hamlet and units
    int withoutRegistrationDay = 0;
    QStringList notices;  // what the import assumed ("dates read day first")
    QString rejectsFile;  // written with --skip-invalid when rows were rejected
    bool written = false; // false when nothing was stored (rejected rows without skipInvalid, or cancelled)
    bool cancelled = false;
};

struct RegistryImportPreview {
    tabular::ColumnMapping mapping;
    QList<tabular::Row> rows; // the first data rows after the header
    QStringList sheetNames;
    QString sheetName;
};

// Imports a register of checkpoints from CSV or XLSX as offices keep them: the national form's columns
// or others (headers by the vocabulary), title rows, two-row headers, section rows, totals and
// signatures; units, types and phones written every way. Only a name and a commune are indispensable: an
// address is made from the hamlet and units when there is none, a type that matches none of the office's
// is added as the office's own, and a row without a registration day has none (it counts on every day).
// Re-importing updates by checkpoint code, or by name and address in the same commune when the file has
// no codes, and never duplicates; generated codes never collide with the file's own. One transaction per
// file: by default a file with any rejected row writes nothing.
class RegistryImporter {
    Q_DECLARE_TR_FUNCTIONS(RegistryImporter)

public:
    static tabular::HeaderSpec headerSpec();
    // The fields a register file may hold, keys as in `checkpoints list --format json`.
    static QList<tabular::FieldSpec> fields();

    explicit RegistryImporter(QSqlDatabase db)
        : m_db(std::move(db)) {}

    Result<RegistryImportPreview> preview(const QString &path, const QString &sheet = {}, int rows = 20,
                                          const tabular::ColumnOverrides &overrides = {}) const;
    Result<RegistryImportReport> run(const QString &path, const RegistryImportOptions &options = {});

private:
    QSqlDatabase m_db;
};

} // namespace cd
