// SPDX-License-Identifier: GPL-3.0-or-later
#include "RejectsFile.h"

#include "CsvWriter.h"

#include <QDir>
#include <QFileInfo>

namespace cd::sheets {

RejectsFile::RejectsFile(const QString &input, QStringList headers)
    : m_headers(std::move(headers)) {
    const QFileInfo info(input);
    m_path = info.dir().filePath(info.completeBaseName() + QStringLiteral(".rejects.csv"));
}

Status RejectsFile::add(qint64 line, const QString &field, const QString &reason, const QStringList &cells) {
    if (!m_file.isOpen()) {
        m_file.setFileName(m_path);
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return makeError(m_file.errorString(), m_path);
        m_out.setDevice(&m_file);
        m_out.setEncoding(QStringConverter::Utf8);
        m_out.setGenerateByteOrderMark(true);
        CsvWriter(m_out).writeRow(
            QStringList{QStringLiteral("line"), QStringLiteral("field"), QStringLiteral("reason")} +
            m_headers);
    }
    // The file's own cells are neutralised like every CSV the program writes: a name "=HYPERLINK(…)"
    // must not run when the office opens the rejects in a spreadsheet.
    QVariantList row{line, field, reason};
    for (const QString &cell : cells)
        row << cell;
    CsvWriter(m_out).writeRow(row);
    return success();
}

void RejectsFile::discard() {
    if (m_file.isOpen()) {
        m_out.flush();
        m_file.close();
        QFile::remove(m_path);
    }
}

} // namespace cd::sheets
