// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/Confirmer.h"
#include "province/DistrictOffices.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace cd {
class Database;
}

namespace cd::ui {

class InlineMessage;

// Sets up a district office on the province's server: a district of the area and the PostgreSQL role its
// office logs in as (proposed from the district's name). The dialog stays open with the server's answer
// when the core refuses; it closes once the office is added.
class AddDistrictOfficeDialog : public QDialog {
    Q_OBJECT

public:
    // `existing`: the offices already set up, to ask before a role is moved to another district.
    AddDistrictOfficeDialog(Database &database, QVector<province::DistrictOffice> existing,
                            QWidget *parent = nullptr);

    bool selectDistrict(const QString &code);
    void setRole(const QString &role);
    QString role() const;
    QString districtCode() const;
    // Adds the office; false (and the reason shown) when it was not added.
    bool add();
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }
    QPushButton *addButton() const { return m_addButton; }

    // A role proposed for a district: "Bù Đăng" -> "bu_dang".
    static QString proposedRole(const QString &districtName);

private:
    void districtChosen();

    Database &m_database;
    QVector<province::DistrictOffice> m_existing;
    Confirmer m_confirm;
    QComboBox *m_district;
    QLineEdit *m_role;
    InlineMessage *m_message;
    QPushButton *m_addButton;
    // The role was proposed, not typed: another district replaces it.
    bool m_roleProposed = true;
};

} // namespace cd::ui
