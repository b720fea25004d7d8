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

namespace {

QString csvBase(const QString &path) {
    const QFileInfo info(path);
    return info.dir().filePath(info.completeBaseName());
}

const QString kCsvSuffixes[] = {QStringLiteral("-timeline.csv"), QStringLiteral("-contacts.csv"),
                                QStringLiteral("-sites.csv")};

} // namespace

QStringList TraceExport::filesFor(const QString &path, ExportFormat format) {
    if (format != ExportFormat::Csv)
        return {path};
    QStringList files;
    for (const QString &suffix : kCsvSuffixes)
        files << csvBase(path) + suffix;
    return files;
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
        const QStringList files = filesFor(path, format);
        const SheetData parts[] = {TraceSheets::timeline(result), TraceSheets::contacts(result, phones),
                                   TraceSheets::sites(result)};
        for (int i = 0; i < files.size(); ++i) {
            if (auto written = sheets::writeFile(files[i], sheets::toCsv(parts[i])); !written)
                return written.error();
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
