// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxWorkbook.h"

#include "Messages.h"
#include "ZipArchive.h"
#include "ZipXmlStream.h"

#include <QDir>

namespace cd::tabular {

using namespace Qt::StringLiterals;
namespace {

constexpr qint64 kMaxMimetypeBytes = 256;

struct Relationship {
    QString id;
    QString type;
    QString part;
};

// Targets are relative to the folder of the part that owns the relationships, or absolute from the root.
QString resolvePart(const QString &baseFolder, QStringView target) {
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.sliced(1).toString());
    return QDir::cleanPath(baseFolder + target);
}

QString folderOf(const QString &part) {
    return part.left(part.lastIndexOf(u'/') + 1);
}

QString relationshipsPartOf(const QString &part) {
    return folderOf(part) + u"_rels/" + part.sliced(part.lastIndexOf(u'/') + 1) + u".rels";
}

Result<QList<Relationship>> readRelationships(ZipArchive &zip, const QString &relsPart,
                                              const QString &baseFolder) {
    QList<Relationship> relationships;
    if (!zip.contains(relsPart))
        return relationships;
    ZipXmlStream stream(zip);
    if (auto opened = stream.open(relsPart); !opened)
        return opened.error();
    for (;;) {
        auto token = stream.readNext();
        if (!token)
            return token.error();
        if (*token == QXmlStreamReader::EndDocument)
            return relationships;
        const QXmlStreamReader &xml = stream.xml();
        if (*token != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
            continue;
        const auto attributes = xml.attributes();
        if (attributes.value("TargetMode"_L1) == u"External")
            continue;
        relationships.append({attributes.value("Id"_L1).toString(), attributes.value("Type"_L1).toString(),
                              resolvePart(baseFolder, attributes.value("Target"_L1))});
    }
}

// The relationship type is a URI whose last segment says what the part is ("worksheet", "styles"...);
// the prefix differs between transitional and strict OOXML.
bool hasType(const Relationship &relationship, QStringView kind) {
    const QStringView type(relationship.type);
    return type.endsWith(kind) && type.chopped(kind.size()).endsWith(u'/');
}

const Relationship *findByType(const QList<Relationship> &relationships, QStringView kind) {
    for (const Relationship &relationship : relationships) {
        if (hasType(relationship, kind))
            return &relationship;
    }
    return nullptr;
}

const Relationship *findById(const QList<Relationship> &relationships, QStringView id) {
    for (const Relationship &relationship : relationships) {
        if (relationship.id == id)
            return &relationship;
    }
    return nullptr;
}

// The r:id attribute, whatever prefix the relationships namespace got.
QStringView relationshipIdOf(const QXmlStreamAttributes &attributes) {
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
            return attribute.value();
    }
    return {};
}

Error notAWorkbook(ZipArchive &zip) {
    if (zip.contains(QStringLiteral("mimetype"))) {
        const auto mimetype = zip.readEntry(QStringLiteral("mimetype"), kMaxMimetypeBytes);
        if (mimetype && mimetype->contains("opendocument.spreadsheet"))
            return makeError(Tabular::tr("OpenDocument spreadsheets (.ods) cannot be read. Save the file as "
                                         "an Excel workbook (.xlsx) or as CSV UTF-8."),
                             zip.fileName());
    }
    return makeError(Tabular::tr("The file is a ZIP archive but not an Excel workbook (.xlsx)."),
                     zip.fileName());
}

Status readWorkbookPart(ZipArchive &zip, const QString &part, const QList<Relationship> &relationships,
                        XlsxWorkbook &workbook) {
    ZipXmlStream stream(zip);
    if (auto opened = stream.open(part); !opened)
        return opened.error();
    for (;;) {
        auto token = stream.readNext();
        if (!token)
            return token.error();
        if (*token == QXmlStreamReader::EndDocument)
            return success();
        const QXmlStreamReader &xml = stream.xml();
        if (*token != QXmlStreamReader::StartElement)
            continue;
        const auto attributes = xml.attributes();
        if (xml.name() == u"workbookPr") {
            const QStringView flag = attributes.value("date1904"_L1);
            workbook.date1904 = flag == u"1" || flag == u"true";
        } else if (xml.name() == u"sheet") {
            const Relationship *relationship = findById(relationships, relationshipIdOf(attributes));
            if (!relationship || !hasType(*relationship, u"worksheet"))
                continue; // chart sheets and dialog sheets hold no table
            const QStringView state = attributes.value("state"_L1);
            workbook.sheets.append({attributes.value("name"_L1).toString(), relationship->part,
                                    state == u"hidden" || state == u"veryHidden"});
        }
    }
}

} // namespace

Result<XlsxWorkbook> readXlsxWorkbook(ZipArchive &zip) {
    auto packageRelationships = readRelationships(zip, QStringLiteral("_rels/.rels"), QString());
    if (!packageRelationships)
        return packageRelationships.error();
    const Relationship *document = findByType(*packageRelationships, u"officeDocument");
    const QString workbookPart = document ? document->part : QStringLiteral("xl/workbook.xml");
    if (!zip.contains(workbookPart))
        return notAWorkbook(zip);

    auto relationships = readRelationships(zip, relationshipsPartOf(workbookPart), folderOf(workbookPart));
    if (!relationships)
        return relationships.error();
    XlsxWorkbook workbook;
    if (auto read = readWorkbookPart(zip, workbookPart, *relationships, workbook); !read)
        return read.error();
    if (const Relationship *strings = findByType(*relationships, u"sharedStrings"))
        workbook.sharedStringsPart = strings->part;
    if (const Relationship *styles = findByType(*relationships, u"styles"))
        workbook.stylesPart = styles->part;
    return workbook;
}

} // namespace cd::tabular
