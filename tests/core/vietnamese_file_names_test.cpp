// SPDX-License-Identifier: GPL-3.0-or-later
// Offices name their files in Vietnamese, on Windows too: a report and a register written to and read
// back from `Báo cáo Bù Đăng.xlsx` in a folder of Vietnamese letters, through Qt's paths (never the
// 8-bit locale, which on Windows cannot spell "Đ").
#include "TestSupport.h"

#include "demo/DemoDatabase.h"
#include "registry/CheckpointRegistry.h"
#include "registry/RegistryExport.h"
#include "registry/RegistryImport.h"
#include "report/ReportTexts.h"
#include "report/StatisticsReport.h"
#include "report/StatisticsReportData.h"
#include "report/StatisticsTables.h"
#include "tabular/OpenTable.h"
#include "tabular/TableReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace cd;

TEST_CASE("reports and registers go to and come back from files named in Vietnamese", "[intake][report]") {
    QTemporaryDir temporary;
    REQUIRE(temporary.isValid());
    const QString folder = QDir(temporary.path()).filePath(QStringLiteral("Trung tâm Y tế Bù Đăng"));
    REQUIRE(QDir().mkpath(folder));
    auto db = test::memoryWorkspace();
    REQUIRE(DemoDatabase::populate(db->connection()).ok());

    // The statistics report as a workbook and a PDF.
    auto data = StatisticsReportData::load(db->connection(), {DemoDatabase::kAnnexAsOf}, ReportTexts{});
    REQUIRE(data);
    const QString workbook = QDir(folder).filePath(QStringLiteral("Báo cáo Bù Đăng.xlsx"));
    REQUIRE(writeStatisticsXlsx(workbook, data.value()).ok());
    CHECK(QFileInfo(workbook).fileName() == QStringLiteral("Báo cáo Bù Đăng.xlsx"));
    CHECK(QDir(folder).entryList(QDir::Files) == QStringList{QStringLiteral("Báo cáo Bù Đăng.xlsx")});
    auto table = tabular::openTable(workbook);
    REQUIRE(table);
    bool foundCommune = false;
    tabular::Row row;
    while (true) {
        auto more = table.value()->next(row);
        REQUIRE(more);
        if (!more.value())
            break;
        foundCommune = foundCommune || row.cells.contains(QStringLiteral("Xã Đăng Hà"));
    }
    CHECK(foundCommune);

    const QString pdf = QDir(folder).filePath(QStringLiteral("Báo cáo Bù Đăng.pdf"));
    REQUIRE(StatisticsReport(data.value()).writePdf(pdf).ok());
    QFile written(pdf);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.read(5) == QByteArrayLiteral("%PDF-"));

    // The register out to a Vietnamese name, and read back into a database from it.
    const Checkpoints checkpoints = CheckpointRegistry(db->connection()).list();
    REQUIRE(checkpoints.size() > 100);
    const QString register_ =
        QDir(folder).filePath(QStringLiteral("Danh sách điểm kiểm dịch – Đức Phong.xlsx"));
    REQUIRE(writeRegister(db->connection(), checkpoints, register_).ok());
    auto other = test::demoWorkspace();
    auto imported = RegistryImporter(other->connection()).run(register_);
    REQUIRE(imported);
    CHECK(imported.value().file.endsWith(QStringLiteral("Danh sách điểm kiểm dịch – Đức Phong.xlsx")));
    const RegistryImportReport &report = imported.value();
    CHECK(report.rejected.isEmpty());
    CHECK(report.added + report.updated + report.unchanged == checkpoints.size());
}
