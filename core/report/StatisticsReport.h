// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatisticsReportData.h"
#include "common/Error.h"

#include <QCoreApplication>

class QPainter;
class QPagedPaintDevice;

namespace cd {

class AdminDocument;

// The statistics report as a document of Nghị định 30/2020: the header block, the title and the annex's
// lines, the table (header repeated on every page), optionally the follow-up lists and chart pages, and
// the signature. Paints on any paged device, so the print preview's QPrinter gets the same pages as
// the PDF.
class StatisticsReport {
    Q_DECLARE_TR_FUNCTIONS(StatisticsReport)

public:
    explicit StatisticsReport(StatisticsReportData data)
        : m_data(std::move(data)) {}
    const StatisticsReportData &data() const { return m_data; }

    // The device must have been set up with AdminDocument::prepare() before `painter` began on it.
    // Returns the number of pages painted.
    Result<int> paint(QPainter &painter, QPagedPaintDevice &device) const;
    // Writes the PDF through a temporary file: nothing half-written is left behind. Returns the pages.
    Result<int> writePdf(const QString &path) const;

private:
    Status paintTable(AdminDocument &document) const;
    Status paintFollowUp(AdminDocument &document) const;
    Status paintCharts(AdminDocument &document) const;

    StatisticsReportData m_data;
};

} // namespace cd
