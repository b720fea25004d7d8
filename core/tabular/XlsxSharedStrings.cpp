// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxSharedStrings.h"

#include "ZipXmlStream.h"

namespace cd::tabular {

namespace {

// Line breaks become '\n', as in CSV cells, whether Excel wrote "\n", "\r\n" or _x000D_.
QString withUnixLineBreaks(QString text) {
    if (text.contains(u'\r')) {
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(u'\r', u'\n');
    }
    return text;
}

} // namespace

QString decodeCellText(const QString &text) {
    if (!text.contains(u"_x"))
        return withUnixLineBreaks(text);
    QString decoded;
    decoded.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'_' && i + 6 < text.size() && text[i + 1] == u'x' && text[i + 6] == u'_') {
            bool ok = false;
            const uint code = QStringView(text).sliced(i + 2, 4).toUInt(&ok, 16);
            if (ok) {
                decoded += QChar(char16_t(code));
                i += 6;
                continue;
            }
        }
        decoded += text[i];
    }
    return withUnixLineBreaks(decoded);
}

Result<QStringList> readSharedStrings(ZipArchive &zip, const QString &part) {
    QStringList strings;
    ZipXmlStream stream(zip);
    if (auto opened = stream.open(part); !opened)
        return opened.error();
    QString current;
    bool inItem = false;
    bool inText = false;
    int phonetic = 0;
    for (;;) {
        auto token = stream.readNext();
        if (!token)
            return token.error();
        const QXmlStreamReader &xml = stream.xml();
        switch (*token) {
        case QXmlStreamReader::StartElement:
            if (xml.name() == u"si") {
                current.clear();
                inItem = true;
            } else if (xml.name() == u"rPh") {
                ++phonetic;
            } else if (xml.name() == u"t") {
                inText = inItem && phonetic == 0;
            }
            break;
        case QXmlStreamReader::Characters:
            if (inText)
                current += xml.text();
            break;
        case QXmlStreamReader::EndElement:
            if (xml.name() == u"t") {
                inText = false;
            } else if (xml.name() == u"rPh") {
                --phonetic;
            } else if (xml.name() == u"si") {
                strings.append(decodeCellText(current));
                inItem = false;
            }
            break;
        case QXmlStreamReader::EndDocument:
            return strings;
        default:
            break;
        }
    }
}

} // namespace cd::tabular
