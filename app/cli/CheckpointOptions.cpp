// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckpointOptions.h"

#include "common/VnFormat.h"
#include "registry/CheckpointTypes.h"
#include "units/OfficeScope.h"

namespace cd::cli {
namespace {

QCommandLineOption valueOption(const QString &name, const QString &description, const QString &valueName) {
    return QCommandLineOption(name, description, valueName);
}

Result<double> coordinate(const QString &text, const QString &option) {
    bool ok = false;
    const double value = QString(text).replace(u',', u'.').toDouble(&ok);
    if (!ok)
        return makeError(CliContext::tr("“%1” is not a number").arg(text), {}, 0, option);
    return value;
}

} // namespace

CheckpointOptions::CheckpointOptions()
    : code(valueOption(QStringLiteral("code"), CliContext::tr("Checkpoint code (generated when left out)."),
                       CliContext::tr("CODE")))
    , name(valueOption(QStringLiteral("name"), CliContext::tr("Name of the checkpoint."),
                       CliContext::tr("TEXT")))
    , type(valueOption(QStringLiteral("type"), CliContext::tr("Type, e.g. “Chợ” or “Trường học”."),
                       CliContext::tr("TYPE")))
    , phone(valueOption(QStringLiteral("phone"), CliContext::tr("Phone number."), CliContext::tr("PHONE")))
    , commune(valueOption(QStringLiteral("commune"), CliContext::tr("Commune, ward or town."),
                          CliContext::tr("NAME")))
    , address(valueOption(QStringLiteral("address"), CliContext::tr("Address."), CliContext::tr("TEXT")))
    , lat(valueOption(QStringLiteral("lat"), CliContext::tr("Latitude."), CliContext::tr("DEGREES")))
    , lon(valueOption(QStringLiteral("lon"), CliContext::tr("Longitude."), CliContext::tr("DEGREES")))
    , description(valueOption(QStringLiteral("description"), CliContext::tr("Introduction (Giới thiệu)."),
                              CliContext::tr("TEXT")))
    , qrPayload(valueOption(QStringLiteral("qr-payload"),
                            CliContext::tr("QR payload issued by the national system."),
                            CliContext::tr("TEXT")))
    , parent(valueOption(QStringLiteral("parent"),
                         CliContext::tr("Code of the checkpoint this one belongs to."),
                         CliContext::tr("CODE")))
    , registered(valueOption(QStringLiteral("registered"),
                             CliContext::tr("Day of registration (default: today)."),
                             CliContext::tr("DATE"))) {}

void CheckpointOptions::addTo(QCommandLineParser &parser) const {
    parser.addOptions(
        {code, name, type, phone, commune, address, lat, lon, description, qrPayload, parent, registered});
}

Status CheckpointOptions::applyTo(const QCommandLineParser &parser, Database &db, Checkpoint &c) const {
    if (parser.isSet(code))
        c.code = parser.value(code);
    if (parser.isSet(name))
        c.name = parser.value(name);
    if (parser.isSet(type)) {
        c.typeName = parser.value(type);
        c.typeId = 0;
    }
    if (parser.isSet(phone))
        c.phone = parser.value(phone);
    if (parser.isSet(commune)) {
        const auto unit = OfficeScope(db.connection()).communeMatcher().match(parser.value(commune));
        if (!unit)
            return Error{unit.error().message, {}, 0, QStringLiteral("--commune")};
        c.communeCode = unit->code;
    }
    if (parser.isSet(address))
        c.address = parser.value(address);
    if (parser.isSet(lat)) {
        const auto value = coordinate(parser.value(lat), QStringLiteral("--lat"));
        if (!value)
            return value.error();
        c.latitude = value.value();
    }
    if (parser.isSet(lon)) {
        const auto value = coordinate(parser.value(lon), QStringLiteral("--lon"));
        if (!value)
            return value.error();
        c.longitude = value.value();
    }
    if (parser.isSet(description))
        c.description = parser.value(description);
    if (parser.isSet(qrPayload))
        c.issuedQrPayload = parser.value(qrPayload);
    if (parser.isSet(parent)) {
        c.parentCode = parser.value(parent);
        c.parentId.reset();
    }
    if (parser.isSet(registered)) {
        const auto day = format::parseDate(parser.value(registered));
        if (!day)
            return Error{day.error().message, {}, 0, QStringLiteral("--registered")};
        c.registeredOn = day.value();
    }
    return success();
}

FilterOptions::FilterOptions()
    : commune(valueOption(QStringLiteral("commune"), CliContext::tr("Only this commune."),
                          CliContext::tr("NAME")))
    , type(valueOption(QStringLiteral("type"), CliContext::tr("Only this type."), CliContext::tr("TYPE")))
    , status(valueOption(QStringLiteral("status"), CliContext::tr("Only active or closed checkpoints."),
                         QStringLiteral("active|closed")))
    , search(valueOption(QStringLiteral("search"),
                         CliContext::tr("Only checkpoints whose code, name, address or "
                                        "phone contain the text (without diacritics)."),
                         CliContext::tr("TEXT"))) {}

void FilterOptions::addTo(QCommandLineParser &parser) const {
    parser.addOptions({commune, type, status, search});
}

Result<CheckpointFilter> FilterOptions::read(const QCommandLineParser &parser, Database &db) const {
    CheckpointFilter filter;
    if (parser.isSet(commune)) {
        const auto unit = OfficeScope(db.connection()).communeMatcher().match(parser.value(commune));
        if (!unit)
            return Error{unit.error().message, {}, 0, QStringLiteral("--commune")};
        filter.communeCode = unit->code;
    }
    if (parser.isSet(type)) {
        const auto found = CheckpointTypes(db.connection()).find(parser.value(type));
        if (!found)
            return Error{found.error().message, {}, 0, QStringLiteral("--type")};
        filter.typeId = found->id;
    }
    if (parser.isSet(status)) {
        filter.status = statusFromKey(parser.value(status));
        if (!filter.status)
            return makeError(
                CliContext::tr("“%1” is not a status (active or closed)").arg(parser.value(status)), {}, 0,
                QStringLiteral("--status"));
    }
    filter.text = parser.value(search);
    return filter;
}

int reportProblems(CliContext &context, const QVector<Error> &problems) {
    for (const Error &problem : problems)
        context.fail(problem);
    return DataError;
}

} // namespace cd::cli
