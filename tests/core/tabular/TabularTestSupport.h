// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestSupport.h"
#include "tabular/OpenTable.h"

#include <QStringList>

#include <catch2/catch.hpp>

namespace Catch {
template <>
struct StringMaker<QStringList> {
    static std::string convert(const QStringList &list) {
        return QString(u"[“" + list.join(QStringLiteral("”, “")) + u"”]").toStdString();
    }
};
} // namespace Catch

namespace cd::test {

inline std::unique_ptr<tabular::TableReader> openOrFail(const QByteArray &bytes, const QString &name,
                                                        const tabular::TableOptions &options = {}) {
    auto reader = tabular::openTable(bytes, name, options);
    if (!reader)
        FAIL(reader.error().toString().toStdString());
    return std::move(reader).value();
}

inline std::unique_ptr<tabular::TableReader> openPathOrFail(const QString &path,
                                                            const tabular::TableOptions &options = {}) {
    auto reader = tabular::openTable(path, options);
    if (!reader)
        FAIL(reader.error().toString().toStdString());
    return std::move(reader).value();
}

inline QList<tabular::Row> readAll(tabular::TableReader &reader) {
    QList<tabular::Row> rows;
    tabular::Row row;
    for (;;) {
        auto more = reader.next(row);
        if (!more)
            FAIL(more.error().toString().toStdString());
        if (!*more)
            return rows;
        rows.append(row);
    }
}

// The error that reading to the end runs into; fails the test if there is none.
inline Error readUntilError(tabular::TableReader &reader) {
    tabular::Row row;
    for (;;) {
        auto more = reader.next(row);
        if (!more)
            return more.error();
        if (!*more)
            FAIL("expected an error, reached the end of the table");
    }
}

} // namespace cd::test
