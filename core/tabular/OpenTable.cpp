// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenTable.h"

#include "ContentSniffer.h"
#include "CsvReader.h"
#include "Messages.h"
#include "XlsxReader.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

namespace cd::tabular {
namespace {

constexpr qint64 kSniffBytes = 8192;

template <typename Reader>
Result<std::unique_ptr<TableReader>> upcast(Result<std::unique_ptr<Reader>> reader) {
    if (!reader)
        return reader.error();
    return std::unique_ptr<TableReader>(std::move(reader).value());
}

} // namespace

Result<std::unique_ptr<TableReader>> openTable(const QString &path, const TableOptions &options) {
    auto file = std::make_unique<QFile>(path);
    if (QFileInfo(path).isDir() || !file->open(QIODevice::ReadOnly))
        return makeError(
            Tabular::tr("Cannot open the file: %1")
                .arg(QFileInfo(path).isDir() ? Tabular::tr("it is a folder") : file->errorString()),
            path);
    return openTable(std::move(file), path, options);
}

Result<std::unique_ptr<TableReader>> openTable(const QByteArray &bytes, const QString &fileName,
                                               const TableOptions &options) {
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    return openTable(std::move(buffer), fileName, options);
}

Result<std::unique_ptr<TableReader>> openTable(std::unique_ptr<QIODevice> device, const QString &fileName,
                                               const TableOptions &options) {
    const ContentType content = sniffContent(device->peek(kSniffBytes));
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const bool workbookName =
        suffix == u"xlsx" || suffix == u"xlsm" || suffix == u"xltx" || suffix == u"xltm";
    const bool textName = suffix == u"csv" || suffix == u"tsv" || suffix == u"txt" || suffix == u"tab";
    const auto refuse = [&fileName](const QString &message) {
        return makeError(message, fileName);
    };

    switch (content.kind) {
    case ContentKind::Empty:
        return refuse(Tabular::tr("The file is empty."));
    case ContentKind::OleCompound:
        return refuse(Tabular::tr("The file is an Excel 97–2003 workbook (.xls) or a password-protected one, "
                                  "which cannot be read. Open it in Excel and save it as .xlsx without a "
                                  "password, or as CSV UTF-8."));
    case ContentKind::Binary:
        if (!content.description.isEmpty())
            return refuse(Tabular::tr("The file is %1, not a table. Choose a CSV or Excel (.xlsx) file.")
                              .arg(content.description));
        return refuse(Tabular::tr("The file is not a table: it is neither text (CSV) nor an Excel workbook "
                                  "(.xlsx)."));
    case ContentKind::Zip:
        if (textName)
            return refuse(
                Tabular::tr("The file is named .%1 but is an Excel workbook or another ZIP archive, "
                            "not text. Rename it to .xlsx if it is a workbook.")
                    .arg(suffix));
        return upcast(XlsxReader::open(std::move(device), fileName, options));
    case ContentKind::Text:
        if (workbookName)
            return refuse(Tabular::tr("The file is named .%1 but is not an Excel workbook: it holds text. "
                                      "Rename it to .csv if it is a CSV file.")
                              .arg(suffix));
        return upcast(CsvReader::open(std::move(device), fileName, options));
    }
    return refuse(Tabular::tr("The file is not a table."));
}

} // namespace cd::tabular
