// SPDX-License-Identifier: GPL-3.0-or-later
#include "SideFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <filesystem>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <qt_windows.h>
#endif

namespace cd {

namespace {

const QString kPrefix = QStringLiteral(".checkpoint-desk-");

QString tr(const char *text) {
    return QCoreApplication::translate("cd::SideFile", text);
}

// What SQLite may leave beside a database it was writing.
void removeWithCompanions(const QString &path) {
    QFile::remove(path);
    for (const char *companion : {"-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(companion));
}

// An exclusive lock a killed process releases with its last handle: flock(2) on Unix, LockFileEx on
// Windows. -1 when the file is locked by another writer (and `wait` is false) or cannot be opened.
#ifdef Q_OS_UNIX
qintptr lockExclusively(const QString &path, bool wait) {
    const int handle = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CLOEXEC);
    if (handle < 0)
        return -1;
    if (::flock(handle, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0) {
        ::close(handle);
        return -1;
    }
    return handle;
}

void unlock(qintptr handle) {
    ::close(int(handle));
}
#elif defined(Q_OS_WIN)
qintptr lockExclusively(const QString &path, bool wait) {
    // FILE_SHARE_DELETE: the writer's own rename into place and a remover's delete work while it is open.
    const HANDLE handle = ::CreateFileW(reinterpret_cast<const wchar_t *>(path.utf16()), GENERIC_READ,
                                        FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                                        OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE)
        return -1;
    // Windows locks are mandatory: lock one byte far past any data (and past SQLite's lock bytes at
    // 1 GiB), so that the writer's own reads and writes are never refused.
    OVERLAPPED where{};
    where.OffsetHigh = 0x7fffffff;
    const DWORD flags = LOCKFILE_EXCLUSIVE_LOCK | (wait ? 0 : LOCKFILE_FAIL_IMMEDIATELY);
    if (!::LockFileEx(handle, flags, 0, 1, 0, &where)) {
        ::CloseHandle(handle);
        return -1;
    }
    return reinterpret_cast<qintptr>(handle);
}

void unlock(qintptr handle) {
    ::CloseHandle(reinterpret_cast<HANDLE>(handle));
}
#else
qintptr lockExclusively(const QString &, bool) {
    return -1;
}

void unlock(qintptr) {}
#endif

void removeAbandoned(const QDir &folder) {
#if defined(Q_OS_UNIX) || defined(Q_OS_WIN)
    for (const QString &name : SideFile::leftovers(folder.path())) {
        const QString path = folder.filePath(name);
        const qintptr handle = lockExclusively(path, false);
        if (handle < 0)
            continue; // a writer is still at it
        removeWithCompanions(path);
        unlock(handle);
    }
#else
    Q_UNUSED(folder);
#endif
}

} // namespace

Result<SideFile> SideFile::create(const QString &target, const QString &suffix) {
    const QFileInfo info(target);
    const QDir folder = info.absoluteDir();
    if (!folder.exists())
        return makeError(
            tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder.absolutePath())), target);
    removeAbandoned(folder);
    QTemporaryFile temporary(folder.filePath(kPrefix + QStringLiteral("XXXXXX") + suffix));
    temporary.setAutoRemove(false);
    if (!temporary.open())
        return makeError(tr("cannot write in the folder: %1").arg(temporary.errorString()), target);
    const QString path = temporary.fileName();
    temporary.close();
    qintptr lockHandle = -1;
#if defined(Q_OS_UNIX) || defined(Q_OS_WIN)
    lockHandle = lockExclusively(path, true);
    if (lockHandle < 0) {
        const QString why = qt_error_string(); // errno, or GetLastError() on Windows
        QFile::remove(path);
        return makeError(tr("cannot write in the folder: %1").arg(why), target);
    }
#endif
    return SideFile(info.absoluteFilePath(), path, lockHandle);
}

SideFile::SideFile(QString target, QString path, qintptr lockHandle)
    : m_target(std::move(target))
    , m_path(std::move(path))
    , m_lockHandle(lockHandle) {}

SideFile::SideFile(SideFile &&other) noexcept
    : m_target(std::move(other.m_target))
    , m_path(std::exchange(other.m_path, QString()))
    , m_lockHandle(std::exchange(other.m_lockHandle, -1)) {}

SideFile::~SideFile() {
    discard();
}

void SideFile::discard() {
    if (!m_path.isEmpty())
        removeWithCompanions(m_path);
    m_path.clear();
    if (m_lockHandle >= 0)
        unlock(m_lockHandle);
    m_lockHandle = -1;
}

Status SideFile::commit() {
    // One rename that replaces the target (rename(2); MoveFileEx with REPLACE_EXISTING on Windows).
    std::error_code renamed;
    std::filesystem::rename(std::filesystem::path(m_path.toStdU16String()),
                            std::filesystem::path(m_target.toStdU16String()), renamed);
    if (renamed) {
        const QString why = QString::fromLocal8Bit(renamed.message());
        discard();
        return makeError(tr("cannot move the file into place: %1").arg(why), m_target);
    }
    m_path.clear(); // it is the target now
    discard();
    return success();
}

QStringList SideFile::leftovers(const QString &folder) {
    QStringList names = QDir(folder).entryList({kPrefix + QStringLiteral("*")}, QDir::Files | QDir::Hidden);
    names.erase(std::remove_if(names.begin(), names.end(),
                               [](const QString &name) {
                                   return name.endsWith(QLatin1String("-journal")) ||
                                          name.endsWith(QLatin1String("-wal")) ||
                                          name.endsWith(QLatin1String("-shm"));
                               }),
                names.end());
    return names;
}

} // namespace cd
