// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerOffice.h"

#include "database/Database.h"
#include "province/DistrictOffices.h"
#include "units/AdminUnitRepository.h"

namespace cd::ui {

QString ServerOffice::label() const {
    switch (kind) {
    case Kind::Province:
        return tr("Province office");
    case Kind::District:
        return tr("District office: %1").arg(districtName);
    case Kind::OwnFile:
        break;
    }
    return {};
}

Result<ServerOffice> ServerOffice::of(const Database &database) {
    ServerOffice office;
    if (!database.isServer())
        return office;
    const auto district = province::DistrictOffices(database.connection()).currentDistrict();
    if (!district)
        return district.error();
    if (district->isEmpty()) {
        office.kind = Kind::Province;
        return office;
    }
    office.kind = Kind::District;
    office.districtCode = district.value();
    const auto unit = AdminUnitRepository(database.connection()).unit(office.districtCode);
    office.districtName = unit ? unit->nameWithType : office.districtCode;
    return office;
}

} // namespace cd::ui
