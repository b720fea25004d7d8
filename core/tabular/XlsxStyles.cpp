// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxStyles.h"

#include "ZipXmlStream.h"

#include <QHash>

namespace cd::tabular {

using namespace Qt::StringLiterals;

Result<QList<DateKind>> readCellDateKinds(ZipArchive &zip, const QString &part) {
    ZipXmlStream stream(zip);
    if (auto opened = stream.open(part); !opened)
        return opened.error();
    QHash<int, DateKind> customFormats;
    QList<int> cellFormatIds;
    bool inCellFormats = false;
    for (;;) {
        auto token = stream.readNext();
        if (!token)
            return token.error();
        if (*token == QXmlStreamReader::EndDocument)
            break;
        const QXmlStreamReader &xml = stream.xml();
        if (*token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs")
            inCellFormats = false;
        if (*token != QXmlStreamReader::StartElement)
            continue;
        const auto attributes = xml.attributes();
        if (xml.name() == u"numFmt") {
            customFormats.insert(attributes.value("numFmtId"_L1).toInt(),
                                 dateKindOfFormat(attributes.value("formatCode"_L1)));
        } else if (xml.name() == u"cellXfs") {
            inCellFormats = true;
        } else if (xml.name() == u"xf" && inCellFormats) {
            // cellStyleXfs holds xf elements too, which cells do not index.
            cellFormatIds.append(attributes.value("numFmtId"_L1).toInt());
        }
    }
    QList<DateKind> kinds;
    kinds.reserve(cellFormatIds.size());
    for (const int id : cellFormatIds)
        kinds.append(customFormats.contains(id) ? customFormats.value(id) : builtInDateKind(id));
    return kinds;
}

} // namespace cd::tabular
