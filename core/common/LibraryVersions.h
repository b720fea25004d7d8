// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

#include <utility>

namespace cd {

// The libraries the program runs with and their versions, for `--version` and bug reports: the version
// loaded at run time where the library tells it (a Windows or macOS build bundles its own, a Debian one
// uses the system's), the one compiled against otherwise.
QVector<std::pair<QString, QString>> libraryVersions();

} // namespace cd
