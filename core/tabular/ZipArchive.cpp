// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZipArchive.h"

#include "Messages.h"

#include <QLocale>

#include <unzip.h>

namespace cd::tabular {
namespace {

constexpr int kChunkBytes = 64 * 1024;

// minizip I/O on a QIODevice: the opaque pointer is the Stream, which the "open" callback hands back.
voidpf openStream(voidpf opaque, const void *, int mode) {
    return (mode & ZLIB_FILEFUNC_MODE_WRITE) ? nullptr : opaque;
}

} // namespace

ZipArchive::ZipArchive(std::unique_ptr<QIODevice> device, const QString &fileName, const TableOptions &limits)
    : m_device(std::move(device))
    , m_fileName(fileName)
    , m_limits(limits) {
    m_stream.device = m_device.get();
}

ZipArchive::~ZipArchive() {
    if (m_zip) {
        closeEntry();
        unzClose(m_zip);
    }
}

Result<std::unique_ptr<ZipArchive>> ZipArchive::open(std::unique_ptr<QIODevice> device,
                                                     const QString &fileName, const TableOptions &limits) {
    if (device->isSequential())
        return makeError(Tabular::tr("An Excel workbook must be read from a file or a buffer, not a stream."),
                         fileName);
    std::unique_ptr<ZipArchive> archive(new ZipArchive(std::move(device), fileName, limits));

    zlib_filefunc64_def io{};
    io.opaque = &archive->m_stream;
    io.zopen64_file = openStream;
    io.zread_file = [](voidpf, voidpf stream, void *buffer, uLong size) -> uLong {
        auto *s = static_cast<Stream *>(stream);
        const qint64 count = s->device->read(static_cast<char *>(buffer), qint64(size));
        if (count < 0) {
            s->failed = true;
            return 0;
        }
        s->bytesRead += count;
        return uLong(count);
    };
    io.zwrite_file = [](voidpf, voidpf, const void *, uLong) -> uLong {
        return 0;
    };
    io.ztell64_file = [](voidpf, voidpf stream) -> ZPOS64_T {
        return ZPOS64_T(static_cast<Stream *>(stream)->device->pos());
    };
    io.zseek64_file = [](voidpf, voidpf stream, ZPOS64_T offset, int origin) -> long {
        QIODevice *device = static_cast<Stream *>(stream)->device;
        qint64 base = 0;
        if (origin == ZLIB_FILEFUNC_SEEK_CUR)
            base = device->pos();
        else if (origin == ZLIB_FILEFUNC_SEEK_END)
            base = device->size();
        // Offsets from a corrupt archive can point anywhere; QBuffer warns on seeks past its end.
        if (offset > ZPOS64_T(device->size()) || base + qint64(offset) > device->size())
            return -1;
        return device->seek(base + qint64(offset)) ? 0 : -1;
    };
    io.zclose_file = [](voidpf, voidpf) -> int {
        return 0;
    };
    io.zerror_file = [](voidpf, voidpf stream) -> int {
        return static_cast<Stream *>(stream)->failed ? 1 : 0;
    };

    archive->m_zip = unzOpen2_64(fileName.toUtf8().constData(), &io);
    if (!archive->m_zip)
        return makeError(
            Tabular::tr("The file is damaged: it starts like a ZIP archive (an Excel workbook) but "
                        "cannot be opened as one."),
            fileName);
    return archive;
}

QString ZipArchive::tooLarge() const {
    return Tabular::tr("The workbook is refused: a part takes more than %1 once uncompressed, which no real "
                       "spreadsheet needs (a “zip bomb”?).")
        .arg(QLocale::c().formattedDataSize(m_limits.maxEntryBytes));
}

Error ZipArchive::entryError(const QString &message) const {
    return makeError(Tabular::tr("%1 (part “%2” of the workbook)").arg(message, m_entry), m_fileName);
}

bool ZipArchive::contains(const QString &entry) {
    closeEntry();
    return unzLocateFile(m_zip, entry.toUtf8().constData(), 2) == UNZ_OK;
}

void ZipArchive::closeEntry() {
    if (m_entryOpen)
        unzCloseCurrentFile(m_zip);
    m_entryOpen = false;
}

Status ZipArchive::openEntry(const QString &entry) {
    closeEntry();
    m_entry = entry;
    if (unzLocateFile(m_zip, entry.toUtf8().constData(), 2) != UNZ_OK)
        return entryError(Tabular::tr("The workbook is incomplete: a part is missing."));
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return entryError(Tabular::tr("The workbook is damaged."));
    if (info.flag & 1)
        return entryError(Tabular::tr("The workbook is encrypted."));
    // The sizes in the header may lie; readChunk() counts the real bytes. This only saves inflating an
    // honest bomb.
    if (info.uncompressed_size > ZPOS64_T(m_limits.maxEntryBytes))
        return entryError(tooLarge());
    m_stream.failed = false;
    if (unzOpenCurrentFile(m_zip) != UNZ_OK)
        return entryError(Tabular::tr("The workbook is damaged or uses an unsupported compression method."));
    m_entryOpen = true;
    m_entryInflated = 0;
    m_entryStart = m_stream.bytesRead;
    return success();
}

Result<QByteArray> ZipArchive::readChunk() {
    if (!m_entryOpen)
        return QByteArray();
    m_chunk.resize(kChunkBytes);
    const int count = unzReadCurrentFile(m_zip, m_chunk.data(), unsigned(m_chunk.size()));
    if (count < 0 || m_stream.failed) {
        closeEntry();
        return entryError(Tabular::tr("The workbook is damaged: a part cannot be uncompressed."));
    }
    if (count == 0) {
        m_entryOpen = false;
        if (unzCloseCurrentFile(m_zip) != UNZ_OK)
            return entryError(Tabular::tr("The workbook is damaged: a part fails its checksum."));
        return QByteArray();
    }
    m_entryInflated += count;
    if (m_entryInflated > m_limits.maxEntryBytes) {
        closeEntry();
        return entryError(tooLarge());
    }
    // Compressed bytes read so far include minizip's read-ahead, so the ratio is never overestimated.
    const qint64 compressed = qMax<qint64>(1, m_stream.bytesRead - m_entryStart);
    if (m_entryInflated > m_limits.ratioCheckBytes &&
        double(m_entryInflated) > m_limits.maxCompressionRatio * double(compressed)) {
        closeEntry();
        return entryError(Tabular::tr("The workbook is refused: a part inflates more than %1 times its "
                                      "compressed size, which no real spreadsheet does (a “zip bomb”?).")
                              .arg(m_limits.maxCompressionRatio));
    }
    return m_chunk.first(count);
}

Result<QByteArray> ZipArchive::readEntry(const QString &entry, qint64 maxBytes) {
    if (auto opened = openEntry(entry); !opened)
        return opened.error();
    QByteArray data;
    for (;;) {
        auto chunk = readChunk();
        if (!chunk)
            return chunk.error();
        if (chunk->isEmpty())
            return data;
        data += *chunk;
        if (data.size() > maxBytes) {
            closeEntry();
            return entryError(Tabular::tr("The workbook is damaged: a part is far too large."));
        }
    }
}

} // namespace cd::tabular
