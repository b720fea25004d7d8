// SPDX-License-Identifier: GPL-3.0-or-later
#include "Error.h"

#include <QStringList>

namespace cd {

QString Error::toString() const {
    QStringList parts;
    if (!file.isEmpty())
        parts << (line > 0 ? file + u':' + QString::number(line) : file);
    else if (line > 0)
        parts << QStringLiteral("line %1").arg(line);
    if (!field.isEmpty())
        parts << field;
    parts << message;
    return parts.join(QStringLiteral(": "));
}

} // namespace cd
