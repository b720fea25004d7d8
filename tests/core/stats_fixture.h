// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database/Database.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <memory>

namespace cd::test {

// A small province made by hand ("Tỉnh Thử Nghiệm", code 99) with two districts, so every count of the
// statistics can be worked out on paper. As of 24/08/2021, from 01/01/2021:
//   Huyện An (991): Xã An Một (99101) has
//     A  registered 10/01/2021, 5 scans on 01/03/2021 and 3 on 24/08/2021          (active)
//     B  registered 01/02/2021, 4 scans on 01/06/2021                              (stopped)
//     H  registered 01/05/2020, 1 scan on 30/12/2020                               (stopped last year)
//   Xã An Hai (99103) has
//     C  registered 01/06/2020, closed 15/12/2020, 7 scans on 01/11/2020           (not counted)
//     D  registered 01/09/2021, after as_of                                        (not counted)
//   Huyện Bình (992): Xã Bình Một (99201) has
//     E  registered 05/01/2021, 6 scans on 10/08/2021 and 2 on 20/08/2021          (active)
//     F  registered 05/01/2021, closed 01/07/2021, 9 scans on 01/05/2021           (counted, closed)
//     G  registered 01/03/2021, never scanned
// The checkpoint ids by letter are in `ids`.
struct HandBuiltProvince {
    std::unique_ptr<Database> db;
    QHash<char, qint64> ids;
};
HandBuiltProvince handBuiltProvince();

// Adds the administrative units of a made-up province under `code` (two digits) with `districts`
// districts of `communesPerDistrict` communes each: district codes are the province's and three digits
// (98001), communes the district's and three more (98001001); names "Huyện Số 1", "Xã Số 1-1"…
void addMadeUpProvince(Database &db, const QString &code, const QString &name, int districts,
                       int communesPerDistrict);

// Stores `scans` scans at checkpoint `id` on `day` in the daily counts (what the scan import keeps).
void addDailyCount(Database &db, qint64 id, const QDate &day, qint64 scans);

} // namespace cd::test
