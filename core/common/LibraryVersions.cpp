// SPDX-License-Identifier: GPL-3.0-or-later
#include "LibraryVersions.h"

#include <QtGlobal>

#include <ZXing/ZXVersion.h>
#include <qrencode.h>
#include <sqlite3.h>
#include <xlsxwriter.h>
#include <zlib.h>

namespace cd {

QVector<std::pair<QString, QString>> libraryVersions() {
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion())},
        {QStringLiteral("libqrencode"), QString::fromLatin1(QRcode_APIVersionString())}, // a static string
        {QStringLiteral("ZXing-C++"), QStringLiteral("%1.%2.%3")
                                          .arg(ZXING_VERSION_MAJOR)
                                          .arg(ZXING_VERSION_MINOR)
                                          .arg(ZXING_VERSION_PATCH)},
        {QStringLiteral("libxlsxwriter"), QString::fromLatin1(lxw_version())},
        // minizip is zlib's contrib/minizip, which has no version of its own.
        {QStringLiteral("zlib/minizip"), QString::fromLatin1(zlibVersion())},
    };
}

} // namespace cd
