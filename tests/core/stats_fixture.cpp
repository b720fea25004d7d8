// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats_fixture.h"

#include "TestSupport.h"

#include "database/SqlQuery.h"
#include "registry/CheckpointRegistry.h"
#include "scans/ScanTime.h"
#include "units/OfficeScope.h"

namespace cd::test {
namespace {

void addUnit(Database &db, const QString &code, int level, const QString &parent, const QString &type,
             const QString &name) {
    const auto added =
        sql::exec(db.connection(),
                  QStringLiteral("INSERT INTO admin_units (code, level, parent_code, type, name, "
                                 "name_with_type) VALUES (?, ?, ?, ?, ?, ?)"),
                  QVariantList{code, level, parent.isEmpty() ? QVariant() : QVariant(parent), type, name,
                               QString(type + QLatin1Char(' ') + name)});
    REQUIRE(added.ok());
}

qint64 addCheckpoint(Database &db, const QString &name, const QString &commune, const QDate &registered,
                     const QDate &closed = {}) {
    Checkpoint c;
    c.name = name;
    c.typeName = QStringLiteral("Chợ");
    c.phone = QStringLiteral("0912%1").arg(qHash(name) % 1000000, 6, 10, QLatin1Char('0'));
    c.communeCode = commune;
    c.address = QStringLiteral("Thôn 1");
    c.registeredOn = registered;
    if (closed.isValid()) {
        c.status = Checkpoint::Status::Closed;
        c.closedOn = closed;
    }
    const auto stored = CheckpointRegistry(db.connection()).add(c);
    INFO((stored ? QString() : stored.error().toString()).toStdString());
    REQUIRE(stored.ok());
    return stored->id;
}

} // namespace

void addMadeUpProvince(Database &db, const QString &code, const QString &name, int districts,
                       int communesPerDistrict) {
    addUnit(db, code, 1, {}, QStringLiteral("Tỉnh"), name);
    for (int d = 1; d <= districts; ++d) {
        const QString district = code + QStringLiteral("%1").arg(d, 3, 10, QLatin1Char('0'));
        addUnit(db, district, 2, code, QStringLiteral("Huyện"), QStringLiteral("Số %1").arg(d));
        for (int c = 1; c <= communesPerDistrict; ++c)
            addUnit(db, district + QStringLiteral("%1").arg(c, 3, 10, QLatin1Char('0')), 3, district,
                    QStringLiteral("Xã"), QStringLiteral("Số %1-%2").arg(d).arg(c));
    }
}

void addDailyCount(Database &db, qint64 id, const QDate &day, qint64 scans) {
    const auto added =
        sql::exec(db.connection(),
                  QStringLiteral("INSERT INTO daily_counts (checkpoint_id, day, scans) VALUES (?, ?, ?)"),
                  {id, scantime::dateToDay(day), scans});
    REQUIRE(added.ok());
}

HandBuiltProvince handBuiltProvince() {
    HandBuiltProvince p{memoryWorkspace(), {}};
    Database &db = *p.db;
    addUnit(db, QStringLiteral("99"), 1, {}, QStringLiteral("Tỉnh"), QStringLiteral("Thử Nghiệm"));
    addUnit(db, QStringLiteral("991"), 2, QStringLiteral("99"), QStringLiteral("Huyện"),
            QStringLiteral("An"));
    addUnit(db, QStringLiteral("992"), 2, QStringLiteral("99"), QStringLiteral("Huyện"),
            QStringLiteral("Bình"));
    addUnit(db, QStringLiteral("99101"), 3, QStringLiteral("991"), QStringLiteral("Xã"),
            QStringLiteral("An Một"));
    addUnit(db, QStringLiteral("99103"), 3, QStringLiteral("991"), QStringLiteral("Xã"),
            QStringLiteral("An Hai"));
    addUnit(db, QStringLiteral("99201"), 3, QStringLiteral("992"), QStringLiteral("Xã"),
            QStringLiteral("Bình Một"));
    REQUIRE(OfficeScope(db.connection()).configure(QStringLiteral("Thử Nghiệm"), QString()).ok());

    auto &ids = p.ids;
    ids['A'] = addCheckpoint(db, QStringLiteral("Chợ A"), QStringLiteral("99101"), QDate(2021, 1, 10));
    ids['B'] = addCheckpoint(db, QStringLiteral("Chợ B"), QStringLiteral("99101"), QDate(2021, 2, 1));
    ids['H'] = addCheckpoint(db, QStringLiteral("Chợ H"), QStringLiteral("99101"), QDate(2020, 5, 1));
    ids['C'] = addCheckpoint(db, QStringLiteral("Chợ C"), QStringLiteral("99103"), QDate(2020, 6, 1),
                             QDate(2020, 12, 15));
    ids['D'] = addCheckpoint(db, QStringLiteral("Chợ D"), QStringLiteral("99103"), QDate(2021, 9, 1));
    ids['E'] = addCheckpoint(db, QStringLiteral("Chợ E"), QStringLiteral("99201"), QDate(2021, 1, 5));
    ids['F'] = addCheckpoint(db, QStringLiteral("Chợ F"), QStringLiteral("99201"), QDate(2021, 1, 5),
                             QDate(2021, 7, 1));
    ids['G'] = addCheckpoint(db, QStringLiteral("Chợ G"), QStringLiteral("99201"), QDate(2021, 3, 1));
    addDailyCount(db, ids['A'], QDate(2021, 3, 1), 5);
    addDailyCount(db, ids['A'], QDate(2021, 8, 24), 3);
    addDailyCount(db, ids['B'], QDate(2021, 6, 1), 4);
    addDailyCount(db, ids['H'], QDate(2020, 12, 30), 1);
    addDailyCount(db, ids['C'], QDate(2020, 11, 1), 7);
    addDailyCount(db, ids['E'], QDate(2021, 8, 10), 6);
    addDailyCount(db, ids['E'], QDate(2021, 8, 20), 2);
    addDailyCount(db, ids['F'], QDate(2021, 5, 1), 9);
    return p;
}

} // namespace cd::test
