// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "tabular/TableOptions.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <memory>

namespace cd::tabular {

// A read-only ZIP archive on a seekable device (a file or an in-memory buffer), read with minizip one
// entry at a time, in chunks. It enforces the zip-bomb limits of TableOptions on the bytes each entry
// actually inflates to, since the sizes in the headers are whatever the archive's author wrote.
class ZipArchive {
public:
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    // Takes an open, seekable device.
    static Result<std::unique_ptr<ZipArchive>> open(std::unique_ptr<QIODevice> device,
                                                    const QString &fileName, const TableOptions &limits);

    // Entry names compare ignoring case, as Excel does.
    bool contains(const QString &entry);
    // Starts reading an entry, closing the previous one.
    Status openEntry(const QString &entry);
    // The next chunk of the open entry; empty at its end, once its checksum has been verified.
    Result<QByteArray> readChunk();
    // A whole entry, for the small ones; refused beyond maxBytes.
    Result<QByteArray> readEntry(const QString &entry, qint64 maxBytes);

    const QString &fileName() const { return m_fileName; }

private:
    // What minizip's I/O callbacks work on.
    struct Stream {
        QIODevice *device = nullptr;
        qint64 bytesRead = 0;
        bool failed = false;
    };

    ZipArchive(std::unique_ptr<QIODevice> device, const QString &fileName, const TableOptions &limits);
    void closeEntry();
    Error entryError(const QString &message) const;
    QString tooLarge() const;

    std::unique_ptr<QIODevice> m_device;
    QString m_fileName;
    TableOptions m_limits;
    Stream m_stream;
    void *m_zip = nullptr; // unzFile; kept out of the header so minizip's macros stay in one file
    QString m_entry;
    bool m_entryOpen = false;
    qint64 m_entryInflated = 0;
    qint64 m_entryStart = 0;
    QByteArray m_chunk;
};

} // namespace cd::tabular
