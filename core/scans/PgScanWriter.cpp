// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgScanWriter.h"

#include "ScanTime.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <charconv>
#include <libpq-fe.h>

namespace cd {
namespace {

// Frees a libpq result on every path.
struct PgResult {
    PGresult *result;
    explicit PgResult(PGresult *r)
        : result(r) {}
    ~PgResult() { PQclear(result); }
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;
};

QString tr(const char *text) {
    return QCoreApplication::translate("cd::PgScanWriter", text);
}

QString messageOf(const char *said) {
    return QString::fromUtf8(said).trimmed();
}

void appendNumber(QByteArray &out, qint64 value) {
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, end - digits);
}

// A value in COPY's text format: backslash, tab, newline and carriage return are the format's own
// characters, written escaped. Most values hold none of them and are copied as they are.
void appendText(QByteArray &out, const QByteArray &value) {
    const char *begin = value.constData();
    const char *end = begin + value.size();
    const char *plain = begin;
    for (const char *at = begin; at != end; ++at) {
        const char c = *at;
        if (c != '\\' && c != '\t' && c != '\n' && c != '\r')
            continue;
        out.append(plain, at - plain);
        out.append('\\');
        out.append(c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : '\\');
        plain = at + 1;
    }
    out.append(plain, end - plain);
}

// An array literal of PostgreSQL's, "{1,2,3}", for a parameter.
QByteArray arrayOf(const QVector<qint64> &values) {
    QByteArray text("{");
    for (const qint64 value : values) {
        if (text.size() > 1)
            text.append(',');
        appendNumber(text, value);
    }
    text.append('}');
    return text;
}

constexpr qsizetype kSendBytes = 1 << 20; // COPY data handed to libpq a megabyte at a time

// What a straight copy fails with when another import stored the same scans first: their key, or the
// two imports waiting for each other's rows.
bool isRace(const QByteArray &sqlState) {
    return sqlState == "23505" /* unique_violation */ || sqlState == "40P01" /* deadlock_detected */;
}

} // namespace

PgScanWriter::PgScanWriter(pg_conn *connection, qint64 importId, bool careful)
    : m_connection(connection)
    , m_importId(importId)
    , m_careful(careful) {
    m_step.reserve(rowsPerStep * 160);
    m_stepLines.reserve(rowsPerStep);
    m_stepKeys.reserve(rowsPerStep);
}

PgScanWriter::~PgScanWriter() {
    // A step still being stored when the import gave up: its result is read, or the connection would
    // refuse the rollback that follows.
    if (m_copyPending)
        drainResults();
}

Result<std::unique_ptr<ScanWriter>> PgScanWriter::open(pg_conn *connection, qint64 importId, bool careful) {
    std::unique_ptr<PgScanWriter> writer(new PgScanWriter(connection, importId, careful));
    // Only for this transaction: a step's rows sorted by line in memory rather than on disk.
    if (auto set = writer->run("SET LOCAL work_mem = '64MB'"); !set)
        return set.error();
    const PgResult policed(PQexec(connection, "SELECT row_security_active('scans')"));
    if (!policed.result || PQresultStatus(policed.result) != PGRES_TUPLES_OK ||
        PQntuples(policed.result) != 1)
        return writer->serverError(
            messageOf(policed.result ? PQresultErrorMessage(policed.result) : PQerrorMessage(connection)));
    writer->m_rowSecurity = PQgetvalue(policed.result, 0, 0)[0] == 't';
    return std::unique_ptr<ScanWriter>(std::move(writer));
}

Error PgScanWriter::serverError(const QString &said) const {
    return makeError(tr("the server refused the scans: %1").arg(said));
}

Status PgScanWriter::run(const QByteArray &statement) const {
    const PgResult done(PQexec(m_connection, statement.constData()));
    const ExecStatusType status = done.result ? PQresultStatus(done.result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return serverError(
            messageOf(done.result ? PQresultErrorMessage(done.result) : PQerrorMessage(m_connection)));
    return success();
}

qint64 PgScanWriter::lineOfCopyError(const char *context, const QVector<qint64> &lines) const {
    // "COPY scans, line 12, column scanned_at: …": the 12th row of the step.
    static const QRegularExpression line(QStringLiteral("\\bline (\\d+)"));
    const auto match = line.match(QString::fromUtf8(context ? context : ""));
    const qsizetype row = match.hasMatch() ? match.captured(1).toLongLong() - 1 : -1;
    return row >= 0 && row < lines.size() ? lines[row] : 0;
}

Status PgScanWriter::sendCopy(const char *statement) {
    {
        const PgResult started(PQexec(m_connection, statement));
        if (!started.result || PQresultStatus(started.result) != PGRES_COPY_IN)
            return serverError(messageOf(started.result ? PQresultErrorMessage(started.result)
                                                        : PQerrorMessage(m_connection)));
    }
    // The connection blocks: 1 is sent (or queued), -1 is a failure; 0 happens only without blocking.
    for (qsizetype at = 0; at < m_step.size(); at += kSendBytes) {
        const int bytes = int(std::min(kSendBytes, m_step.size() - at));
        if (PQputCopyData(m_connection, m_step.constData() + at, bytes) != 1)
            break; // the reason comes with the COPY's result
    }
    if (PQputCopyEnd(m_connection, nullptr) != 1) {
        const QString said = messageOf(PQerrorMessage(m_connection));
        drainResults();
        return serverError(said);
    }
    m_copyPending = true;
    return success();
}

void PgScanWriter::drainResults() {
    while (PGresult *result = PQgetResult(m_connection))
        PQclear(result);
    m_copyPending = false;
}

Status PgScanWriter::awaitCopy(const QVector<qint64> &lines) {
    if (!m_copyPending)
        return success();
    m_copyPending = false;
    // The COPY's own result, then none: a row the server refused fails here.
    std::optional<Error> failure;
    while (PGresult *result = PQgetResult(m_connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && !failure) {
            const QByteArray state(PQresultErrorField(result, PG_DIAG_SQLSTATE));
            if (isRace(state) && !m_careful) {
                m_conflicted = true;
                failure = makeError(tr("another import stored some of the same scans at the same time"));
            } else {
                failure = serverError(messageOf(PQresultErrorMessage(result)));
                failure->line = lineOfCopyError(PQresultErrorField(result, PG_DIAG_CONTEXT), lines);
            }
        }
        PQclear(result);
    }
    if (failure)
        return *failure;
    return success();
}

Status PgScanWriter::awaitStraightCopy() {
    if (!m_copyPending)
        return success();
    if (auto copied = awaitCopy(m_sentLines); !copied)
        return copied;
    for (auto it = m_sentDays.cbegin(); it != m_sentDays.cend(); ++it) {
        m_tally.dailyAdded[it.key()] += it.value();
        m_tally.added += it.value();
    }
    m_sentDays.clear();
    return success();
}

Status PgScanWriter::write(const ScanRecord &scan) {
    appendNumber(m_step, scan.checkpointId);
    m_step.append('\t');
    appendNumber(m_step, scan.scannedAt);
    for (const QByteArray *text :
         {&scan.personKey, &scan.personName, &scan.phone, &scan.idNumber, &scan.direction}) {
        m_step.append('\t');
        appendText(m_step, *text);
    }
    m_step.append('\t');
    appendNumber(m_step, m_importId);
    m_step.append('\n');
    m_stepLines.append(scan.line);

    Span &span = m_stepSpans[scan.checkpointId];
    if (span.first == 0 || scan.scannedAt < span.first)
        span.first = scan.scannedAt;
    span.last = std::max(span.last, scan.scannedAt);
    if (!m_careful && !m_rowSecurity) {
        m_stepKeys.push_back(qHashMulti(0, scan.checkpointId, scan.scannedAt, scan.personKey));
        ++m_stepDays[qMakePair(scan.checkpointId, scantime::vietnamDay(scan.scannedAt))];
    }
    if (m_stepLines.size() >= rowsPerStep)
        return storeStep();
    return success();
}

bool PgScanWriter::stepHasEqualKeys() {
    // Equal hashes are taken for equal keys: a rare false alarm only sends the step the careful way.
    std::sort(m_stepKeys.begin(), m_stepKeys.end());
    return std::adjacent_find(m_stepKeys.begin(), m_stepKeys.end()) != m_stepKeys.end();
}

Status PgScanWriter::lockCheckpoints() {
    QVector<qint64> fresh;
    for (auto it = m_stepSpans.cbegin(); it != m_stepSpans.cend(); ++it)
        if (!m_locked.contains(it.key()))
            fresh.append(it.key());
    if (fresh.isEmpty())
        return success();
    std::sort(fresh.begin(), fresh.end()); // one order in every import: they wait, never deadlock
    const QByteArray ids = arrayOf(fresh);
    const char *values[] = {ids.constData()};
    const PgResult locked(PQexecParams(m_connection,
                                       "SELECT id FROM checkpoints WHERE id = ANY($1::bigint[]) ORDER BY id "
                                       "FOR KEY SHARE",
                                       1, nullptr, values, nullptr, nullptr, 0));
    if (!locked.result || PQresultStatus(locked.result) != PGRES_TUPLES_OK)
        return serverError(
            messageOf(locked.result ? PQresultErrorMessage(locked.result) : PQerrorMessage(m_connection)));
    QSet<qint64> found;
    for (int row = 0, rows = PQntuples(locked.result); row < rows; ++row)
        found.insert(QByteArray(PQgetvalue(locked.result, row, 0)).toLongLong());
    for (qint64 id : std::as_const(fresh)) {
        if (!found.contains(id))
            return makeError(tr("checkpoint #%1 was deleted while its scans were being imported").arg(id));
        m_locked.insert(id);
    }
    return success();
}

Result<bool> PgScanWriter::storedWithinStep() const {
    QVector<qint64> checkpoints, firsts, lasts;
    for (auto it = m_stepSpans.cbegin(); it != m_stepSpans.cend(); ++it) {
        checkpoints.append(it.key());
        firsts.append(it.value().first);
        lasts.append(it.value().last);
    }
    const QByteArray a = arrayOf(checkpoints), b = arrayOf(firsts), c = arrayOf(lasts);
    const QByteArray limit = QByteArray::number(kStoredKeysCompared + 1);
    const char *values[] = {a.constData(), b.constData(), c.constData(), limit.constData()};
    // The primary key's range at each of the step's checkpoints, between its first and last scan there:
    // nothing for a new export, a few rows where a check-in desk or another export wrote scans of the same
    // hours, and the whole step for a file imported again. One range per checkpoint (LATERAL, kept apart
    // by its LIMIT): during an import the table has no statistics yet, and a join would be planned as a
    // hash join over the whole table.
    const PgResult stored(PQexecParams(
        m_connection,
        "SELECT found.checkpoint_id, found.scanned_at, found.person_key FROM unnest($1::bigint[], "
        "$2::bigint[], $3::bigint[]) AS step(checkpoint_id, first_scan, last_scan) CROSS JOIN LATERAL "
        "(SELECT "
        "s.checkpoint_id, s.scanned_at, s.person_key FROM scans s WHERE s.checkpoint_id = step.checkpoint_id "
        "AND s.scanned_at BETWEEN step.first_scan AND step.last_scan LIMIT $4::bigint) AS found "
        "LIMIT $4::bigint",
        4, nullptr, values, nullptr, nullptr, 0));
    if (!stored.result || PQresultStatus(stored.result) != PGRES_TUPLES_OK)
        return serverError(
            messageOf(stored.result ? PQresultErrorMessage(stored.result) : PQerrorMessage(m_connection)));
    const int rows = PQntuples(stored.result);
    if (rows > kStoredKeysCompared)
        return true;
    for (int row = 0; row < rows; ++row) {
        const qint64 checkpointId = QByteArray(PQgetvalue(stored.result, row, 0)).toLongLong();
        const qint64 scannedAt = QByteArray(PQgetvalue(stored.result, row, 1)).toLongLong();
        const QByteArray personKey(PQgetvalue(stored.result, row, 2), PQgetlength(stored.result, row, 2));
        if (std::binary_search(m_stepKeys.begin(), m_stepKeys.end(),
                               quint64(qHashMulti(0, checkpointId, scannedAt, personKey))))
            return true;
    }
    return false;
}

Status PgScanWriter::storeStep() {
    // The step sent before is stored by now, or failed: this one's checks must see it.
    if (auto sent = awaitStraightCopy(); !sent)
        return sent;
    if (m_stepLines.isEmpty())
        return success();
    if (auto locked = lockCheckpoints(); !locked)
        return locked;
    // stepHasEqualKeys sorts the keys that storedWithinStep looks up.
    bool straight = !m_careful && !m_rowSecurity && !stepHasEqualKeys();
    if (straight) {
        auto stored = storedWithinStep();
        if (!stored)
            return stored.error();
        straight = !stored.value();
    }
    if (straight) {
        // Sent, not waited for: the server stores this step while the next one is made (awaitStraightCopy).
        if (auto sent = sendCopy("COPY scans (checkpoint_id, scanned_at, person_key, person_name, phone, "
                                 "id_number, direction, import_id) FROM STDIN");
            !sent)
            return sent;
        std::swap(m_sentLines, m_stepLines);
        std::swap(m_sentDays, m_stepDays);
    } else {
        if (!m_staging) {
            // The rows keep their order in `line`, drawn as they arrive.
            if (auto created = run("CREATE TEMPORARY TABLE scan_staging (checkpoint_id bigint NOT NULL, "
                                   "scanned_at bigint NOT NULL, person_key text NOT NULL, person_name text "
                                   "NOT NULL, phone text NOT NULL, id_number text NOT NULL, direction text "
                                   "NOT NULL, import_id bigint NOT NULL, line bigint GENERATED ALWAYS AS "
                                   "IDENTITY) ON COMMIT DROP");
                !created)
                return created;
            m_staging = true;
        }
        if (auto sent =
                sendCopy("COPY pg_temp.scan_staging (checkpoint_id, scanned_at, person_key, person_name, "
                         "phone, id_number, direction, import_id) FROM STDIN");
            !sent)
            return sent;
        if (auto copied = awaitCopy(m_stepLines); !copied)
            return copied;
        if (auto moved = moveStaged(); !moved)
            return moved;
    }
    m_step.clear();
    m_stepLines.clear();
    m_stepKeys.clear();
    m_stepSpans.clear();
    m_stepDays.clear();
    return success();
}

Status PgScanWriter::moveStaged() {
    // In line order, so the first of two equal scans of the file is the one stored; the rest of a step's
    // rows and every row stored before conflict and are skipped. What was added comes back per checkpoint
    // and Vietnam day; the day of each group is the core's (scantime::vietnamDay of its first scan).
    const QByteArray statement =
        QStringLiteral(
            "WITH added AS (INSERT INTO scans (checkpoint_id, scanned_at, person_key, person_name, phone, "
            "id_number, direction, import_id) SELECT checkpoint_id, scanned_at, person_key, person_name, "
            "phone, id_number, direction, import_id FROM pg_temp.scan_staging ORDER BY line "
            "ON CONFLICT (checkpoint_id, scanned_at, person_key) DO NOTHING "
            "RETURNING checkpoint_id, scanned_at) "
            "SELECT checkpoint_id, min(scanned_at), count(*) FROM added "
            "GROUP BY checkpoint_id, floor((scanned_at + %1) / 86400.0)")
            .arg(clock::kVietnamOffsetSeconds)
            .toUtf8();
    const PgResult moved(PQexec(m_connection, statement.constData()));
    if (!moved.result || PQresultStatus(moved.result) != PGRES_TUPLES_OK)
        return serverError(
            messageOf(moved.result ? PQresultErrorMessage(moved.result) : PQerrorMessage(m_connection)));
    qint64 added = 0;
    for (int row = 0, rows = PQntuples(moved.result); row < rows; ++row) {
        const qint64 checkpointId = QByteArray(PQgetvalue(moved.result, row, 0)).toLongLong();
        const qint64 firstScan = QByteArray(PQgetvalue(moved.result, row, 1)).toLongLong();
        const qint64 count = QByteArray(PQgetvalue(moved.result, row, 2)).toLongLong();
        m_tally.noteAdded(checkpointId, firstScan, count);
        added += count;
    }
    m_tally.duplicates += m_stepLines.size() - added;
    return run("TRUNCATE pg_temp.scan_staging");
}

Result<ScanWriteTally> PgScanWriter::finish() {
    if (auto stored = storeStep(); !stored)
        return stored.error();
    if (auto sent = awaitStraightCopy(); !sent)
        return sent.error();
    return std::move(m_tally);
}

} // namespace cd
