// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include "CsvDialect.h"
#include "Messages.h"

namespace cd::tabular {
namespace {

constexpr qint64 kBlockBytes = 1 << 20;
// A record this long means a quote was never closed; stop before it eats the whole file.
constexpr qsizetype kMaxRecordChars = 16 << 20;

qint64 countLineBreaks(QStringView text) {
    qint64 count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n' || (text[i] == u'\r' && (i + 1 == text.size() || text[i + 1] != u'\n')))
            ++count;
    }
    return count;
}

constexpr qsizetype kSniffBytes = 64 << 10;

bool isAscii(QByteArrayView bytes) {
    for (const char byte : bytes) {
        if (static_cast<unsigned char>(byte) >= 0x80)
            return false;
    }
    return true;
}

// Valid UTF-8 but for a character the sample may cut at its end.
bool isUtf8(QByteArrayView sample) {
    qsizetype end = sample.size();
    for (qsizetype back = 1; back <= 3 && end - back >= 0; ++back) {
        const auto byte = static_cast<unsigned char>(sample[end - back]);
        if ((byte & 0xC0) == 0xC0) { // the lead byte of a character that may go on past the sample
            end -= back;
            break;
        }
        if ((byte & 0x80) == 0)
            break;
    }
    QStringDecoder decoder(QStringConverter::Utf8);
    (void)decoder.decode(sample.first(end));
    return !decoder.hasError();
}

bool isUsableDelimiter(QChar ch) {
    return !ch.isNull() && !ch.isLetterOrNumber() && ch != u'"' && ch != u'\n' && ch != u'\r' && ch != u' ';
}

} // namespace

CsvReader::CsvReader(std::unique_ptr<QIODevice> device, const QString &fileName, TextEncoding encoding)
    : TableReader(fileName)
    , m_device(std::move(device))
    , m_encoding(encoding.encoding)
    , m_decoder(encoding.encoding) {}

Result<std::unique_ptr<CsvReader>> CsvReader::open(std::unique_ptr<QIODevice> device, const QString &fileName,
                                                   const TableOptions &options) {
    const QByteArray head = device->peek(kSniffBytes);
    const TextEncoding encoding = guessTextEncoding(head);
    if (encoding.bomLength > 0)
        device->skip(encoding.bomLength);
    std::unique_ptr<CsvReader> reader(new CsvReader(std::move(device), fileName, encoding));
    if (encoding.encoding == QStringConverter::Utf8 && encoding.bomLength == 0 && !isUtf8(head))
        reader->m_legacy = guessLegacyEncoding(head);
    // Read on until there is some text, so that a file of blank lines is known to be empty.
    do {
        if (auto filled = reader->fill(); !filled)
            return filled.error();
    } while (!reader->m_atEnd && reader->m_buffer.size() < kMaxRecordChars &&
             QStringView(reader->m_buffer).trimmed().isEmpty());
    if (reader->m_atEnd && QStringView(reader->m_buffer).trimmed().isEmpty())
        return makeError(Tabular::tr("The file is empty."), fileName);

    const QStringView text(reader->m_buffer);
    const qsizetype firstBreak = text.indexOf(u'\n');
    QStringView firstLine = firstBreak < 0 ? text : text.first(firstBreak);
    if (firstLine.endsWith(u'\r'))
        firstLine.chop(1);
    const QChar sep = delimiterFromSepLine(firstLine);
    if (!sep.isNull()) {
        reader->m_pos = firstBreak < 0 ? text.size() : firstBreak + 1;
        reader->m_line = 2;
    }
    if (isUsableDelimiter(options.delimiter))
        reader->m_delimiter = options.delimiter;
    else if (isUsableDelimiter(sep))
        reader->m_delimiter = sep;
    else
        reader->m_delimiter = detectDelimiter(QStringView(reader->m_buffer).sliced(reader->m_pos));
    return reader;
}

Error CsvReader::errorAt(qint64 line, const QString &message) const {
    return makeError(message, fileName(), line);
}

// Reads and decodes the next block, keeping the part of the buffer not parsed yet.
Status CsvReader::fill() {
    if (m_invalidText) {
        const qint64 line = m_line + countLineBreaks(QStringView(m_buffer).sliced(m_pos));
        if (m_encoding == QStringConverter::Utf8)
            return errorAt(line,
                           Tabular::tr("The file is not UTF-8 text, and its letters read as Vietnamese in "
                                       "neither Windows-1258 nor TCVN3 (it may be VNI). Open it in Excel "
                                       "and save it as “CSV UTF-8”, or convert it to Unicode with UniKey's "
                                       "converter."));
        return errorAt(line,
                       Tabular::tr("The file is not valid %1 text.").arg(tabular::encodingName(m_encoding)));
    }
    m_bytes.resize(kBlockBytes);
    const qint64 count = m_device->read(m_bytes.data(), kBlockBytes);
    if (count < 0)
        return makeError(Tabular::tr("Cannot read the file: %1").arg(m_device->errorString()), fileName());
    if (count == 0) {
        m_atEnd = true;
        return success();
    }
    const QByteArrayView block(m_bytes.constData(), count);
    QString text;
    if (!m_legacy) {
        text = m_decoder.decode(block);
        // Past a first stretch of plain ASCII, the first letters show the file is not UTF-8 after all.
        if (m_decoder.hasError() && m_onlyAscii && m_encoding == QStringConverter::Utf8) {
            m_legacy = guessLegacyEncoding(block);
            if (m_legacy)
                m_decoder.resetState();
        }
        m_onlyAscii = m_onlyAscii && isAscii(block);
    }
    if (m_legacy)
        text = decodeLegacy(block, *m_legacy);
    else if (m_decoder.hasError()) {
        // Rows before the bad bytes are still read; the error comes when the parser reaches them.
        const qsizetype bad = text.indexOf(QChar::ReplacementCharacter);
        text.truncate(bad < 0 ? text.size() : bad);
        m_invalidText = true;
    }
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    m_buffer += text;
    return success();
}

Result<bool> CsvReader::readRow(Row &row) {
    row.values.clear();
    for (;;) {
        if (m_atEnd && m_pos >= m_buffer.size())
            return false;
        qint64 lineBreaks = 0;
        switch (parseRecord(row.cells, lineBreaks)) {
        case Parsed::Record:
            row.line = m_line;
            m_line += lineBreaks;
            return true;
        case Parsed::Unterminated:
            return errorAt(m_line, Tabular::tr("A quoted field starting on this line is never closed."));
        case Parsed::NeedMore:
            break;
        }
        if (m_buffer.size() - m_pos > kMaxRecordChars)
            return errorAt(m_line,
                           Tabular::tr("The record starting on this line is longer than %1 characters; "
                                       "is a closing quote missing?")
                               .arg(kMaxRecordChars));
        if (auto filled = fill(); !filled)
            return filled.error();
    }
}

// Parses the record at m_pos into cells and moves past it, or asks for more text when the record might
// go on past the end of the buffer (it is parsed again from its start once there is more). Scans with
// indices and copies each field once; the hot path for million-row files.
CsvReader::Parsed CsvReader::parseRecord(QStringList &cells, qint64 &lineBreaks) {
    const QChar *data = m_buffer.constData();
    const qsizetype end = m_buffer.size();
    const QChar delimiter = m_delimiter;
    const bool final = m_atEnd;
    const auto isFieldEnd = [delimiter](QChar ch) {
        return ch == delimiter || ch == u'\n' || ch == u'\r';
    };
    const qsizetype fieldsBefore = cells.size();
    cells.clear();
    cells.reserve(fieldsBefore);
    lineBreaks = 0;
    qsizetype i = m_pos;
    for (;;) {
        const qsizetype start = i;
        while (i < end && (data[i] == u' ' || (data[i] == u'\t' && delimiter != u'\t')))
            ++i;
        if (i < end && data[i] == u'"') {
            QString field;
            ++i;
            for (;;) {
                const qsizetype segment = i;
                while (i < end && data[i] != u'"' && data[i] != u'\r') {
                    lineBreaks += data[i] == u'\n';
                    ++i;
                }
                field.append(data + segment, i - segment);
                if (i >= end)
                    return final ? Parsed::Unterminated : Parsed::NeedMore;
                if (i + 1 >= end && !final)
                    return Parsed::NeedMore; // a CR or quote whose meaning depends on the next character
                if (data[i] == u'\r') {
                    // Line breaks inside a field become '\n' whatever the file uses.
                    if (i + 1 < end && data[i + 1] == u'\n') {
                        ++i;
                    } else {
                        field.append(u'\n');
                        ++lineBreaks;
                        ++i;
                    }
                    continue;
                }
                if (i + 1 < end && data[i + 1] == u'"') {
                    field.append(u'"');
                    i += 2;
                    continue;
                }
                ++i;
                break;
            }
            // Text after the closing quote is kept, as Excel does: "ab"c reads abc.
            const qsizetype tail = i;
            while (i < end && !isFieldEnd(data[i]))
                ++i;
            field.append(data + tail, i - tail);
            cells.append(std::move(field));
        } else {
            while (i < end && !isFieldEnd(data[i]))
                ++i;
            cells.append(QString(data + start, i - start));
        }

        if (i >= end) {
            if (!final)
                return Parsed::NeedMore;
            m_pos = end;
            return Parsed::Record;
        }
        if (data[i] == delimiter) {
            ++i;
            continue;
        }
        ++lineBreaks;
        if (data[i] == u'\r') {
            if (i + 1 >= end && !final)
                return Parsed::NeedMore;
            if (i + 1 < end && data[i + 1] == u'\n')
                ++i;
        }
        m_pos = i + 1;
        return Parsed::Record;
    }
}

QString CsvReader::encodingName() const {
    return m_legacy ? legacyName(*m_legacy) : tabular::encodingName(m_encoding);
}

qint64 CsvReader::bytesConsumed() const {
    // Read ahead by at most one block: near enough for a progress bar.
    return m_device->isSequential() ? -1 : m_device->pos();
}

} // namespace cd::tabular
