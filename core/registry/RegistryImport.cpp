// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegistryImport.h"

#include "CheckpointRegistry.h"
#include "common/VietnameseText.h"
#include "common/VnFormat.h"
#include "database/Transaction.h"
#include "export/RejectsFile.h"
#include "tabular/OpenTable.h"
#include "units/AdminUnitRepository.h"
#include "units/OfficeScope.h"

#include <QHash>
#include <QRegularExpression>

namespace cd {
namespace {

using tabular::ColumnMapping;
using tabular::Row;

// A cell that an export protected against formula injection ("'=…") is read back as written.
QString cellText(const ColumnMapping &mapping, const Row &row, const QString &key) {
    QString text = mapping.text(row, key);
    if (text.size() > 1 && text.front() == u'\'' &&
        (text[1] == u'=' || text[1] == u'+' || text[1] == u'-' || text[1] == u'@'))
        text.remove(0, 1);
    return text;
}

std::optional<double> parseCoordinate(QString text, bool &ok) {
    ok = true;
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    text.replace(u',', u'.');
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

// Dates as exports write them: 24/08/2021, 2021-08-24, or an Excel date cell ("2021-08-24 00:00:00").
Result<QDate> parseDay(const QString &text) {
    const QString day = text.trimmed().section(u' ', 0, 0).section(u'T', 0, 0);
    return format::parseDate(day);
}

bool sameStored(const Checkpoint &a, const Checkpoint &b) {
    return a.code == b.code && a.name == b.name && a.typeId == b.typeId && a.phone == b.phone &&
           a.communeCode == b.communeCode && a.address == b.address && a.latitude == b.latitude &&
           a.longitude == b.longitude && a.description == b.description &&
           a.issuedQrPayload == b.issuedQrPayload && a.parentId == b.parentId && a.status == b.status &&
           a.closedOn == b.closedOn && a.registeredOn == b.registeredOn;
}

// Reads one row into a checkpoint, merged over the stored one when the file names an existing checkpoint.
class RowReader {
    Q_DECLARE_TR_FUNCTIONS(RegistryImporter)

public:
    RowReader(QSqlDatabase db, const ColumnMapping &mapping)
        : m_registry(db)
        , m_scope(OfficeScope(db).current())
        , m_mapping(mapping)
        , m_communes(OfficeScope(db).communes()) {
        const AdminUnitRepository units(db);
        for (const AdminUnit &commune : m_communes)
            m_communesByDistrict[commune.parentCode].append(commune);
        if (m_scope) {
            const AdminUnits districts =
                m_scope->district ? AdminUnits{*m_scope->district} : units.children(m_scope->province.code);
            m_districts = districts;
        }
    }

    bool has(const QString &key) const { return m_mapping.column(key) >= 0; }
    QString text(const Row &row, const QString &key) const { return cellText(m_mapping, row, key); }

    // The checkpoint the row describes, or the field and reason it cannot be read.
    Result<Checkpoint> read(const Row &row, std::optional<Checkpoint> &stored) const {
        auto commune = communeOf(row);
        if (!commune)
            return commune.error();

        Checkpoint draft;
        draft.code = text(row, QStringLiteral("code"));
        draft.name = text(row, QStringLiteral("name"));
        draft.address = text(row, QStringLiteral("address"));
        draft.communeCode = commune->code;

        stored.reset();
        if (!draft.code.isEmpty())
            stored = m_registry.byCode(draft.code);
        if (!stored && !draft.name.isEmpty()) {
            // A file without codes names the same checkpoint by its name and address in its commune.
            Checkpoint probe = draft;
            probe.name = text::normalized(probe.name);
            probe.address = text::normalized(probe.address);
            const QString key = CheckpointRegistry::duplicateKey(probe);
            for (const Checkpoint &candidate :
                 m_registry.list({draft.communeCode, 0, std::nullopt, std::nullopt, {}})) {
                if (CheckpointRegistry::duplicateKey(candidate) == key && (draft.code.isEmpty()))
                    stored = candidate;
            }
        }

        Checkpoint c = stored.value_or(Checkpoint{});
        if (has(QStringLiteral("code")) && !draft.code.isEmpty())
            c.code = draft.code;
        c.name = draft.name;
        c.address = draft.address;
        c.communeCode = draft.communeCode;
        if (has(QStringLiteral("type"))) {
            c.typeName = text(row, QStringLiteral("type"));
            c.typeId = 0;
        }
        if (has(QStringLiteral("phone")))
            c.phone = text(row, QStringLiteral("phone"));
        if (has(QStringLiteral("description")))
            c.description = text(row, QStringLiteral("description"));
        if (has(QStringLiteral("qr_payload"))) {
            // An export carries the printed payload; one made from the office's template was never issued.
            const bool fromTemplate =
                text::foldKey(text(row, QStringLiteral("qr_source"))) == QLatin1String("template");
            c.issuedQrPayload = fromTemplate ? QString() : text(row, QStringLiteral("qr_payload"));
        }
        if (has(QStringLiteral("parent_code"))) {
            c.parentCode = text(row, QStringLiteral("parent_code"));
            c.parentId.reset();
        }
        if (auto location = locationOf(row, c); !location)
            return location.error();
        if (has(QStringLiteral("status"))) {
            const QString written = text(row, QStringLiteral("status"));
            const auto status =
                written.isEmpty() ? std::optional(Checkpoint::Status::Active) : statusFromKey(written);
            if (!status)
                return makeError(tr("“%1” is not a status (active or closed)").arg(written), {}, 0,
                                 QStringLiteral("status"));
            c.status = *status;
        }
        for (const auto &[key, target] : {std::pair{QStringLiteral("closed_on"), &c.closedOn},
                                          std::pair{QStringLiteral("registered_on"), &c.registeredOn}}) {
            if (!has(key) || text(row, key).isEmpty())
                continue;
            const auto day = parseDay(text(row, key));
            if (!day)
                return Error{day.error().message, {}, 0, key};
            *target = day.value();
        }
        return c;
    }

private:
    Result<AdminUnit> communeOf(const Row &row) const {
        if (!m_scope)
            return makeError(tr("the database serves no area yet; run “init” first"));
        // A district column narrows the communes, and must name a district of the database's area.
        AdminUnits candidates = m_communes;
        QString where = m_scope->displayName();
        if (const QString district = text(row, QStringLiteral("district")); !district.isEmpty()) {
            const auto found = UnitMatcher(m_districts, m_scope->province.nameWithType).match(district);
            if (!found)
                return makeError(tr("“%1” is not a district of this database's area (%2)")
                                     .arg(district, m_scope->displayName()),
                                 {}, 0, QStringLiteral("district"));
            candidates = m_communesByDistrict.value(found->code);
            where = found->nameWithType;
        }
        if (const QString province = text(row, QStringLiteral("province")); !province.isEmpty()) {
            const auto found =
                UnitMatcher({m_scope->province}, m_scope->province.nameWithType).match(province);
            if (!found)
                return makeError(tr("“%1” is not this database's province (%2)")
                                     .arg(province, m_scope->province.nameWithType),
                                 {}, 0, QStringLiteral("province"));
        }
        const QString code = text(row, QStringLiteral("commune_code"));
        const QString name = text(row, QStringLiteral("commune"));
        if (code.isEmpty() && name.isEmpty())
            return makeError(tr("the commune is missing"), {}, 0, QStringLiteral("commune"));
        const auto found = UnitMatcher(candidates, where).match(code.isEmpty() ? name : code);
        if (!found)
            return Error{found.error().message, {}, 0, QStringLiteral("commune")};
        return found.value();
    }

    Status locationOf(const Row &row, Checkpoint &c) const {
        bool latOk = true, lonOk = true;
        if (has(QStringLiteral("location")) && !text(row, QStringLiteral("location")).isEmpty()) {
            // "11.78, 107.24" or "11.78 107.24"; with decimal commas only when split by a semicolon or space.
            static const QRegularExpression pair(
                QStringLiteral(R"(^\s*(-?\d+(?:[.,]\d+)?)\s*[,; ]\s*(-?\d+(?:[.,]\d+)?)\s*$)"));
            static const QRegularExpression dotted(
                QStringLiteral(R"(^\s*(-?\d+(?:\.\d+)?)\s*[,; ]\s*(-?\d+(?:\.\d+)?)\s*$)"));
            const QString written = text(row, QStringLiteral("location"));
            auto m = dotted.match(written);
            if (!m.hasMatch())
                m = pair.match(written);
            if (!m.hasMatch())
                return makeError(tr("“%1” is not a position (write latitude, longitude)").arg(written), {}, 0,
                                 QStringLiteral("location"));
            c.latitude = parseCoordinate(m.captured(1), latOk);
            c.longitude = parseCoordinate(m.captured(2), lonOk);
        } else if (has(QStringLiteral("lat")) || has(QStringLiteral("lon"))) {
            c.latitude = parseCoordinate(text(row, QStringLiteral("lat")), latOk);
            c.longitude = parseCoordinate(text(row, QStringLiteral("lon")), lonOk);
        }
        if (!latOk || !lonOk)
            return makeError(tr("the position is not a number"), {}, 0, QStringLiteral("location"));
        return success();
    }

    CheckpointRegistry m_registry;
    std::optional<Scope> m_scope;
    ColumnMapping m_mapping;
    AdminUnits m_communes;
    AdminUnits m_districts;
    QHash<QString, AdminUnits> m_communesByDistrict;
};

} // namespace

QList<tabular::FieldSpec> RegistryImporter::fields() {
    return {
        {QStringLiteral("code"),
         tabular::synonyms({u"Mã điểm", u"Mã điểm kiểm dịch", u"Mã số", u"Mã", u"Code", u"Checkpoint code"})},
        {QStringLiteral("name"),
         tabular::synonyms({u"Tên điểm kiểm dịch", u"Tên địa điểm", u"Tên điểm", u"Tên cơ sở", u"Tên đơn vị",
                            u"Tên", u"Name", u"Checkpoint name"}),
         true},
        {QStringLiteral("type"),
         tabular::synonyms({u"Loại điểm kiểm dịch", u"Loại điểm", u"Loại hình", u"Loại", u"Type"})},
        {QStringLiteral("phone"), tabular::synonyms({u"Số điện thoại", u"SĐT", u"SDT", u"Điện thoại", u"ĐT",
                                                     u"Phone", u"Phone number", u"Tel"})},
        {QStringLiteral("province"),
         tabular::synonyms({u"Tỉnh thành", u"Tỉnh/Thành phố", u"Tỉnh", u"Province"})},
        {QStringLiteral("district"),
         tabular::synonyms({u"Quận huyện", u"Quận/Huyện", u"Huyện", u"District"})},
        {QStringLiteral("commune"),
         tabular::synonyms({u"Phường xã", u"Xã/Phường", u"Phường/Xã", u"Xã, phường, thị trấn",
                            u"Xã phường thị trấn", u"Xã", u"Phường", u"Commune", u"Ward"})},
        {QStringLiteral("commune_code"),
         tabular::synonyms({u"Mã xã", u"Mã phường xã", u"commune_code", u"Commune code"})},
        {QStringLiteral("address"), tabular::synonyms({u"Địa chỉ", u"Address"}), true},
        {QStringLiteral("location"), tabular::synonyms({u"Vị trí", u"Tọa độ", u"Location", u"Coordinates"})},
        {QStringLiteral("lat"), tabular::synonyms({u"Vĩ độ", u"Latitude", u"lat"})},
        {QStringLiteral("lon"), tabular::synonyms({u"Kinh độ", u"Longitude", u"lon", u"lng"})},
        {QStringLiteral("description"),
         tabular::synonyms({u"Giới thiệu", u"Mô tả", u"Ghi chú", u"Description", u"Notes"})},
        {QStringLiteral("qr_payload"), tabular::synonyms({u"Mã QR", u"Nội dung mã QR", u"Mã QR được cấp",
                                                          u"QR", u"QR payload", u"qr_payload"})},
        {QStringLiteral("qr_source"), tabular::synonyms({u"Nguồn mã QR", u"qr_source"})},
        {QStringLiteral("parent_code"),
         tabular::synonyms({u"Mã điểm cha", u"Điểm cha", u"Thuộc điểm", u"Parent", u"parent_code"})},
        {QStringLiteral("status"), tabular::synonyms({u"Trạng thái", u"Tình trạng", u"Status"})},
        {QStringLiteral("closed_on"), tabular::synonyms({u"Ngày đóng", u"Closed on", u"closed_on"})},
        {QStringLiteral("registered_on"),
         tabular::synonyms({u"Ngày đăng ký", u"Registered on", u"registered_on"})},
    };
}

Result<RegistryImportPreview> RegistryImporter::preview(const QString &path, const QString &sheet,
                                                        int rows) const {
    auto reader = tabular::openTable(path, {sheet, {}});
    if (!reader)
        return reader.error();
    auto mapping = tabular::detectHeader(*reader.value(), fields());
    if (!mapping)
        return mapping.error();
    auto peeked = reader.value()->peek(rows);
    if (!peeked)
        return peeked.error();
    return RegistryImportPreview{mapping.value(), peeked.value(), reader.value()->sheetNames(),
                                 reader.value()->sheetName()};
}

Result<RegistryImportReport> RegistryImporter::run(const QString &path,
                                                   const RegistryImportOptions &options) {
    auto opened = tabular::openTable(path, {options.sheet, {}});
    if (!opened)
        return opened.error();
    tabular::TableReader &reader = *opened.value();
    auto header = tabular::headerFor(reader, fields(), options.mapping);
    if (!header)
        return header.error();
    const ColumnMapping mapping = header.value();
    for (const QString &required : {QStringLiteral("name"), QStringLiteral("address")}) {
        if (mapping.column(required) < 0)
            return makeError(tr("no column holds the field “%1”").arg(required), path, mapping.headerLine);
    }
    if (mapping.column(QStringLiteral("commune")) < 0 && mapping.column(QStringLiteral("commune_code")) < 0)
        return makeError(tr("no column holds the commune (Phường xã)"), path, mapping.headerLine);

    RegistryImportReport report;
    report.file = path;
    CheckpointRegistry registry(m_db);
    const RowReader rows(m_db, mapping);
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return makeError(tr("cannot start a transaction"), path);

    QHash<QString, qint64> lineOfCode;
    QHash<QString, qint64> lineOfKey;
    QList<Row> deferred; // rows whose parent comes later in the file
    auto importRow = [&](const Row &row, bool lastChance) -> bool {
        auto reject = [&](const Error &error) {
            report.rejected.append({row.line, error.field, error.message, row.cells});
            return true;
        };
        std::optional<Checkpoint> stored;
        auto read = rows.read(row, stored);
        if (!read)
            return reject(read.error());
        Checkpoint c = read.value();
        QVector<Error> problems = registry.validate(c);
        if (!problems.isEmpty()) {
            if (!lastChance && problems.first().field == QLatin1String("parent"))
                return false;
            QStringList messages;
            for (const Error &problem : problems)
                messages << problem.message;
            return reject(makeError(messages.join(QStringLiteral("; ")), {}, 0, problems.first().field));
        }
        const QString key = CheckpointRegistry::duplicateKey(c);
        if (!c.code.isEmpty() && lineOfCode.contains(c.code))
            return reject(
                makeError(tr("the code %1 is on line %2 already").arg(c.code).arg(lineOfCode.value(c.code)),
                          {}, 0, QStringLiteral("code")));
        if (lineOfKey.contains(key))
            return reject(
                makeError(tr("the same name and address are on line %1 already").arg(lineOfKey.value(key)),
                          {}, 0, QStringLiteral("name")));
        Result<Checkpoint> written = c;
        if (stored && sameStored(*stored, c)) {
            ++report.unchanged;
        } else if (stored) {
            written = registry.update(c);
            if (written)
                ++report.updated;
        } else {
            written = registry.add(c);
            if (written)
                ++report.added;
        }
        if (!written)
            return reject(written.error());
        lineOfCode.insert(written->code, row.line);
        lineOfKey.insert(key, row.line);
        return true;
    };

    tabular::Row row;
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
        if (!importRow(row, false))
            deferred.append(row);
        if (options.progress && report.rowsRead % 100 == 0)
            options.progress(report.rowsRead, 0);
    }
    // Parents defined further down the file exist now; what still fails is rejected.
    for (bool progress = true; progress && !deferred.isEmpty();) {
        QList<Row> again;
        for (const Row &waiting : deferred) {
            if (!importRow(waiting, false))
                again.append(waiting);
        }
        progress = again.size() < deferred.size();
        deferred = again;
    }
    for (const Row &waiting : deferred)
        importRow(waiting, true);
    std::sort(report.rejected.begin(), report.rejected.end(),
              [](const RejectedRow &a, const RejectedRow &b) { return a.line < b.line; });
    if (options.progress)
        options.progress(report.rowsRead, 0);

    if (!report.rejected.isEmpty() && !options.skipInvalid)
        return report; // the transaction rolls back: nothing of this file is stored
    if (!report.rejected.isEmpty()) {
        sheets::RejectsFile rejects(path, mapping.headers);
        for (const RejectedRow &row : std::as_const(report.rejected)) {
            if (auto saved = rejects.add(row.line, row.field, row.reason, row.cells); !saved)
                return saved.error();
        }
        report.rejectsFile = rejects.path();
    }
    if (!transaction.commit())
        return makeError(tr("the import could not be committed"), path);
    report.written = true;
    return report;
}

} // namespace cd
