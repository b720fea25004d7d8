// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TraceBrief.h"
#include "TraceSheets.h"
#include "common/Error.h"

#include <QCoreApplication>

namespace cd::trace {

enum class ExportFormat { Xlsx, Csv, Pdf };

// Writes a trace for the people who act on it. XLSX: one workbook with the timeline, contacts, overlaps
// and sites. CSV: three files beside each other, NAME-timeline.csv, NAME-contacts.csv and NAME-sites.csv
// (a CSV holds one table). PDF: the brief (TraceBrief). Phones are masked unless `phones` is Full, which
// the caller sets only when the user confirmed it. Returns the files written.
class TraceExport {
    Q_DECLARE_TR_FUNCTIONS(TraceExport)

public:
    static Result<QStringList> write(const TraceResult &result, const QString &path, ExportFormat format,
                                     Phones phones, const BriefHeading &heading = {});
    static ExportFormat formatOf(const QString &path); // by extension; CSV when unknown
    // The files write() creates or replaces for `path`: the three CSVs for Csv, `path` itself otherwise.
    static QStringList filesFor(const QString &path, ExportFormat format);
};

} // namespace cd::trace
