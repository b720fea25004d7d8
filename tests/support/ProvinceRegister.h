// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace cd::test {

// A province's register as offices really send one, for the acceptance test and the benchmark: title
// rows, headers of their own ("SĐT liên hệ"), province, district and commune columns written every way
// (abbreviations, capitals, decomposed text, old tone placement, no diacritics where that is unique,
// names several districts share), free-text types, phones in every form or missing, no codes and no
// registration days; and a scan export over its checkpoints. Deterministic for a seed.
struct GeneratedCheckpoint {
    QString name;
    QString communeCode;
    QString districtCode;
};

struct GeneratedRegister {
    QVector<GeneratedCheckpoint> checkpoints;
    QHash<QString, int> perDistrict; // district code -> checkpoints
};

// What the scans of an export add up to, per district, for a period and its last seven days.
struct ExpectedFigures {
    qint64 scans = 0;
    qint64 scans7d = 0;
    int withScans = 0;
    int active7d = 0;
};

Result<GeneratedRegister> writeProvinceRegister(const QSqlDatabase &db, const QString &provinceCode, int rows,
                                                const QString &path, quint32 seed = 2021);

// Writes `rows` scans of the register's checkpoints (by name and commune, as national exports name
// places), spread over 2021 with some after `asOf`; returns the figures per district as of `asOf` from
// 01/01 of its year.
Result<QHash<QString, ExpectedFigures>> writeScanExport(const GeneratedRegister &reg, const QSqlDatabase &db,
                                                        int rows, const QDate &asOf, const QString &path,
                                                        quint32 seed = 7);

} // namespace cd::test
