// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QVector>

namespace cd {

// One row of the annex of dispatch 1687/UBND-VX (seed 000), bundled as
// resources/data/bu-dang-annex-2021-08-24.csv.
struct AnnexRow {
    int stt = 0;
    QString code;
    QString nameAsPrinted;
    int checkpoints = 0;
    qint64 scans = 0;
};

// Fills a database with Bù Đăng as it stood on 24/08/2021: the scope, the annex's commune order, and what
// later parts of the program add (checkpoints, scans).
class DemoDatabase {
    Q_DECLARE_TR_FUNCTIONS(DemoDatabase)

public:
    // The annex's period: from the start of the year to its "as of" day.
    static inline const QDate kAnnexFrom{2021, 1, 1};
    static inline const QDate kAnnexAsOf{2021, 8, 24};

    // The setting that says a database was made by `demo create`; only such a database is ever replaced.
    static inline const QString kMarkerKey = QStringLiteral("demo.created");

    static QVector<AnnexRow> annex();
    // Fills a new database, or refreshes a demonstration one; an office's own database is refused.
    static Status populate(QSqlDatabase db);
    // Deletes the demonstration database at `path` (and its -wal and -shm files) so that it can be made
    // anew. Any other file is refused and left as it is: an office's real database is never deleted.
    static Status removeDemoFile(const QString &path);

private:
    static Status populateScans(QSqlDatabase db);
};

} // namespace cd
