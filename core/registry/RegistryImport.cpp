// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegistryImport.h"

#include "CheckpointChecks.h"
#include "CheckpointStore.h"
#include "CheckpointTypes.h"
#include "QrPayloads.h"
#include "RegisterRowReader.h"
#include "RegisterSnapshot.h"
#include "common/VietnameseText.h"
#include "database/Transaction.h"
#include "export/RejectsFile.h"
#include "tabular/OpenTable.h"

#include <QHash>
#include <QRegularExpression>

namespace cd {
namespace {

using intake::RowKind;
using tabular::ColumnMapping;
using tabular::Row;

bool sameStored(const Checkpoint &a, const Checkpoint &b) {
    return a.code == b.code && a.name == b.name && a.typeId == b.typeId && a.phone == b.phone &&
           a.communeCode == b.communeCode && a.address == b.address && a.latitude == b.latitude &&
           a.longitude == b.longitude && a.description == b.description &&
           a.issuedQrPayload == b.issuedQrPayload && a.parentId == b.parentId && a.status == b.status &&
           a.closedOn == b.closedOn && a.registeredOn == b.registeredOn;
}

// Codes of a commune are <commune code>-NNN; a new checkpoint gets the number after the highest one the
// register or the file already uses, so a generated code never meets a code written further down.
class CodeAllocator {
public:
    void reserve(const QString &code) {
        const qsizetype dash = code.lastIndexOf(u'-');
        if (dash <= 0)
            return;
        bool ok = false;
        const int number = code.mid(dash + 1).toInt(&ok);
        if (ok) {
            int &highest = m_highest[code.left(dash)];
            highest = qMax(highest, number);
        }
        m_taken.insert(code);
    }
    QString next(const QString &communeCode) {
        int &highest = m_highest[communeCode];
        QString code;
        do
            code = QStringLiteral("%1-%2").arg(communeCode).arg(++highest, 3, 10, QChar(u'0'));
        while (m_taken.contains(code));
        m_taken.insert(code);
        return code;
    }

private:
    QHash<QString, int> m_highest;
    QSet<QString> m_taken;
};

struct PendingRow {
    Row row;
    RegisterDraft draft;
};

} // namespace

tabular::HeaderSpec RegistryImporter::headerSpec() {
    return tabular::headerSpecFor(QStringLiteral("registry"), {QStringLiteral("name")});
}

QList<tabular::FieldSpec> RegistryImporter::fields() {
    return headerSpec().fields;
}

Result<RegistryImportPreview> RegistryImporter::preview(const QString &path, const QString &sheet, int rows,
                                                        const tabular::ColumnOverrides &overrides) const {
    tabular::HeaderSpec spec = headerSpec();
    spec.requireComplete = false; // the user places what the guess could not
    auto opened = tabular::openWithHeader(path, sheet, spec, std::nullopt, overrides);
    if (!opened)
        return opened.error();
    auto peeked = opened->reader->peek(rows);
    if (!peeked)
        return peeked.error();
    return RegistryImportPreview{opened->mapping, peeked.value(), opened->reader->sheetNames(),
                                 opened->reader->sheetName()};
}

Result<RegistryImportReport> RegistryImporter::run(const QString &path,
                                                   const RegistryImportOptions &options) {
    auto opened =
        tabular::openWithHeader(path, options.sheet, headerSpec(), options.mapping, options.overrides);
    if (!opened)
        return opened.error();
    tabular::TableReader &reader = *opened->reader;
    const ColumnMapping mapping = opened->mapping;
    if (mapping.column(QStringLiteral("name")) < 0)
        return makeError(tr("no column holds the checkpoint's name (Tên điểm kiểm dịch)"), path,
                         mapping.headerLine);

    RegistryImportReport report;
    report.file = path;
    RegisterRowReader rows(m_db, mapping);
    if (!rows.hasScope())
        return makeError(tr("the database serves no area yet; run “init” first"), path);
    const bool communeColumn =
        mapping.column(QStringLiteral("commune")) >= 0 || mapping.column(QStringLiteral("commune_code")) >= 0;

    // First pass: every row read, the report's own rows set aside, the dates' order learnt.
    intake::ReportRows shapes;
    intake::DateOrderEvidence evidence;
    intake::SkipTally skipped;
    SectionContext section;
    bool sectionSeen = false;
    QList<std::pair<Row, SectionContext>> dataRows;
    const int nameColumn = mapping.column(QStringLiteral("name"));
    const QStringList dateKeys{QStringLiteral("registered_on"), QStringLiteral("closed_on")};
    Row row;
    while (true) {
        if (options.cancel && options.cancel->load()) {
            report.cancelled = true;
            return report;
        }
        auto more = reader.next(row);
        if (!more)
            return more.error();
        if (!more.value())
            break;
        ++report.rowsRead;
        if (options.progress && report.rowsRead % 1000 == 0)
            options.progress(report.rowsRead, reader.bytesConsumed());
        RowKind kind = shapes.classify(row);
        if (kind == RowKind::Section) {
            const QString heading = intake::ReportRows::singleCell(row).isEmpty()
                                        ? row.cells.join(QStringLiteral(". "))
                                        : intake::ReportRows::singleCell(row);
            if (const auto unit = rows.sectionUnit(heading, section)) {
                if (unit->level == AdminUnit::Level::District) {
                    section = {*unit, std::nullopt};
                } else {
                    section.commune = *unit;
                }
                sectionSeen = true;
                skipped.add(RowKind::Section, row.line);
                continue;
            }
            // A single cell that names no unit: a checkpoint when it stands in the name column.
            const bool inNameColumn = !row.cell(nameColumn).isEmpty();
            kind = inNameColumn ? RowKind::Data : RowKind::Note;
        }
        if (kind != RowKind::Data) {
            skipped.add(kind, row.line);
            continue;
        }
        for (const QString &key : dateKeys) {
            const int column = mapping.column(key);
            if (column >= 0 && !row.isDate(column))
                evidence.note(row.line, row.cell(column));
        }
        dataRows.append({row, section});
    }
    report.skipped = skipped.all();
    if (reader.isLegacyEncoded())
        report.notices.append(
            tr("the file is in %1, not Unicode: its text was converted").arg(reader.encodingName()));
    // Without a commune column, the commune comes from section rows, or from addresses that name it.
    if (!communeColumn && !sectionSeen && mapping.column(QStringLiteral("address")) < 0)
        return makeError(tr("no column holds the commune (Phường xã), and no section row names one"), path,
                         mapping.headerLine);

    const intake::DateOrder order = evidence.decide(options.dateOrder);
    if (order == intake::DateOrder::Automatic)
        return makeError(evidence.conflictMessage(), path);
    rows.setDateOrder(order);
    if (evidence.assumed(options.dateOrder) &&
        (mapping.column(dateKeys[0]) >= 0 || mapping.column(dateKeys[1]) >= 0))
        report.notices.append(
            tr("no date decides between day and month first: dates were read as dd/MM/yyyy"));
    else if (order == intake::DateOrder::MonthFirst)
        report.notices.append(tr("dates were read month first (MM/dd/yyyy)"));

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return makeError(tr("cannot start a transaction"), path);
    // Read under the write lock: nothing changes the register before this import commits.
    auto snapshot = RegisterSnapshot::read(m_db);
    if (!snapshot)
        return Error{snapshot.error().message, path, 0, {}};
    RegisterSnapshot &stored = snapshot.value();
    TypeResolver types(m_db);
    const QrPayloads payloads(m_db);
    CheckpointStore store(m_db);

    // Second pass: each row as a checkpoint, merged over the stored one it names.
    const auto reject = [&](const Row &rejected, const Error &error) {
        report.rejected.append({rejected.line, error.field, error.message, rejected.cells});
        // The cell the problem is about, for the fixes the GUI offers beside it.
        const QString field =
            error.field == QLatin1String("commune") && mapping.column(QStringLiteral("commune")) < 0
                ? QStringLiteral("commune_code")
                : error.field;
        report.problems.add(rejected.line, error.field, error.message, mapping.text(rejected, field));
    };
    QList<PendingRow> pending;
    CodeAllocator codes;
    for (const QString &code : stored.codes())
        codes.reserve(code);
    for (const auto &[dataRow, context] : std::as_const(dataRows)) {
        auto draft = rows.read(dataRow, context);
        if (!draft) {
            reject(dataRow, draft.error());
            continue;
        }
        if (!draft->checkpoint.code.isEmpty())
            codes.reserve(text::normalized(draft->checkpoint.code));
        pending.append({dataRow, draft.value()});
    }

    QHash<QString, qint64> lineOfCode;
    QHash<QString, qint64> lineOfKey;
    // Writes one row; false when it waits for a parent further down the file.
    const auto importRow = [&](const PendingRow &p, bool lastChance) -> bool {
        const RegisterDraft &draft = p.draft;
        Checkpoint probe = draft.checkpoint;
        probe.code = text::normalized(probe.code);
        probe.name = text::normalized(probe.name);
        probe.address = text::normalized(probe.address);
        const Checkpoint *existing = probe.code.isEmpty() ? nullptr : stored.storedByCode(probe.code);
        // A file without codes names the same checkpoint by its name and address in its commune.
        if (!existing && probe.code.isEmpty())
            existing = stored.storedByDuplicateKey(CheckpointChecks::duplicateKey(probe));

        Checkpoint c = existing ? *existing : Checkpoint{};
        if (!probe.code.isEmpty())
            c.code = probe.code;
        c.name = probe.name;
        c.communeCode = probe.communeCode;
        if (!existing || !draft.addressDerived)
            c.address = probe.address;
        if (draft.hasType || !existing) {
            auto type = types.resolve(probe.typeName);
            if (!type) {
                reject(p.row, type.error());
                return true;
            }
            c.typeId = type->id;
            c.typeName = type->name;
        }
        if (rows.has(QStringLiteral("phone")) || !existing)
            c.phone = probe.phone;
        if (rows.has(QStringLiteral("description")) || !draft.otherPhones.isEmpty() ||
            !draft.phoneNote.isEmpty() || !existing)
            c.description = probe.description;
        if (rows.has(QStringLiteral("qr_payload")))
            c.issuedQrPayload = probe.issuedQrPayload;
        if (rows.has(QStringLiteral("parent_code"))) {
            c.parentCode = probe.parentCode;
            c.parentId.reset();
        }
        if (probe.latitude || probe.longitude || rows.has(QStringLiteral("location")) ||
            rows.has(QStringLiteral("lat"))) {
            c.latitude = probe.latitude;
            c.longitude = probe.longitude;
        }
        if (rows.has(QStringLiteral("status")) || probe.closedOn.isValid()) {
            c.status = probe.status;
            c.closedOn = probe.closedOn;
        }
        if (rows.has(QStringLiteral("registered_on")) && probe.registeredOn.isValid())
            c.registeredOn = probe.registeredOn;

        QVector<Error> problems = CheckpointChecks::check(c, stored, Requirements::Register);
        if (!c.issuedQrPayload.isEmpty()) {
            if (const Status printable = payloads.check(c.issuedQrPayload); !printable)
                problems.append(printable.error());
        }
        if (!problems.isEmpty()) {
            if (!lastChance && problems.first().field == QLatin1String("parent"))
                return false;
            QStringList messages;
            for (const Error &problem : problems)
                messages << problem.message;
            reject(p.row, makeError(messages.join(QStringLiteral("; ")), {}, 0, problems.first().field));
            return true;
        }
        const QString key = CheckpointChecks::duplicateKey(c);
        if (!c.code.isEmpty() && lineOfCode.contains(c.code)) {
            reject(
                p.row,
                makeError(tr("the code %1 is on line %2 already").arg(c.code).arg(lineOfCode.value(c.code)),
                          {}, 0, QStringLiteral("code")));
            return true;
        }
        if (lineOfKey.contains(key)) {
            reject(p.row,
                   makeError(tr("the same name and address are on line %1 already").arg(lineOfKey.value(key)),
                             {}, 0, QStringLiteral("name")));
            return true;
        }
        if (const QString other = stored.codeWithDuplicateKey(key, c.id); !other.isEmpty()) {
            reject(p.row,
                   makeError(tr("checkpoint %1 has the same name and address in this commune").arg(other), {},
                             0, QStringLiteral("name")));
            return true;
        }
        if (existing && sameStored(*existing, c)) {
            ++report.unchanged;
        } else if (existing) {
            if (const auto other = stored.byCode(c.code); other && other->id != c.id) {
                reject(p.row, makeError(tr("the code %1 is taken by another checkpoint").arg(c.code), {}, 0,
                                        QStringLiteral("code")));
                return true;
            }
            if (auto updated = store.update(c); !updated) {
                reject(p.row, updated.error());
                return true;
            }
            ++report.updated;
        } else {
            if (c.code.isEmpty())
                c.code = codes.next(c.communeCode);
            else if (stored.byCode(c.code)) {
                reject(p.row, makeError(tr("the code %1 is taken by another checkpoint").arg(c.code), {}, 0,
                                        QStringLiteral("code")));
                return true;
            }
            auto id = store.insert(c);
            if (!id) {
                reject(p.row, id.error());
                return true;
            }
            c.id = id.value();
            ++report.added;
        }
        report.derivedAddresses += draft.addressDerived && (!existing || existing->address == c.address);
        report.withoutRegistrationDay += !c.registeredOn.isValid();
        stored.put(c);
        lineOfCode.insert(c.code, p.row.line);
        lineOfKey.insert(key, p.row.line);
        return true;
    };

    QList<PendingRow> deferred;
    for (const PendingRow &p : std::as_const(pending)) {
        if (options.cancel && options.cancel->load()) {
            report.cancelled = true;
            return report;
        }
        if (!importRow(p, false))
            deferred.append(p);
    }
    // Parents defined further down the file exist now; what still fails is rejected.
    for (bool progress = true; progress && !deferred.isEmpty();) {
        QList<PendingRow> again;
        for (const PendingRow &waiting : std::as_const(deferred)) {
            if (!importRow(waiting, false))
                again.append(waiting);
        }
        progress = again.size() < deferred.size();
        deferred = again;
    }
    for (const PendingRow &waiting : std::as_const(deferred))
        importRow(waiting, true);
    std::sort(report.rejected.begin(), report.rejected.end(),
              [](const RejectedRow &a, const RejectedRow &b) { return a.line < b.line; });
    for (auto it = types.added().cbegin(); it != types.added().cend(); ++it)
        report.newTypes.insert(it.key(), it.value());
    if (options.progress)
        options.progress(report.rowsRead, reader.bytesConsumed());

    if (!report.rejected.isEmpty() && !options.skipInvalid) {
        // Nothing of this file is stored, so neither are the counts of what it would have done.
        report.added = report.updated = report.unchanged = 0;
        report.newTypes.clear();
        return report; // the transaction rolls back
    }
    if (!report.rejected.isEmpty()) {
        sheets::RejectsFile rejects(path, mapping.headers);
        for (const RejectedRow &rejected : std::as_const(report.rejected)) {
            if (auto saved = rejects.add(rejected.line, rejected.field, rejected.reason, rejected.cells);
                !saved)
                return saved.error();
        }
        report.rejectsFile = rejects.path();
    }
    if (!transaction.commit())
        return makeError(tr("the import could not be committed: %1").arg(transaction.failure()), path);
    report.written = true;
    return report;
}

} // namespace cd
