// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QString>

namespace cd::tabular {

struct TableOptions {
    // XLSX: the worksheet to read, matched ignoring case and diacritics; empty for the first visible one.
    QString sheet;
    // CSV: the field delimiter; null to detect it from the first lines (',' ';' tab or '|').
    QChar delimiter;

    // XLSX zip-bomb guards, checked on the bytes actually inflated rather than on what the archive claims:
    // no part may inflate beyond maxEntryBytes, and a part beyond ratioCheckBytes may not inflate more than
    // maxCompressionRatio times the compressed bytes read for it.
    qint64 maxEntryBytes = qint64(1) << 30;
    double maxCompressionRatio = 200.0;
    qint64 ratioCheckBytes = qint64(4) << 20;
};

} // namespace cd::tabular
