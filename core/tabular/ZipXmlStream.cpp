// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZipXmlStream.h"

#include "Messages.h"
#include "ZipArchive.h"

namespace cd::tabular {

Status ZipXmlStream::open(const QString &entry) {
    m_entry = entry;
    m_xml.clear();
    m_drained = false;
    return m_zip.openEntry(entry);
}

Result<QXmlStreamReader::TokenType> ZipXmlStream::readNext() {
    for (;;) {
        const auto token = m_xml.readNext();
        if (token != QXmlStreamReader::Invalid)
            return token;
        if (m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError || m_drained)
            break;
        auto chunk = m_zip.readChunk();
        if (!chunk)
            return chunk.error();
        if (chunk->isEmpty())
            m_drained = true;
        else
            m_xml.addData(*chunk);
    }
    return makeError(Tabular::tr("The workbook is damaged (part “%1”, line %2): %3")
                         .arg(m_entry, QString::number(m_xml.lineNumber()), m_xml.errorString()),
                     m_zip.fileName());
}

} // namespace cd::tabular
