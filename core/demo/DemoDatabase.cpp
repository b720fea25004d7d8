// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoDatabase.h"

#include "DemoCheckpoints.h"
#include "ScanGenerator.h"
#include "common/Clock.h"
#include "database/Database.h"
#include "database/SqlQuery.h"
#include "scans/ScanImport.h"
#include "settings/SettingsStore.h"

#include "database/Transaction.h"
#include "registry/CheckpointRegistry.h"
#include "units/AdminUnitRepository.h"
#include "units/OfficeScope.h"
#include <QSet>
#include <QTemporaryDir>

#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace cd {

QVector<AnnexRow> DemoDatabase::annex() {
    QVector<AnnexRow> rows;
    QFile file(QStringLiteral(":/checkpoint-desk/data/bu-dang-annex-2021-08-24.csv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    QTextStream in(&file);
    in.setEncoding(QStringConverter::Utf8);
    in.readLine(); // header
    while (!in.atEnd()) {
        const QStringList fields = in.readLine().split(u',');
        if (fields.size() != 5)
            continue;
        rows.append({fields[0].toInt(), fields[1], fields[2], fields[3].toInt(), fields[4].toLongLong()});
    }
    return rows;
}

Status DemoDatabase::removeDemoFile(const QString &path) {
    if (!QFileInfo::exists(path))
        return success();
    const auto marker = Database::peekSetting(path, kMarkerKey);
    if (!marker || marker.value().isEmpty())
        return makeError(
            tr("%1 is not a demonstration database, so it is not replaced (%2). Give the demo "
               "another file with --db.")
                .arg(path, marker ? tr("it was not made by “demo create”") : marker.error().message),
            path);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix) && !QFile::remove(path + suffix))
            return makeError(tr("cannot delete the old demonstration file"), path + suffix);
    }
    return success();
}

Status DemoDatabase::populate(QSqlDatabase db) {
    // Only a new database, or one this command made, takes the demonstration's data.
    const SettingsStore settings(db);
    if (settings.value(kMarkerKey).isEmpty()) {
        const auto checkpoints = sql::scalar(db, QStringLiteral("SELECT count(*) FROM checkpoints"));
        const auto scans = sql::scalar(db, QStringLiteral("SELECT count(*) FROM scans"));
        if (!checkpoints || !scans)
            return (!checkpoints ? checkpoints : scans).error();
        if (OfficeScope(db).current() || checkpoints.value().toLongLong() > 0 ||
            scans.value().toLongLong() > 0)
            return makeError(
                tr("this database is an office's own, not a demonstration: the demo goes into a new "
                   "file (--db)"));
        if (auto marked = SettingsStore(db).setValue(kMarkerKey, clock::nowUtc().toString(Qt::ISODate));
            !marked)
            return marked;
    }
    OfficeScope scope(db);
    if (auto configured = scope.configure(QStringLiteral("Bình Phước"), QStringLiteral("Bù Đăng"));
        !configured)
        return configured.error();
    QStringList order;
    for (const AnnexRow &row : annex())
        order << row.code;
    if (auto ordered = scope.setOrder(order); !ordered)
        return ordered;

    // The annex's 189 checkpoints, commune by commune; a demo that has them already is left as it is.
    CheckpointRegistry registry(db);
    if (registry.count() > 0)
        return populateScans(db);
    const AdminUnitRepository units(db);
    Transaction transaction(db);
    for (const AnnexRow &row : annex()) {
        const auto commune = units.unit(row.code);
        for (const Checkpoint &checkpoint :
             demo::checkpointsFor(row.code, commune->nameWithType, row.checkpoints)) {
            if (auto added = registry.add(checkpoint); !added)
                return Error{added.error().message, {}, 0, added.error().field};
        }
    }
    if (!transaction.commit())
        return makeError(tr("the demo checkpoints could not be stored: %1").arg(transaction.failure()));
    return populateScans(db);
}

Status DemoDatabase::populateScans(QSqlDatabase db) {
    auto stored = sql::scalar(db, QStringLiteral("SELECT count(*) FROM scans"));
    if (!stored)
        return stored.error();
    if (stored.value().toLongLong() > 0)
        return success();

    // Exactly the annex's scans per commune from 01/01/2021 to 24/08/2021, then the rest of the year at
    // the pace the dispatches asked for. Written as a real export and imported the way users import.
    ScanGenerator generator(db, 1687);
    QHash<QString, QVector<int>> byCommune;
    for (int i = 0; i < generator.checkpoints().size(); ++i)
        byCommune[generator.checkpoints()[i].communeCode].append(i);
    QVector<GeneratedScan> scans;
    QSet<QString> seen;
    auto keep = [&](const GeneratedScan &scan) {
        const QString key = QStringLiteral("%1|%2|%3").arg(scan.checkpoint).arg(scan.when).arg(scan.person);
        if (seen.contains(key))
            return false;
        seen.insert(key);
        scans.append(scan);
        return true;
    };
    for (const AnnexRow &row : annex()) {
        for (qint64 added = 0; added < row.scans;)
            added += keep(generator.randomAt(byCommune.value(row.code), kAnnexFrom, kAnnexAsOf)) ? 1 : 0;
    }
    for (int i = 0; i < 6000; ++i)
        keep(generator.random(kAnnexAsOf.addDays(1), QDate(2021, 12, 31)));

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("quet-ma-qr-bu-dang-2021.csv"));
    qint64 next = 0;
    if (auto written = generator.write(path, scans.size(), [&] { return scans[next++]; }); !written)
        return written;
    const auto report = ScanImporter(db).run(path);
    if (!report)
        return report.error();
    if (report->rejected > 0 || report->added != scans.size())
        return makeError(tr("the demo scans did not import cleanly (%1 of %2 added)")
                             .arg(report->added)
                             .arg(scans.size()));
    return success();
}

} // namespace cd
