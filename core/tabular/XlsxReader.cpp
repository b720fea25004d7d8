// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxReader.h"

#include "Messages.h"
#include "XlsxSharedStrings.h"
#include "XlsxStyles.h"
#include "ZipArchive.h"
#include "ZipXmlStream.h"
#include "common/VietnameseText.h"

#include <QDate>
#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace cd::tabular {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxColumns = 16384; // XFD, Excel's last column

// "C5" -> 2; -1 when there are no column letters or they go past the last column.
qsizetype columnOfReference(QStringView reference) {
    qsizetype column = 0;
    qsizetype letters = 0;
    for (const QChar ch : reference) {
        const char16_t upper = ch.toUpper().unicode();
        if (upper < u'A' || upper > u'Z')
            break;
        column = column * 26 + (upper - u'A' + 1);
        if (column > kMaxColumns)
            return -1;
        ++letters;
    }
    return letters == 0 ? -1 : column - 1;
}

// What Excel shows for a number in the General format: integers in full, others to 15 digits.
QString numberText(double number) {
    if (std::floor(number) == number && std::abs(number) < 1e15)
        return QString::number(qint64(number));
    return QString::number(number, 'g', 15);
}

// A strict-OOXML date cell (t="d"), ISO 8601.
QVariant isoDateValue(const QString &text) {
    if (text.size() == 10) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            return date;
    }
    const QDateTime dateTime = QDateTime::fromString(text, Qt::ISODate);
    return dateTime.isValid() ? QVariant(dateTime) : QVariant();
}

const XlsxSheet *findSheet(const QList<XlsxSheet> &sheets, const QString &wanted) {
    // Exact first, then ignoring case and tone placement, then ignoring diacritics altogether.
    QString (*const keys[])(const QString &) = {[](const QString &name) { return name; }, text::matchKey,
                                                text::foldKey};
    for (const auto key : keys) {
        const QString wantedKey = key(wanted);
        for (const XlsxSheet &sheet : sheets) {
            if (key(sheet.name) == wantedKey)
                return &sheet;
        }
    }
    return nullptr;
}

} // namespace

XlsxReader::XlsxReader(const QString &fileName, std::unique_ptr<ZipArchive> zip)
    : TableReader(fileName)
    , m_zip(std::move(zip)) {}

XlsxReader::~XlsxReader() = default;

Result<std::unique_ptr<XlsxReader>> XlsxReader::open(std::unique_ptr<QIODevice> device,
                                                     const QString &fileName, const TableOptions &options) {
    auto zip = ZipArchive::open(std::move(device), fileName, options);
    if (!zip)
        return zip.error();
    std::unique_ptr<XlsxReader> reader(new XlsxReader(fileName, std::move(zip).value()));
    if (auto loaded = reader->load(options); !loaded)
        return loaded.error();
    return reader;
}

QStringList XlsxReader::sheetNames() const {
    QStringList names;
    for (const XlsxSheet &sheet : m_workbook.sheets)
        names.append(sheet.name);
    return names;
}

Status XlsxReader::load(const TableOptions &options) {
    auto workbook = readXlsxWorkbook(*m_zip);
    if (!workbook)
        return workbook.error();
    m_workbook = std::move(workbook).value();
    if (m_workbook.sheets.isEmpty())
        return makeError(Tabular::tr("The workbook has no worksheet."), fileName());

    const XlsxSheet *sheet = nullptr;
    if (!options.sheet.isEmpty()) {
        sheet = findSheet(m_workbook.sheets, options.sheet);
        if (!sheet)
            return makeError(Tabular::tr("The workbook has no sheet “%1”. Its sheets are: %2.")
                                 .arg(options.sheet, sheetNames().join(QStringLiteral(", "))),
                             fileName());
    } else {
        const auto visible = std::find_if(m_workbook.sheets.cbegin(), m_workbook.sheets.cend(),
                                          [](const XlsxSheet &candidate) { return !candidate.hidden; });
        sheet = visible != m_workbook.sheets.cend() ? &*visible : &m_workbook.sheets.front();
    }
    m_sheet = *sheet;

    // Both parts are optional: a workbook of numbers needs no strings, one without styles has no dates.
    if (!m_workbook.sharedStringsPart.isEmpty() && m_zip->contains(m_workbook.sharedStringsPart)) {
        auto strings = readSharedStrings(*m_zip, m_workbook.sharedStringsPart);
        if (!strings)
            return strings.error();
        m_sharedStrings = std::move(strings).value();
    }
    if (!m_workbook.stylesPart.isEmpty() && m_zip->contains(m_workbook.stylesPart)) {
        auto kinds = readCellDateKinds(*m_zip, m_workbook.stylesPart);
        if (!kinds)
            return kinds.error();
        m_dateKinds = std::move(kinds).value();
    }
    m_stream = std::make_unique<ZipXmlStream>(*m_zip);
    return m_stream->open(m_sheet.part);
}

Error XlsxReader::errorAt(qint64 line, const QString &message) const {
    return makeError(Tabular::tr("Sheet “%1”: %2").arg(m_sheet.name, message), fileName(), line);
}

Result<bool> XlsxReader::readRow(Row &row) {
    row.cells.clear();
    row.values.clear();
    while (!m_finished) {
        auto token = m_stream->readNext();
        if (!token) // damaged XML, or a zip bomb: say in which sheet and near which row
            return errorAt(m_rowNumber, token.error().message);
        const QXmlStreamReader &xml = m_stream->xml();
        switch (*token) {
        case QXmlStreamReader::StartElement: {
            const QStringView name = xml.name();
            // Most frequent first: this runs for every element of the sheet.
            if (!m_inSheetData) {
                m_inSheetData = name == u"sheetData";
            } else if (name == u"v") {
                m_collectText = true;
            } else if (name == u"c") {
                if (auto started = startCell(xml.attributes()); !started)
                    return started.error();
            } else if (name == u"row") {
                startRow(xml.attributes());
            } else if (name == u"is") {
                m_inInlineString = true;
            } else if (name == u"rPh") {
                ++m_phonetic;
            } else if (name == u"t" && m_inInlineString && m_phonetic == 0) {
                m_collectText = true;
            }
            break;
        }
        case QXmlStreamReader::Characters:
            if (m_collectText)
                m_cellText += xml.text();
            break;
        case QXmlStreamReader::EndElement: {
            const QStringView name = xml.name();
            if (!m_inSheetData)
                break;
            if (name == u"v" || name == u"t") {
                m_collectText = false;
            } else if (name == u"c") {
                if (auto finished = finishCell(row); !finished)
                    return finished.error();
            } else if (name == u"rPh") {
                --m_phonetic;
            } else if (name == u"is") {
                m_inInlineString = false;
            } else if (name == u"row") {
                if (!row.values.isEmpty())
                    row.values.resize(row.cells.size());
                row.line = m_rowNumber;
                return true;
            } else if (name == u"sheetData") {
                m_finished = true;
            }
            break;
        }
        case QXmlStreamReader::EndDocument:
            m_finished = true;
            break;
        default:
            break;
        }
    }
    return false;
}

XlsxReader::CellType XlsxReader::cellTypeOf(QStringView type) {
    if (type == u"s")
        return CellType::SharedString;
    if (type == u"inlineStr")
        return CellType::InlineString;
    if (type == u"str")
        return CellType::FormulaString;
    if (type == u"b")
        return CellType::Boolean;
    if (type == u"e")
        return CellType::Error;
    if (type == u"d")
        return CellType::IsoDate;
    return CellType::Number; // "n", or no type at all
}

void XlsxReader::startRow(const QXmlStreamAttributes &attributes) {
    bool ok = false;
    const qint64 number = attributes.value("r"_L1).toLongLong(&ok);
    m_rowNumber = ok && number > 0 ? number : m_rowNumber + 1;
    m_nextColumn = 0;
}

Status XlsxReader::startCell(const QXmlStreamAttributes &attributes) {
    const QStringView reference = attributes.value("r"_L1);
    m_cellColumn = reference.isEmpty() ? m_nextColumn : columnOfReference(reference);
    if (m_cellColumn < 0 || m_cellColumn >= kMaxColumns)
        return errorAt(m_rowNumber, Tabular::tr("The cell reference “%1” is not valid.").arg(reference));
    m_cellType = cellTypeOf(attributes.value("t"_L1));
    bool ok = false;
    const qsizetype style = attributes.value("s"_L1).toLongLong(&ok);
    m_cellDateKind = ok && style >= 0 && style < m_dateKinds.size() ? m_dateKinds[style] : DateKind::None;
    m_cellText.clear();
    m_collectText = false;
    m_inInlineString = false;
    m_phonetic = 0;
    return success();
}

Status XlsxReader::finishCell(Row &row) {
    m_collectText = false;
    m_nextColumn = m_cellColumn + 1;
    QString text;
    QVariant value;
    const QStringView raw = QStringView(m_cellText).trimmed();
    switch (m_cellType) {
    case CellType::SharedString: {
        if (raw.isEmpty())
            return success();
        bool ok = false;
        const qsizetype index = raw.toLongLong(&ok);
        if (!ok || index < 0 || index >= m_sharedStrings.size())
            return errorAt(m_rowNumber, Tabular::tr("A cell refers to text the workbook does not have; the "
                                                    "file is damaged."));
        text = m_sharedStrings[index];
        break;
    }
    case CellType::InlineString:
    case CellType::FormulaString:
        text = decodeCellText(m_cellText);
        break;
    case CellType::Error:
        text = raw.toString(); // #N/A, #REF!...
        break;
    case CellType::Boolean:
        if (raw.isEmpty())
            return success();
        value = raw == u"1" || raw == u"true";
        text = value.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        break;
    case CellType::IsoDate:
        value = isoDateValue(raw.toString());
        text = value.isValid() ? dateValueText(value) : raw.toString();
        break;
    case CellType::Number: {
        bool ok = false;
        const double number = raw.toDouble(&ok);
        if (!ok) {
            text = raw.toString();
            break;
        }
        value = excelSerialToValue(number, m_cellDateKind, m_workbook.date1904);
        if (value.isValid()) {
            text = dateValueText(value);
        } else {
            value = number;
            text = numberText(number);
        }
        break;
    }
    }
    if (text.isEmpty())
        return success();
    if (row.cells.size() <= m_cellColumn)
        row.cells.resize(m_cellColumn + 1);
    row.cells[m_cellColumn] = text;
    if (value.isValid()) {
        if (row.values.size() <= m_cellColumn)
            row.values.resize(m_cellColumn + 1);
        row.values[m_cellColumn] = value;
    }
    return success();
}

} // namespace cd::tabular
