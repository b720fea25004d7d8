// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QString>
#include <QtGlobal>

namespace cd {

// A file written beside its target under a temporary name, then moved over the target by one rename: the
// target is the old file or the whole new one at every moment. For writers that need a path of their own
// (SQLite's backup, libxlsxwriter); a QSaveFile does the same for a stream of bytes.
//
// A writer killed half-way leaves its temporary behind, and a backup's holds personal data out of the
// retention's reach: the writer holds a lock on its temporary while it lives, and the next writer in the
// folder removes every leftover that no living writer holds.
class SideFile {
public:
    static Result<SideFile> create(const QString &target, const QString &suffix);
    SideFile(SideFile &&other) noexcept;
    SideFile &operator=(SideFile &&) = delete;
    SideFile(const SideFile &) = delete;
    ~SideFile();

    // Where to write.
    QString path() const { return m_path; }
    // Replaces the target with what was written; after a failure the temporary is removed.
    Status commit();

    // The leftovers of killed writers beside `target` (for tests and the folder's tidiness).
    static QStringList leftovers(const QString &folder);

private:
    SideFile(QString target, QString path, qintptr lockHandle);
    void discard();

    QString m_target;
    QString m_path;
    qintptr m_lockHandle = -1; // a descriptor on Unix, a HANDLE on Windows
};

} // namespace cd
