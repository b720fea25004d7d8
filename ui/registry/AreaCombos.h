// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "units/AdminUnit.h"

#include <QObject>
#include <QSqlDatabase>

class QComboBox;
class QWidget;

namespace cd::ui {

// The form's Tỉnh thành → Quận huyện → Phường xã choice. The province (and, in a district database, the
// district) is the database's own and only shown; the communes offered are those in scope, in the
// office's order, under the district chosen.
class AreaCombos : public QObject {
    Q_OBJECT

public:
    AreaCombos(QSqlDatabase db, QWidget *parent);

    QComboBox *province() const { return m_province; }
    QComboBox *district() const { return m_district; }
    QComboBox *commune() const { return m_commune; }

    // Empty when no commune is chosen.
    QString communeCode() const;
    // Chooses the commune and its district; false when it is not in scope.
    bool setCommuneCode(const QString &code);

private:
    void fillCommunes();

    QComboBox *m_province;
    QComboBox *m_district;
    QComboBox *m_commune;
    AdminUnits m_communes;
};

} // namespace cd::ui
