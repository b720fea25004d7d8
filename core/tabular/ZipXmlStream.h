// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QXmlStreamReader>

namespace cd::tabular {

class ZipArchive;

// A QXmlStreamReader over one entry of a ZipArchive, fed chunk by chunk as the parser runs dry, so that a
// 500 MB worksheet is parsed without ever being in memory.
class ZipXmlStream {
public:
    explicit ZipXmlStream(ZipArchive &zip)
        : m_zip(zip) {}

    Status open(const QString &entry);
    // The next token; damaged XML and zip errors come back as errors naming the file and the part.
    Result<QXmlStreamReader::TokenType> readNext();
    QXmlStreamReader &xml() { return m_xml; }

private:
    ZipArchive &m_zip;
    QXmlStreamReader m_xml;
    QString m_entry;
    bool m_drained = false;
};

} // namespace cd::tabular
