// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "units/AdminUnit.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

namespace cd {

// The districts a copy between databases moves (db copy). A server holds several districts' data, an
// office's file one district's: a district is what both sides can select by, through the administrative
// units each of them holds, so the same SQL counts the area on the source and on the target.
class CopyArea {
    Q_DECLARE_TR_FUNCTIONS(CopyArea)

public:
    CopyArea() = default;
    explicit CopyArea(QStringList districtCodes);

    // The districts of every checkpoint of the database, and the district it serves: all of an office.
    static Result<CopyArea> wholeDatabase(const QSqlDatabase &db);
    // A district by its GSO code or its name as people write it ("Bù Đăng", "Huyện Bù Đăng, Bình
    // Phước"): among the districts of the province the database serves, else of the whole country.
    static Result<AdminUnit> resolveDistrict(const QSqlDatabase &db, const QString &text);

    const QStringList &districtCodes() const { return m_districtCodes; }
    bool isEmpty() const { return m_districtCodes.isEmpty(); }

    // "commune_code IN (…)": the checkpoints (column given, e.g. "c.commune_code") in the area; bind
    // values() in that place. Never true for an empty area.
    QString communePredicate(const QString &column) const;
    // The same for a unit of either level (unit aliases, the office's unit order).
    QString unitPredicate(const QString &column) const;
    QVariantList values() const;
    QVariantList unitValues() const;

private:
    QString placeholders() const;

    QStringList m_districtCodes;
};

} // namespace cd
