// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScanImport.h"

#include "CheckpointAliases.h"
#include "CheckpointResolver.h"
#include "PersonKey.h"
#include "ScanTime.h"
#include "ScanWriter.h"
#include "audit/AuditLog.h"
#include "common/BatchQueue.h"
#include "common/Clock.h"
#include "common/VietnameseText.h"
#include "common/VnFormat.h"
#include "database/Dialect.h"
#include "database/SqlQuery.h"
#include "database/Transaction.h"
#include "export/RejectsFile.h"
#include "retention/Retention.h"
#include "tabular/OpenTable.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <future>
#include <optional>
#include <thread>

namespace cd {
namespace {

using tabular::ColumnMapping;
using tabular::Row;

Result<QString> sha256Of(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(file.errorString(), path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return makeError(ScanImporter::tr("cannot read the file"), path);
    return QString::fromLatin1(hash.result().toHex());
}

QString directionOf(const QString &written) {
    const QString folded = text::foldKey(written);
    if (folded.isEmpty())
        return {};
    if (folded.contains(QLatin1String("out")) || folded == QLatin1String("ra") ||
        folded.startsWith(QLatin1String("ra ")))
        return QStringLiteral("out");
    return QStringLiteral("in");
}

struct ScanBatch {
    static constexpr qsizetype size = 2048;
    QVector<ScanRecord> scans;
    qint64 rowsRead = 0; // rows of the file read up to the end of this batch
    qint64 bytesRead = -1;
};

// On SQLite, checking the foreign keys of a million scans is a twentieth of the import: two look-ups per
// row for what the import already knows. The scans name checkpoints read from the register after the
// import took the write lock, and the import row it inserted itself. SQLite only lets the check be
// switched outside a transaction, so this guard is made before the import's transaction and outlives it.
class ForeignKeysOffForImport {
public:
    explicit ForeignKeysOffForImport(QSqlDatabase db)
        : m_db(std::move(db))
        , m_switched(m_db.driverName() == QLatin1String("QSQLITE") &&
                     sql::exec(m_db, QStringLiteral("PRAGMA foreign_keys = OFF")).ok()) {}
    ~ForeignKeysOffForImport() {
        if (m_switched)
            sql::exec(m_db, QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    ForeignKeysOffForImport(const ForeignKeysOffForImport &) = delete;
    ForeignKeysOffForImport &operator=(const ForeignKeysOffForImport &) = delete;

private:
    QSqlDatabase m_db;
    bool m_switched;
};

// The scan time of a row: one column, or a date column and a time column, as text or as Excel cells.
struct ScanTimeColumns {
    int time;
    int date;
    int clock;
    intake::DateOrder order;
    qint64 now;

    // The text that carries the date, for the file's date-order evidence.
    void noteEvidence(const Row &row, intake::DateOrderEvidence &evidence) const {
        for (const int column : {time, date}) {
            if (column >= 0 && !row.isDate(column))
                evidence.note(row.line, row.cell(column));
        }
    }

    Result<qint64> read(const Row &row) const {
        const QString timeText = row.cell(time);
        const QString dateText = row.cell(date);
        // One column with both, the usual case.
        if (time >= 0 && !timeText.isEmpty()) {
            const auto parts = intake::parseDateTime(timeText, order);
            if (parts && (parts->hasTime() || (date < 0 && (clock < 0 || row.cell(clock).isEmpty()))))
                return scantime::toInstant(parts.value(), timeText, now);
            // "Thời gian" holding only the date, beside a time column.
            if (parts && clock >= 0 && !row.cell(clock).isEmpty()) {
                const auto clockParts = intake::parseTimeOfDay(row.cell(clock));
                if (!clockParts)
                    return clockParts.error();
                return combine(timeText, clockParts.value(), row.cell(clock));
            }
            // "Thời gian" holding only the time, beside a date column.
            if (date >= 0) {
                if (const auto clock = intake::parseTimeOfDay(timeText))
                    return combine(dateText, clock.value(), timeText);
            }
            if (!parts)
                return parts.error();
        }
        if (date < 0)
            return makeError(ScanImporter::tr("the scan time is missing"));
        if (dateText.isEmpty())
            return makeError(ScanImporter::tr("the scan date is missing"));
        const QString clockText = row.cell(clock);
        if (clock < 0 || clockText.isEmpty())
            return scantime::parse(dateText, now, order); // "Ngày" may hold the time too
        const auto clockParts = intake::parseTimeOfDay(clockText);
        if (!clockParts) {
            // A time column that holds the date too.
            if (const auto both = intake::parseDateTime(clockText, order); both && both->hasTime())
                return scantime::toInstant(both.value(), clockText, now);
            return clockParts.error();
        }
        return combine(dateText, clockParts.value(), clockText);
    }

    Result<qint64> combine(const QString &dateText, const intake::DateTimeParts &clock,
                           const QString &clockText) const {
        auto day = intake::parseDateTime(dateText, order);
        if (!day)
            return day.error();
        intake::DateTimeParts parts = day.value();
        parts.hour = clock.hour;
        parts.minute = clock.minute;
        parts.second = clock.second;
        if (clock.offsetSeconds)
            parts.offsetSeconds = clock.offsetSeconds;
        return scantime::toInstant(parts, QString(dateText + u' ' + clockText), now);
    }
};

const QString kDailyUpsert = QStringLiteral(
    "INSERT INTO daily_counts (checkpoint_id, day, scans) VALUES %1 "
    "ON CONFLICT (checkpoint_id, day) DO UPDATE SET scans = daily_counts.scans + excluded.scans");

// Raises the daily counts by what the import added, in key order. On a server a statement per count is
// a round trip per count (a year of a province's checkpoints is tens of thousands): the counts go a
// thousand to a statement, written in as numbers.
Status storeDailyCounts(const QSqlDatabase &db, const QList<QPair<qint64, qint64>> &days,
                        const QHash<QPair<qint64, qint64>, qint64> &added) {
    if (sql::isServer(db)) {
        for (qsizetype first = 0; first < days.size(); first += 1000) {
            QStringList values;
            for (qsizetype i = first; i < std::min(days.size(), first + 1000); ++i)
                values << QStringLiteral("(%1, %2, %3)")
                              .arg(days[i].first)
                              .arg(days[i].second)
                              .arg(added.value(days[i]));
            if (auto stored = sql::exec(db, kDailyUpsert.arg(values.join(u','))); !stored)
                return stored.error();
        }
        return success();
    }
    QSqlQuery daily(db);
    daily.prepare(kDailyUpsert.arg(QStringLiteral("(?, ?, ?)")));
    for (const auto &day : days) {
        daily.bindValue(0, day.first);
        daily.bindValue(1, day.second);
        daily.bindValue(2, added.value(day));
        if (!daily.exec())
            return sql::errorOf(daily);
    }
    return success();
}

} // namespace

tabular::HeaderSpec ScanImporter::headerSpec() {
    return tabular::headerSpecFor(QStringLiteral("scans"));
}

QList<tabular::FieldSpec> ScanImporter::fields() {
    return headerSpec().fields;
}

Result<ScanImportReport> ScanImporter::run(const QString &path, const ScanImportOptions &options) {
    bool decideOrder = options.dateOrder == intake::DateOrder::Automatic;
    intake::DateOrder order = decideOrder ? intake::DateOrder::DayFirst : options.dateOrder;
    bool careful = false;
    // A pass that stored nothing says why, and the file is read again: at most once each way.
    for (;;) {
        Rerun rerun;
        auto report = runOnce(path, options, order, decideOrder, careful, rerun);
        if (!report)
            return report;
        if (rerun.carefully && !careful) {
            careful = true;
            continue;
        }
        if (rerun.monthFirst) {
            order = intake::DateOrder::MonthFirst;
            decideOrder = false;
            continue;
        }
        if (order == intake::DateOrder::MonthFirst && options.dateOrder == intake::DateOrder::Automatic)
            report.value().notices.prepend(
                tr("dates were read month first (MM/dd/yyyy), as the file's values show"));
        return report;
    }
}

Result<ScanImportReport> ScanImporter::runOnce(const QString &path, const ScanImportOptions &options,
                                               intake::DateOrder order, bool decideOrder, bool careful,
                                               Rerun &rerun) {
    ScanImportReport report;
    report.file = path;
    report.dateOrder = order;
    // The file is read twice, for its SHA-256 and for its rows: on two cores at once.
    const qint64 fileSize = QFileInfo(path).size();
    auto hashing = std::async(std::launch::async, [path] { return sha256Of(path); });
    const auto hashed = [&]() -> Status {
        if (!report.sha256.isEmpty())
            return success();
        auto hash = hashing.get();
        if (!hash)
            return hash.error();
        report.sha256 = hash.value();
        return success();
    };

    auto opened =
        tabular::openWithHeader(path, options.sheet, headerSpec(), options.mapping, options.overrides);
    if (!opened)
        return opened.error();
    tabular::TableReader &reader = *opened->reader;
    const ColumnMapping mapping = opened->mapping;
    const int timeColumn = mapping.column(QStringLiteral("time"));
    const int dateColumn = mapping.column(QStringLiteral("date"));
    const int clockColumn = mapping.column(QStringLiteral("clock"));
    const int codeColumn = mapping.column(QStringLiteral("checkpoint_code"));
    const int qrColumn = mapping.column(QStringLiteral("qr_payload"));
    const int placeColumn = mapping.column(QStringLiteral("checkpoint_name"));
    const int communeColumn = mapping.column(QStringLiteral("commune"));
    const int nameColumn = mapping.column(QStringLiteral("person_name"));
    const int phoneColumn = mapping.column(QStringLiteral("phone"));
    const int idColumn = mapping.column(QStringLiteral("id_number"));
    const int directionColumn = mapping.column(QStringLiteral("direction"));
    if (timeColumn < 0 && dateColumn < 0)
        return makeError(tr("no column holds the scan time (Thời gian quét, or Ngày quét and Giờ quét)"),
                         path, mapping.headerLine);
    if (codeColumn < 0 && qrColumn < 0 && placeColumn < 0)
        return makeError(tr("no column names the checkpoint (its code, QR payload or name)"), path,
                         mapping.headerLine);
    if (phoneColumn < 0 && idColumn < 0 && nameColumn < 0)
        return makeError(tr("no column names the person (phone, ID number or name)"), path,
                         mapping.headerLine);

    // Said in the report, not refused: an export may be imported again on purpose (after mapping its
    // unknown checkpoints, say), and what it adds is only what is not stored yet.
    const auto findPreviousImport = [&](qint64 importId) -> Status {
        if (auto hash = hashed(); !hash)
            return hash;
        auto previous = sql::scalar(
            m_db,
            QStringLiteral("SELECT imported_at FROM imports WHERE sha256 = ? AND id <> ? ORDER BY id DESC"),
            {report.sha256, importId});
        if (!previous)
            return previous.error();
        if (previous.value().isValid())
            report.previousImport =
                format::dateTime(QDateTime::fromString(previous.value().toString(), Qt::ISODate));
        return success();
    };

    const qint64 now = options.now ? options.now : clock::nowSeconds();
    // The days a purge emptied stay empty: their figures are stored, their people are not to come back.
    const QDate purgedBefore = Retention::purgedBefore(m_db);
    const qint64 purgeBound = purgedBefore.isValid()
                                  ? scantime::dateToDay(purgedBefore) * 86400 - clock::kVietnamOffsetSeconds
                                  : std::numeric_limits<qint64>::min();
    sheets::RejectsFile rejects(path, mapping.headers);

    const ForeignKeysOffForImport foreignKeys(m_db);
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return makeError(tr("cannot start a transaction"), path);
    auto importRow = sql::exec(
        m_db,
        QStringLiteral("INSERT INTO imports (kind, file_name, file_size, sha256, imported_at, "
                       "rows_read, added, duplicates, rejected) VALUES ('scans', ?, ?, ?, ?, 0, "
                       "0, 0, 0) RETURNING id"),
        {QFileInfo(path).fileName(), fileSize, QStringLiteral(""), clock::nowUtc().toString(Qt::ISODate)});
    if (!importRow || !importRow.value().next())
        return importRow ? makeError(tr("cannot record the import"), path) : importRow.error();
    const qint64 importId = importRow.value().value(0).toLongLong();
    importRow.value().finish();
    // Read the register only now that this connection holds the write lock: no checkpoint can go away
    // before the import commits, so every checkpoint id the resolver gives exists (ForeignKeysOffForImport).
    const CheckpointResolver resolver(m_db);
    if (resolver.error())
        return Error{resolver.error()->message, path, 0, {}};

    auto writer = ScanWriter::open(m_db, importId, careful);
    if (!writer)
        return Error{writer.error().message, path, 0, {}};
    ScanWriter &scans = *writer.value();

    // Two threads: this one stores, the other reads the file and turns its rows into scans (times,
    // checkpoints, person keys) or rejections. SQLite's work and ours are about equal, so on two cores the
    // import takes little more than SQLite alone.
    BatchQueue<ScanBatch> queue(4 + std::size_t(scans.rowsStoredAtOnce() / ScanBatch::size));
    intake::DateOrderEvidence evidence;
    intake::SkipTally skipped;
    std::optional<Error> readError;
    QSet<QPair<QString, QString>> idNumbers; // (ID number, person key): for ID searches (person_ids)
    std::thread parsing([&] {
        QHash<QString, QByteArray> directions; // exports write a handful of spellings: fold each once
        intake::ReportRows shapes;
        const ScanTimeColumns times{timeColumn, dateColumn, clockColumn, order, now};
        const auto reject = [&](const Row &row, const QString &field, const QString &reason,
                                const QString &value = {}) -> Status {
            ++report.rejected;
            report.problems.add(row.line, field, reason, value);
            if (report.rejectedRows.size() < ScanImportReport::maxDetailedRejects)
                report.rejectedRows.append({row.line, field, reason});
            if (options.skipInvalid)
                return rejects.add(row.line, field, reason, row.cells);
            return success();
        };
        ScanBatch batch;
        Row row;
        while (true) {
            auto more = reader.next(row);
            if (!more) {
                readError = more.error();
                break;
            }
            if (!more.value())
                break;
            ++report.rowsRead;
            if (batch.scans.size() >= ScanBatch::size || (report.rowsRead & 4095) == 0) {
                batch.rowsRead = report.rowsRead - 1;
                batch.bytesRead = reader.bytesConsumed();
                if ((options.cancel && options.cancel->load()) || !queue.push(std::exchange(batch, {})))
                    break;
            }

            Status rejected = success();
            if (const intake::RowKind kind = shapes.classify(row);
                kind != intake::RowKind::Data && kind != intake::RowKind::Section) {
                skipped.add(kind, row.line);
                continue;
            } else if (kind == intake::RowKind::Section) {
                // One cell alone is no scan: a note under the table.
                skipped.add(intake::RowKind::Note, row.line);
                continue;
            }
            times.noteEvidence(row, evidence);
            const auto when = times.read(row);
            if (when && when.value() < purgeBound) {
                ++report.beforePurge;
                continue;
            }
            if (!when) {
                rejected = reject(row, QStringLiteral("time"), when.error().message);
            } else if (const qint64 checkpointId =
                           resolver.resolve(row.cell(codeColumn), row.cell(qrColumn), row.cell(placeColumn),
                                            row.cell(communeColumn));
                       !checkpointId) {
                const QString label = CheckpointAliases::labelOf(
                    row.cell(codeColumn), row.cell(qrColumn), row.cell(placeColumn), row.cell(communeColumn));
                report.unknownCheckpoints[label] += 1;
                rejected = reject(
                    row, QStringLiteral("checkpoint"),
                    tr("no checkpoint in the register matches %1").arg(text::quoted(label, 160)), label);
            } else if (auto person =
                           personKey(row.cell(phoneColumn), row.cell(idColumn), row.cell(nameColumn));
                       !person) {
                rejected = reject(row, person.error().field, person.error().message);
            } else {
                const QString writtenDirection = row.cell(directionColumn);
                auto direction = directions.constFind(writtenDirection);
                if (direction == directions.constEnd())
                    direction = directions.insert(writtenDirection, directionOf(writtenDirection).toUtf8());
                if (!person->idNumber.isEmpty())
                    idNumbers.insert({person->idNumber, person->key});
                batch.scans.append({row.line, checkpointId, when.value(), person->key.toUtf8(),
                                    person->name.toUtf8(), person->phone.toUtf8(), person->idNumber.toUtf8(),
                                    direction.value()});
            }
            if (!rejected) {
                readError = rejected.error();
                break;
            }
        }
        batch.rowsRead = report.rowsRead;
        batch.bytesRead = reader.bytesConsumed();
        if (!readError)
            queue.push(std::move(batch));
        queue.close();
    });

    std::optional<Error> writeError;
    while (auto batch = queue.pop()) {
        if (options.cancel && options.cancel->load()) {
            report.cancelled = true;
            break;
        }
        for (const ScanRecord &scan : batch->scans) {
            if (const auto written = scans.write(scan); !written) {
                writeError = Error{written.error().message, path, written.error().line, {}};
                break;
            }
        }
        if (writeError)
            break;
        if (options.progress)
            options.progress(batch->rowsRead, batch->bytesRead);
    }
    queue.abandon();
    parsing.join();
    if (options.cancel && options.cancel->load())
        report.cancelled = true;
    // What the scans added, known only now on a server (ScanWriter::finish). Nothing else runs on the
    // connection before: it may still be streaming the scans.
    QHash<QPair<qint64, qint64>, qint64> dailyAdded;
    if (!report.cancelled && !readError && !writeError) {
        auto tally = scans.finish();
        if (!tally) {
            writeError = Error{tally.error().message, path, tally.error().line, {}};
        } else {
            report.added = tally->added;
            report.duplicates = tally->duplicates;
            dailyAdded = std::move(tally.value().dailyAdded);
        }
    }
    if (writeError && scans.needsCarefulRerun()) {
        rejects.discard();
        rerun.carefully = true;
        // Now, before this pass's statements are freed: the server refuses to free them in a failed
        // transaction, and Qt would warn of each.
        transaction.rollback();
        return report; // run() reads the file again
    }
    if (report.cancelled || readError || writeError) {
        rejects.discard();
        if (report.cancelled)
            return report; // the transaction rolls back
        return readError ? *readError : *writeError;
    }

    report.skipped = skipped.all();
    if (reader.isLegacyEncoded())
        report.notices.append(
            tr("the file is in %1, not Unicode: its text was converted").arg(reader.encodingName()));
    if (decideOrder) {
        if (evidence.dayFirstSeen() && evidence.monthFirstSeen()) {
            rejects.discard();
            return makeError(evidence.conflictMessage(), path);
        }
        if (evidence.monthFirstSeen()) {
            rejects.discard();
            rerun.monthFirst = true;
            return report; // rolls back; run() reads the file again month first
        }
        if (evidence.assumed(intake::DateOrder::Automatic))
            report.notices.append(
                tr("no date decides between day and month first: dates were read as dd/MM/yyyy "
                   "(use --date-order mdy if the file writes months first)"));
    }
    if (auto found = findPreviousImport(importId); !found)
        return found.error();
    if (report.beforePurge > 0)
        report.notices.append(
            tr("%n row(s) from before %1 were not imported: the personal data of those days "
               "was purged after its retention period, and their counts are stored already",
               nullptr, int(std::min<qint64>(report.beforePurge, INT_MAX)))
                .arg(format::date(purgedBefore)));
    if (report.rejected > 0 && !options.skipInvalid)
        return report; // rolls back: a file with rejected rows writes nothing

    QSqlQuery ids(m_db);
    ids.prepare(QStringLiteral("INSERT INTO person_ids (id_number, person_key) VALUES (?, ?) "
                               "ON CONFLICT (id_number, person_key) DO NOTHING"));
    // In one order in every import, the daily counts too: two imports at once on a server then wait for
    // each other's rows instead of each holding a row the other waits for (a deadlock).
    QList<QPair<QString, QString>> sortedIds(idNumbers.cbegin(), idNumbers.cend());
    std::sort(sortedIds.begin(), sortedIds.end());
    for (const auto &[idNumber, key] : std::as_const(sortedIds)) {
        ids.bindValue(0, idNumber);
        ids.bindValue(1, key);
        if (!ids.exec())
            return Error{sql::errorOf(ids).message, path, 0, {}};
    }

    QList<QPair<qint64, qint64>> days = dailyAdded.keys();
    std::sort(days.begin(), days.end());
    if (auto stored = storeDailyCounts(m_db, days, dailyAdded); !stored)
        return Error{stored.error().message, path, 0, {}};
    auto counts = sql::exec(
        m_db,
        QStringLiteral("UPDATE imports SET sha256 = ?, rows_read = ?, added = ?, duplicates = ?, "
                       "rejected = ? WHERE id = ?"),
        {report.sha256, report.rowsRead, report.added, report.duplicates, report.rejected, importId});
    if (!counts)
        return counts.error();
    if (rejects.used()) {
        // The rejects file holds the refused rows as the export wrote them: names and phones in full.
        const QJsonObject details{{QStringLiteral("what"), QStringLiteral("rejects")},
                                  {QStringLiteral("file"), rejects.path()},
                                  {QStringLiteral("rows"), report.rejected},
                                  {QStringLiteral("phones"), QStringLiteral("full")}};
        if (auto logged = audit::AuditLog(m_db).record(audit::Action::Export, details); !logged) {
            rejects.discard();
            return Error{logged.error().message, path, 0, {}};
        }
    }
    if (!transaction.commit()) {
        rejects.discard();
        return makeError(tr("the import could not be committed: %1").arg(transaction.failure()), path);
    }
    if (rejects.used())
        report.rejectsFile = rejects.path();
    report.written = true;
    return report;
}

} // namespace cd
