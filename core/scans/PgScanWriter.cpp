// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgScanWriter.h"

#include "common/Clock.h"

#include <QCoreApplication>

#include <charconv>
#include <libpq-fe.h>
#include <optional>

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

constexpr qsizetype kSendBytes = 1 << 20; // COPY data handed to libpq a megabyte at a time

} // namespace

PgScanWriter::PgScanWriter(pg_conn *connection, qint64 importId)
    : m_connection(connection)
    , m_importId(importId) {
    m_buffer.reserve(kSendBytes + 4096);
}

PgScanWriter::~PgScanWriter() {
    // Abandoned part-way (an error, a cancel): the server is told the COPY failed, which fails the
    // transaction, and the connection is left ready for the caller's rollback.
    if (m_copying) {
        PQputCopyEnd(m_connection, "the import was abandoned");
        while (PGresult *result = PQgetResult(m_connection))
            PQclear(result);
    }
}

Result<std::unique_ptr<ScanWriter>> PgScanWriter::open(pg_conn *connection, qint64 importId) {
    std::unique_ptr<PgScanWriter> writer(new PgScanWriter(connection, importId));
    // Only for this transaction: a step's rows sorted by line in memory rather than on disk.
    if (auto set = writer->run("SET LOCAL work_mem = '64MB'"); !set)
        return set.error();
    if (auto created = writer->run(
            "CREATE TEMPORARY TABLE scan_staging (line bigint NOT NULL, checkpoint_id bigint NOT NULL, "
            "scanned_at bigint NOT NULL, person_key text NOT NULL, person_name text NOT NULL, phone text "
            "NOT NULL, id_number text NOT NULL, direction text NOT NULL) ON COMMIT DROP");
        !created)
        return created.error();
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

Status PgScanWriter::startCopy() {
    const PgResult started(PQexec(m_connection,
                                  "COPY pg_temp.scan_staging (line, checkpoint_id, scanned_at, person_key, "
                                  "person_name, phone, id_number, direction) FROM STDIN"));
    if (!started.result || PQresultStatus(started.result) != PGRES_COPY_IN)
        return serverError(
            messageOf(started.result ? PQresultErrorMessage(started.result) : PQerrorMessage(m_connection)));
    m_copying = true;
    return success();
}

Status PgScanWriter::sendBuffer() {
    if (m_buffer.isEmpty())
        return success();
    // The connection blocks: 1 is sent (or queued), -1 is a failure; 0 happens only without blocking.
    if (PQputCopyData(m_connection, m_buffer.constData(), int(m_buffer.size())) != 1)
        return serverError(messageOf(PQerrorMessage(m_connection)));
    m_buffer.clear();
    return success();
}

Status PgScanWriter::endCopy() {
    if (auto sent = sendBuffer(); !sent)
        return sent;
    m_copying = false;
    if (PQputCopyEnd(m_connection, nullptr) != 1) {
        const QString said = messageOf(PQerrorMessage(m_connection));
        while (PGresult *result = PQgetResult(m_connection))
            PQclear(result);
        return serverError(said);
    }
    // The COPY's own result, then none: a row the server could not read fails here.
    std::optional<QString> failure;
    while (PGresult *result = PQgetResult(m_connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && !failure)
            failure = messageOf(PQresultErrorMessage(result));
        PQclear(result);
    }
    if (failure)
        return serverError(*failure);
    return success();
}

Status PgScanWriter::write(const ScanRecord &scan) {
    if (!m_copying) {
        if (auto started = startCopy(); !started)
            return started;
    }
    appendNumber(m_buffer, scan.line);
    m_buffer.append('\t');
    appendNumber(m_buffer, scan.checkpointId);
    m_buffer.append('\t');
    appendNumber(m_buffer, scan.scannedAt);
    for (const QByteArray *text :
         {&scan.personKey, &scan.personName, &scan.phone, &scan.idNumber, &scan.direction}) {
        m_buffer.append('\t');
        appendText(m_buffer, *text);
    }
    m_buffer.append('\n');
    ++m_staged;
    if (m_buffer.size() >= kSendBytes) {
        if (auto sent = sendBuffer(); !sent)
            return sent;
    }
    if (m_staged >= rowsPerStep)
        return moveStaged();
    return success();
}

Status PgScanWriter::moveStaged() {
    if (m_copying) {
        if (auto ended = endCopy(); !ended)
            return ended;
    }
    if (m_staged == 0)
        return success();
    // In line order, so the first of two equal scans of the file is the one stored; the rest of a step's
    // rows and every row stored before conflict and are skipped. What was added comes back per checkpoint
    // and Vietnam day; the day of each group is the core's (scantime::vietnamDay of its first scan).
    const QByteArray statement =
        QStringLiteral(
            "WITH added AS (INSERT INTO scans (checkpoint_id, scanned_at, person_key, person_name, phone, "
            "id_number, direction, import_id) SELECT checkpoint_id, scanned_at, person_key, person_name, "
            "phone, id_number, direction, %1 FROM pg_temp.scan_staging ORDER BY line "
            "ON CONFLICT (checkpoint_id, scanned_at, person_key) DO NOTHING "
            "RETURNING checkpoint_id, scanned_at) "
            "SELECT checkpoint_id, min(scanned_at), count(*) FROM added "
            "GROUP BY checkpoint_id, floor((scanned_at + %2) / 86400.0)")
            .arg(m_importId)
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
    m_tally.duplicates += m_staged - added;
    m_staged = 0;
    return run("TRUNCATE pg_temp.scan_staging");
}

Result<ScanWriteTally> PgScanWriter::finish() {
    if (auto moved = moveStaged(); !moved)
        return moved.error();
    return std::move(m_tally);
}

} // namespace cd
