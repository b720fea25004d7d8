// SPDX-License-Identifier: GPL-3.0-or-later
#include "AreaCombos.h"

#include "units/OfficeScope.h"

#include <QComboBox>

namespace cd::ui {

AreaCombos::AreaCombos(QSqlDatabase db, QWidget *parent)
    : QObject(parent)
    , m_province(new QComboBox(parent))
    , m_district(new QComboBox(parent))
    , m_commune(new QComboBox(parent)) {
    m_province->setObjectName(QStringLiteral("province"));
    m_district->setObjectName(QStringLiteral("district"));
    m_commune->setObjectName(QStringLiteral("commune"));
    m_commune->setPlaceholderText(tr("Choose a commune"));
    m_commune->setMaxVisibleItems(20);

    const OfficeScope scope(db);
    m_communes = scope.communes();
    if (const auto current = scope.current()) {
        m_province->addItem(current->province.nameWithType, current->province.code);
        if (current->district) {
            m_district->addItem(current->district->nameWithType, current->district->code);
        } else {
            for (const AdminUnit &district : scope.reportingUnits())
                m_district->addItem(district.nameWithType, district.code);
            m_district->setCurrentIndex(-1);
            m_district->setPlaceholderText(tr("Choose a district"));
        }
    }
    // The database serves one area: what is fixed is shown, not offered.
    m_province->setEnabled(false);
    m_district->setEnabled(m_district->count() > 1);

    connect(m_district, &QComboBox::currentIndexChanged, this, &AreaCombos::fillCommunes);
    fillCommunes();
}

QString AreaCombos::communeCode() const {
    return m_commune->currentIndex() >= 0 ? m_commune->currentData().toString() : QString();
}

bool AreaCombos::setCommuneCode(const QString &code) {
    for (const AdminUnit &commune : std::as_const(m_communes)) {
        if (commune.code != code)
            continue;
        m_district->setCurrentIndex(m_district->findData(commune.parentCode));
        m_commune->setCurrentIndex(m_commune->findData(code));
        return m_commune->currentIndex() >= 0;
    }
    m_commune->setCurrentIndex(-1);
    return false;
}

void AreaCombos::fillCommunes() {
    const QString district = m_district->currentData().toString();
    const QString previous = communeCode();
    m_commune->clear();
    for (const AdminUnit &commune : std::as_const(m_communes)) {
        if (commune.parentCode == district)
            m_commune->addItem(commune.nameWithType, commune.code);
    }
    m_commune->setCurrentIndex(m_commune->findData(previous));
}

} // namespace cd::ui
