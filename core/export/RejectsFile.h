// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QFile>
#include <QStringList>
#include <QTextStream>

namespace cd::sheets {

// The rows an import refused, written beside its input as NAME.rejects.csv for correcting: the line, the
// field and the reason, then the row's own cells under the file's own headers. UTF-8 with a BOM (so that
// Excel shows Vietnamese), RFC 4180 quoting, CRLF. The file is created with the first row.
class RejectsFile {
public:
    RejectsFile(const QString &input, QStringList headers);

    const QString &path() const { return m_path; }
    Status add(qint64 line, const QString &field, const QString &reason, const QStringList &cells);
    // Removes what was written: the import it belonged to stored nothing.
    void discard();
    bool used() const { return m_file.isOpen(); }

private:
    QString m_path;
    QStringList m_headers;
    QFile m_file;
    QTextStream m_out;
};

} // namespace cd::sheets
