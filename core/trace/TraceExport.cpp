// SPDX-License-Identifier: GPL-3.0-or-later
#include "TraceExport.h"

#include "TraceBrief.h"
#include "export/SheetWriters.h"

#include <QDir>
#include <QFileInfo>

namespace cd::trace {

ExportFormat TraceExport::formatOf(const QString &path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return ExportFormat::Xlsx;
    if (suffix == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    return ExportFormat::Csv;
}

Result<QStringList> TraceExport::write(const TraceResult &result, const QString &path, ExportFormat format,
                                       Phones phones, const BriefHeading &heading) {
    switch (format) {
    case ExportFormat::Xlsx: {
        const QVector<SheetData> sheets{TraceSheets::timeline(result), TraceSheets::contacts(result, phones),
                                        TraceSheets::overlaps(result, phones), TraceSheets::sites(result)};
        if (auto written = sheets::writeXlsx(path, sheets); !written)
            return written.error();
        return QStringList{path};
    }
    case ExportFormat::Csv: {
        const QFileInfo info(path);
        const QString base = info.dir().filePath(info.completeBaseName());
        const std::pair<QString, SheetData> parts[] = {
            {QStringLiteral("-timeline.csv"), TraceSheets::timeline(result)},
            {QStringLiteral("-contacts.csv"), TraceSheets::contacts(result, phones)},
            {QStringLiteral("-sites.csv"), TraceSheets::sites(result)}};
        QStringList files;
        for (const auto &[suffix, sheet] : parts) {
            const QString file = base + suffix;
            if (auto written = sheets::writeFile(file, sheets::toCsv(sheet)); !written)
                return written.error();
            files << file;
        }
        return files;
    }
    case ExportFormat::Pdf:
        if (auto written = TraceBrief::write(result, path, phones, heading); !written)
            return written.error();
        return QStringList{path};
    }
    return makeError(tr("unknown export format"), path);
}

} // namespace cd::trace
