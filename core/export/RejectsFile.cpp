// SPDX-License-Identifier: GPL-3.0-or-later
#include "RejectsFile.h"

#include "SheetWriters.h"

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
        QStringList header{QStringLiteral("line"), QStringLiteral("field"), QStringLiteral("reason")};
        for (const QString &heading : std::as_const(m_headers))
            header << csvQuoted(heading);
        m_out << header.join(u',') << "\r\n";
    }
    QStringList row{QString::number(line), csvQuoted(field), csvQuoted(reason)};
    for (const QString &cell : cells)
        row << csvQuoted(cell);
    m_out << row.join(u',') << "\r\n";
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
